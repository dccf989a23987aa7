/**
 * Ticket search through the real SDK on a known set of tickets: every operator, AND
 * within a group and OR across groups, query, sorts, properties, paging and its limits,
 * association filters, and the index lag.
 */
import { FilterOperatorEnum as Op } from '@hubspot/api-client/lib/codegen/crm/tickets';
import type { PublicObjectSearchRequest } from '@hubspot/api-client/lib/codegen/crm/tickets';
import { DEMO_FACTS } from '../src/seeds/demoFacts';
import { expectApiError, sleep, startHarness, type Harness } from './sdkHarness';

const { support, billing } = DEMO_FACTS.pipelines;
const NO_LIMITS = { rateLimits: { tenSecondly: null, secondly: null } };

/** The SDK types `sorts` as strings, but HubSpot (and the SDK's serializer) take objects. */
function sorts(
  ...list: { propertyName: string; direction: 'ASCENDING' | 'DESCENDING' }[]
): string[] {
  return list as unknown as string[];
}

let h: Harness;
/** Ticket ids by letter: A..D, created in that order. */
const ids: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };
let contact1 = '';
let contact2 = '';
let company1 = '';

async function search(request: PublicObjectSearchRequest): Promise<string[]> {
  const page = await h.client.crm.tickets.searchApi.doSearch({ limit: 100, ...request });
  return page.results.map((ticket) => ticket.id);
}

function letters(found: string[]): string[] {
  const byId = new Map(Object.entries(ids).map(([letter, id]) => [id, letter]));
  return found.map((id) => byId.get(id) ?? `?${id}`).sort();
}

function one(
  propertyName: string,
  operator: Op,
  extra: { value?: string; values?: string[]; highValue?: string },
) {
  return { filterGroups: [{ filters: [{ propertyName, operator, ...extra }] }] };
}

beforeAll(async () => {
  h = await startHarness('empty', { config: NO_LIMITS });
  const api = h.client.crm;
  contact1 = (
    await api.contacts.basicApi.create({
      properties: { email: 'one@example.com' },
      associations: [],
    })
  ).id;
  contact2 = (
    await api.contacts.basicApi.create({
      properties: { email: 'two@example.com' },
      associations: [],
    })
  ).id;
  company1 = (
    await api.companies.basicApi.create({ properties: { name: 'Search Co' }, associations: [] })
  ).id;
  const specs = [
    [
      'A',
      {
        subject: 'Alpha printer jam',
        hs_ticket_priority: 'HIGH',
        hs_pipeline_stage: support.stages.new,
        content: 'paper stuck',
      },
    ],
    [
      'B',
      {
        subject: 'Beta invoice wrong',
        hs_ticket_priority: 'LOW',
        hs_pipeline: billing.id,
        hs_pipeline_stage: billing.stages.received,
        content: 'double charge',
      },
    ],
    [
      'C',
      {
        subject: 'Gamma login fails',
        hs_ticket_priority: 'URGENT',
        hs_pipeline_stage: support.stages.closed,
      },
    ],
    [
      'D',
      {
        subject: 'Delta printer toner',
        hs_ticket_priority: 'MEDIUM',
        hs_pipeline_stage: support.stages.waitingOnUs,
        content: 'toner low',
      },
    ],
  ] as const;
  for (const [letter, properties] of specs) {
    ids[letter] = (await api.tickets.basicApi.create({ properties: { ...properties } })).id;
    // Distinct createdate values for the createdate sort.
    await sleep(5);
  }
  const link = (from: string, type: 'contacts' | 'companies', to: string) =>
    api.associations.v4.basicApi.createDefault('tickets', from, type, to);
  await link(ids.A, 'contacts', contact1);
  await link(ids.B, 'contacts', contact1);
  await link(ids.C, 'contacts', contact2);
  await link(ids.A, 'companies', company1);
  await link(ids.D, 'companies', company1);
});
afterAll(() => h.sandbox.close());

describe('operators', () => {
  it.each<[string, PublicObjectSearchRequest, string[]]>([
    ['EQ', one('hs_ticket_priority', Op.Eq, { value: 'HIGH' }), ['A']],
    ['NEQ', one('hs_ticket_priority', Op.Neq, { value: 'HIGH' }), ['B', 'C', 'D']],
    ['IN', one('hs_ticket_priority', Op.In, { values: ['LOW', 'URGENT'] }), ['B', 'C']],
    ['NOT_IN', one('hs_ticket_priority', Op.NotIn, { values: ['LOW', 'URGENT'] }), ['A', 'D']],
    ['HAS_PROPERTY', one('content', Op.HasProperty, {}), ['A', 'B', 'D']],
    ['NOT_HAS_PROPERTY', one('content', Op.NotHasProperty, {}), ['C']],
    ['CONTAINS_TOKEN', one('subject', Op.ContainsToken, { value: 'printer' }), ['A', 'D']],
    ['NOT_CONTAINS_TOKEN', one('subject', Op.NotContainsToken, { value: 'printer' }), ['B', 'C']],
    ['EQ on pipeline', one('hs_pipeline', Op.Eq, { value: billing.id }), ['B']],
  ])('%s', async (_name, request, expected) => {
    expect(letters(await search(request))).toEqual(expected);
  });

  it('compares numbers with LT, LTE, GT, GTE and BETWEEN', async () => {
    const byId = (operator: Op, value: string, highValue?: string) =>
      search(one('hs_object_id', operator, { value, ...(highValue ? { highValue } : {}) })).then(
        letters,
      );
    expect(await byId(Op.Lt, ids.C)).toEqual(['A', 'B']);
    expect(await byId(Op.Lte, ids.C)).toEqual(['A', 'B', 'C']);
    expect(await byId(Op.Gt, ids.B)).toEqual(['C', 'D']);
    expect(await byId(Op.Gte, ids.B)).toEqual(['B', 'C', 'D']);
    expect(await byId(Op.Between, ids.B, ids.C)).toEqual(['B', 'C']);
  });

  it('compares dates given as epoch milliseconds', async () => {
    const c = await h.client.crm.tickets.basicApi.getById(ids.C);
    const cMs = String(Date.parse(c.properties.createdate ?? ''));
    expect(letters(await search(one('createdate', Op.Gte, { value: cMs })))).toEqual(['C', 'D']);
  });
});

describe('groups', () => {
  it('ANDs the filters of one group', async () => {
    const found = await search({
      filterGroups: [
        {
          filters: [
            { propertyName: 'subject', operator: Op.ContainsToken, value: 'printer' },
            { propertyName: 'hs_ticket_priority', operator: Op.Eq, value: 'HIGH' },
          ],
        },
      ],
    });
    expect(letters(found)).toEqual(['A']);
  });

  it('ORs the groups', async () => {
    const found = await search({
      filterGroups: [
        { filters: [{ propertyName: 'hs_ticket_priority', operator: Op.Eq, value: 'HIGH' }] },
        { filters: [{ propertyName: 'hs_ticket_priority', operator: Op.Eq, value: 'LOW' }] },
      ],
    });
    expect(letters(found)).toEqual(['A', 'B']);
  });
});

describe('query, sorts, properties', () => {
  it('matches query against the default text fields', async () => {
    expect(letters(await search({ query: 'invoice' }))).toEqual(['B']);
    expect(letters(await search({ query: 'toner' }))).toEqual(['D']);
    // The id is a query field too.
    expect(letters(await search({ query: ids.C }))).toEqual(['C']);
  });

  it('sorts by a property in either direction', async () => {
    const bySubject = await search({
      sorts: sorts({ propertyName: 'subject', direction: 'DESCENDING' }),
    });
    // Gamma > Delta > Beta > Alpha.
    expect(bySubject).toEqual([ids.C, ids.D, ids.B, ids.A]);
    const byCreated = await search({
      sorts: sorts({ propertyName: 'createdate', direction: 'ASCENDING' }),
    });
    expect(byCreated).toEqual([ids.A, ids.B, ids.C, ids.D]);
  });

  it('returns the asked-for properties plus the always-on ones, never associations', async () => {
    const page = await h.client.crm.tickets.searchApi.doSearch({
      properties: ['subject'],
      limit: 1,
    });
    const [first] = page.results;
    expect(Object.keys(first?.properties ?? {}).sort()).toEqual(
      ['createdate', 'hs_lastmodifieddate', 'hs_object_id', 'subject'].sort(),
    );
    expect(first).not.toHaveProperty('associations');
  });
});

describe('paging', () => {
  it('pages with total and the after cursor', async () => {
    const first = await h.client.crm.tickets.searchApi.doSearch({
      limit: 3,
      sorts: sorts({ propertyName: 'hs_object_id', direction: 'ASCENDING' }),
    });
    expect(first.total).toBe(4);
    expect(first.results.map((t) => t.id)).toEqual([ids.A, ids.B, ids.C]);
    const after = first.paging?.next?.after;
    expect(after).toBeDefined();
    const second = await h.client.crm.tickets.searchApi.doSearch({
      limit: 3,
      after,
      sorts: sorts({ propertyName: 'hs_object_id', direction: 'ASCENDING' }),
    });
    expect(second.results.map((t) => t.id)).toEqual([ids.D]);
    expect(second.paging).toBeUndefined();
  });

  it('refuses limit over 200 with 400', async () => {
    await expectApiError(
      h.client.crm.tickets.searchApi.doSearch({ limit: 201 }),
      400,
      'VALIDATION_ERROR',
    );
  });

  it('refuses paging past 10,000 results with 400', async () => {
    await expectApiError(
      h.client.crm.tickets.searchApi.doSearch({ limit: 100, after: '9950' }),
      400,
      'VALIDATION_ERROR',
    );
  });
});

describe('association filters', () => {
  it('filters by associations.contact with EQ', async () => {
    expect(letters(await search(one('associations.contact', Op.Eq, { value: contact1 })))).toEqual([
      'A',
      'B',
    ]);
  });

  it('filters by associations.company with IN, combined with a sort', async () => {
    const found = await search({
      ...one('associations.company', Op.In, { values: [company1] }),
      sorts: sorts({ propertyName: 'createdate', direction: 'DESCENDING' }),
    });
    expect(found).toEqual([ids.D, ids.A]);
  });

  it('drops a ticket once its association is removed', async () => {
    await h.client.crm.associations.v4.basicApi.archive('tickets', ids.C, 'contacts', contact2);
    expect(await search(one('associations.contact', Op.Eq, { value: contact2 }))).toEqual([]);
    await h.client.crm.associations.v4.basicApi.createDefault(
      'tickets',
      ids.C,
      'contacts',
      contact2,
    );
    expect(letters(await search(one('associations.contact', Op.Eq, { value: contact2 })))).toEqual([
      'C',
    ]);
  });
});

describe('index lag', () => {
  // Long enough that a busy machine still searches inside it; visibility is then polled.
  const LAG_MS = 1500;
  afterEach(() => h.control.setConfig({ indexLagMs: 0 }));

  async function eventually(check: () => Promise<boolean>): Promise<boolean> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      if (await check()) return true;
      await sleep(100);
    }
    return false;
  }

  it('hides a new ticket from search until the lag has passed, while reads by id see it at once', async () => {
    await h.control.setConfig({ indexLagMs: LAG_MS });
    const created = await h.client.crm.tickets.basicApi.create({
      properties: { subject: 'Epsilon laggard', hs_pipeline_stage: support.stages.new },
    });
    expect(await search({ query: 'laggard' })).toEqual([]);
    expect((await h.client.crm.tickets.basicApi.getById(created.id)).properties.subject).toBe(
      'Epsilon laggard',
    );
    expect(
      await eventually(async () => (await search({ query: 'laggard' })).includes(created.id)),
    ).toBe(true);
  });

  it('shows the old values of an updated ticket until the lag has passed', async () => {
    await h.control.setConfig({ indexLagMs: LAG_MS });
    await h.client.crm.tickets.basicApi.update(ids.D, {
      properties: { hs_ticket_priority: 'URGENT' },
    });
    expect((await h.client.crm.tickets.basicApi.getById(ids.D)).properties.hs_ticket_priority).toBe(
      'URGENT',
    );
    expect(letters(await search(one('hs_ticket_priority', Op.Eq, { value: 'MEDIUM' })))).toEqual([
      'D',
    ]);
    const urgent = () =>
      search(one('hs_ticket_priority', Op.Eq, { value: 'URGENT' })).then(letters);
    expect(await eventually(async () => (await urgent()).includes('D'))).toBe(true);
    expect(await urgent()).toEqual(['C', 'D']);
    expect(await search(one('hs_ticket_priority', Op.Eq, { value: 'MEDIUM' }))).toEqual([]);
  });
});

describe('the 10,000-result cap on a large portal', () => {
  let big: Harness;
  beforeAll(async () => {
    big = await startHarness('scale:10500', { config: NO_LIMITS });
  });
  afterAll(() => big.sandbox.close());

  // HubSpot hands out the cursor 10000 and then refuses it: the cap is enforced on use.
  it('reports the full total, serves the last page inside the cap and refuses the cursor past it', async () => {
    const page = await big.client.crm.tickets.searchApi.doSearch({ limit: 100, after: '9900' });
    expect(page.total).toBe(10500);
    expect(page.results).toHaveLength(100);
    const next = page.paging?.next?.after ?? '10000';
    expect(Number(next)).toBeGreaterThanOrEqual(10000);
    await expectApiError(
      big.client.crm.tickets.searchApi.doSearch({ limit: 1, after: next }),
      400,
      'VALIDATION_ERROR',
    );
  });
});
