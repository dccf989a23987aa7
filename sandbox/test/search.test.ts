/**
 * Ticket search (2026-09, through the real SDK's apiRequest) on a known set of tickets: every operator, AND
 * within a group and OR across groups, query, sorts, properties, paging and its limits,
 * association filters, and the index lag.
 */
import type { components } from '../../src/app/functions/src/hubspot/generated/tickets';
import { DEMO_FACTS } from '../src/seeds/demoFacts';
import { sleep, startHarness, type Harness } from './sdkHarness';
import { crmApi, expectCrmError, type CrmApi } from './crmApi';

type PublicObjectSearchRequest = Partial<components['schemas']['PublicObjectSearchRequest']>;

/** The spec's filter operators. */
const Op = {
  Eq: 'EQ',
  Neq: 'NEQ',
  Lt: 'LT',
  Lte: 'LTE',
  Gt: 'GT',
  Gte: 'GTE',
  Between: 'BETWEEN',
  In: 'IN',
  NotIn: 'NOT_IN',
  HasProperty: 'HAS_PROPERTY',
  NotHasProperty: 'NOT_HAS_PROPERTY',
  ContainsToken: 'CONTAINS_TOKEN',
  NotContainsToken: 'NOT_CONTAINS_TOKEN',
} as const;
type Op = components['schemas']['Filter']['operator'];

const { support, billing } = DEMO_FACTS.pipelines;
const NO_LIMITS = { rateLimits: { tenSecondly: null, secondly: null } };

/** The spec types `sorts` as strings, but HubSpot takes objects too. */
function sorts(
  ...list: { propertyName: string; direction: 'ASCENDING' | 'DESCENDING' }[]
): string[] {
  return list as unknown as string[];
}

let h: Harness;
let api: CrmApi;
/** Ticket ids by letter: A..D, created in that order. */
const ids: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };
let contact1 = '';
let contact2 = '';
let company1 = '';

async function search(request: PublicObjectSearchRequest): Promise<string[]> {
  const page = await api.search('tickets', { limit: 100, ...request });
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
  api = crmApi(h.client);
  contact1 = (
    await api.create('contacts', { properties: { email: 'one@example.com' }, associations: [] })
  ).id;
  contact2 = (
    await api.create('contacts', { properties: { email: 'two@example.com' }, associations: [] })
  ).id;
  company1 = (
    await api.create('companies', { properties: { name: 'Search Co' }, associations: [] })
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
    ids[letter] = (await api.create('tickets', { properties: { ...properties } })).id;
    // Distinct createdate values for the createdate sort.
    await sleep(5);
  }
  const link = (from: string, type: 'contacts' | 'companies', to: string) =>
    api.defaultLink('tickets', from, type, to);
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
    const c = await api.getById('tickets', ids.C);
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

  it('matches query against category and stage values too (issue 9: HubSpot does)', async () => {
    await api.update('tickets', ids.B, { hs_ticket_category: 'BILLING_ISSUE' });
    await api.update('tickets', ids.D, { hs_ticket_category: 'PRODUCT_ISSUE;FEATURE_REQUEST' });
    try {
      expect(letters(await search({ query: 'billing_issue' }))).toEqual(['B']);
      expect(letters(await search({ query: 'feature' }))).toEqual(['D']);
      // Stage ids: C is the only ticket in the support pipeline's closed stage.
      expect(letters(await search({ query: support.stages.closed }))).toEqual(['C']);
      expect(letters(await search({ query: billing.stages.received }))).toEqual(['B']);
    } finally {
      await api.update('tickets', ids.B, { hs_ticket_category: '' });
      await api.update('tickets', ids.D, { hs_ticket_category: '' });
    }
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
    const page = await api.search('tickets', {
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
    const first = await api.search('tickets', {
      limit: 3,
      sorts: sorts({ propertyName: 'hs_object_id', direction: 'ASCENDING' }),
    });
    expect(first.total).toBe(4);
    expect(first.results.map((t) => t.id)).toEqual([ids.A, ids.B, ids.C]);
    const after = first.paging?.next.after;
    expect(after).toBeDefined();
    const second = await api.search('tickets', {
      limit: 3,
      after,
      sorts: sorts({ propertyName: 'hs_object_id', direction: 'ASCENDING' }),
    });
    expect(second.results.map((t) => t.id)).toEqual([ids.D]);
    expect(second.paging).toBeUndefined();
  });

  it('refuses limit over 200 with 400', async () => {
    await expectCrmError(api.search('tickets', { limit: 201 }), 400, 'VALIDATION_ERROR');
  });

  it('refuses paging past 10,000 results with 400', async () => {
    await expectCrmError(
      api.search('tickets', { limit: 100, after: '9950' }),
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
    await api.unlink('tickets', ids.C, 'contacts', contact2);
    expect(await search(one('associations.contact', Op.Eq, { value: contact2 }))).toEqual([]);
    await api.defaultLink('tickets', ids.C, 'contacts', contact2);
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
    const created = await api.create('tickets', {
      properties: { subject: 'Epsilon laggard', hs_pipeline_stage: support.stages.new },
    });
    expect(await search({ query: 'laggard' })).toEqual([]);
    expect((await api.getById('tickets', created.id)).properties.subject).toBe('Epsilon laggard');
    expect(
      await eventually(async () => (await search({ query: 'laggard' })).includes(created.id)),
    ).toBe(true);
  });

  it('shows the old values of an updated ticket until the lag has passed', async () => {
    await h.control.setConfig({ indexLagMs: LAG_MS });
    await api.update('tickets', ids.D, { hs_ticket_priority: 'URGENT' });
    expect((await api.getById('tickets', ids.D)).properties.hs_ticket_priority).toBe('URGENT');
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
    const page = await crmApi(big.client).search('tickets', { limit: 100, after: '9900' });
    expect(page.total).toBe(10500);
    expect(page.results).toHaveLength(100);
    const next = page.paging?.next.after ?? '10000';
    expect(Number(next)).toBeGreaterThanOrEqual(10000);
    await expectCrmError(
      crmApi(big.client).search('tickets', { limit: 1, after: next }),
      400,
      'VALIDATION_ERROR',
    );
  });
});
