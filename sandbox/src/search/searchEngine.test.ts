import { memoryEnv, type MemoryEnv } from '../testing/memoryEnv';
import { createRecords, updateRecords, archiveRecords } from '../store/objectWrites';
import { runSearch, TopK, wildcardMatches } from './searchEngine';
import { parseSearchRequest } from './searchRequest';
import { DEMO_FACTS, SCALE_FACTS, SUPPORT_PIPELINE } from '../seeds/demoFacts';
import { HubSpotError } from '../http/hubspotError';
import { createPrng } from '../seeds/prng';

function search(
  env: MemoryEnv,
  body: unknown,
  type: '0-1' | '0-2' | '0-5' = '0-5',
  indexLagMs = 0,
) {
  return runSearch(env.store, type, parseSearchRequest(body), { now: env.now(), indexLagMs });
}

const eq = (propertyName: string, value: string) => ({ propertyName, operator: 'EQ', value });

/** A store with only the tickets a test makes, so expectations are exact. */
function emptyWithTickets(tickets: Record<string, string>[]): { env: MemoryEnv; ids: string[] } {
  const env = memoryEnv('empty');
  const ids = tickets.map((properties) => {
    env.advance(1000);
    const [record] = createRecords(env, '0-5', [
      { properties: { hs_pipeline_stage: SUPPORT_PIPELINE.stages.new, ...properties } },
    ]);
    return record?.id ?? '';
  });
  return { env, ids };
}

describe('search filters', () => {
  const { env, ids } = emptyWithTickets([
    {
      subject: 'Printer jam on floor 2',
      hs_ticket_priority: 'HIGH',
      hs_ticket_category: 'PRODUCT_ISSUE',
    },
    {
      subject: 'Invoice wrong',
      hs_ticket_priority: 'LOW',
      hs_ticket_category: 'BILLING_ISSUE;PRODUCT_ISSUE',
    },
    { subject: 'printer toner', content: 'Toner is empty' },
  ]);
  const [jam = '', invoice = '', toner = ''] = ids;
  const found = (filters: unknown[], extra: object = {}) =>
    search(env, { filterGroups: [{ filters }], ...extra }).results.map((record) => record.id);

  it('EQ and NEQ compare case-insensitively; NEQ keeps records without the property', () => {
    expect(found([eq('hs_ticket_priority', 'high')])).toEqual([jam]);
    expect(found([{ propertyName: 'hs_ticket_priority', operator: 'NEQ', value: 'HIGH' }])).toEqual(
      [invoice, toner],
    );
  });

  it('matches one value of a multi-checkbox property', () => {
    expect(found([eq('hs_ticket_category', 'PRODUCT_ISSUE')])).toEqual([jam, invoice]);
    expect(
      found([
        { propertyName: 'hs_ticket_category', operator: 'NOT_IN', values: ['BILLING_ISSUE'] },
      ]),
    ).toEqual([jam, toner]);
  });

  it('supports IN, HAS_PROPERTY and NOT_HAS_PROPERTY', () => {
    expect(
      found([{ propertyName: 'hs_ticket_priority', operator: 'IN', values: ['LOW', 'URGENT'] }]),
    ).toEqual([invoice]);
    expect(found([{ propertyName: 'content', operator: 'HAS_PROPERTY' }])).toEqual([toner]);
    expect(found([{ propertyName: 'content', operator: 'NOT_HAS_PROPERTY' }])).toEqual([
      jam,
      invoice,
    ]);
  });

  it('compares datetimes given as epoch milliseconds or ISO strings', () => {
    const second = env.store.get('0-5', invoice)?.properties.createdate ?? '';
    const ms = String(Date.parse(second));
    expect(found([{ propertyName: 'createdate', operator: 'GTE', value: ms }])).toEqual([
      invoice,
      toner,
    ]);
    expect(found([{ propertyName: 'createdate', operator: 'LT', value: second }])).toEqual([jam]);
    expect(
      found([{ propertyName: 'createdate', operator: 'BETWEEN', value: second, highValue: ms }]),
    ).toEqual([invoice]);
  });

  it('compares numbers as numbers', () => {
    expect(found([{ propertyName: 'hs_object_id', operator: 'GT', value: invoice }])).toEqual([
      toner,
    ]);
  });

  it('CONTAINS_TOKEN matches whole words, with * wildcards', () => {
    expect(
      found([{ propertyName: 'subject', operator: 'CONTAINS_TOKEN', value: 'printer' }]),
    ).toEqual([jam, toner]);
    expect(
      found([{ propertyName: 'subject', operator: 'CONTAINS_TOKEN', value: 'print' }]),
    ).toEqual([]);
    expect(
      found([{ propertyName: 'subject', operator: 'CONTAINS_TOKEN', value: 'print*' }]),
    ).toEqual([jam, toner]);
    expect(
      found([{ propertyName: 'subject', operator: 'NOT_CONTAINS_TOKEN', value: 'printer' }]),
    ).toEqual([invoice]);
  });

  it('ANDs filters within a group and ORs groups', () => {
    const result = search(env, {
      filterGroups: [
        { filters: [eq('hs_ticket_priority', 'HIGH'), eq('hs_ticket_category', 'BILLING_ISSUE')] },
        { filters: [eq('hs_ticket_priority', 'LOW')] },
      ],
    });
    expect(result.results.map((record) => record.id)).toEqual([invoice]);
  });

  it('query matches word prefixes of subject and content, and the id', () => {
    expect(search(env, { query: 'print' }).results.map((record) => record.id)).toEqual([
      jam,
      toner,
    ]);
    expect(search(env, { query: 'toner empty' }).results.map((record) => record.id)).toEqual([
      toner,
    ]);
    expect(search(env, { query: invoice }).results.map((record) => record.id)).toEqual([invoice]);
  });

  it('rejects unknown properties and association filters with other operators', () => {
    expect(() => search(env, { filterGroups: [{ filters: [eq('nope', 'x')] }] })).toThrow(
      HubSpotError,
    );
    expect(() =>
      search(env, {
        filterGroups: [
          { filters: [{ propertyName: 'associations.contact', operator: 'GT', value: '1' }] },
        ],
      }),
    ).toThrow(/EQ and IN/);
  });
});

describe('search sorting and paging', () => {
  const { env, ids } = emptyWithTickets(['C', 'a', 'B', 'd', 'e'].map((subject) => ({ subject })));

  it('sorts by a property, ascending or descending, then by id', () => {
    const subjects = (direction: string) =>
      search(env, { sorts: [{ propertyName: 'subject', direction }] }).results.map(
        (record) => record.properties.subject,
      );
    expect(subjects('ASCENDING')).toEqual(['a', 'B', 'C', 'd', 'e']);
    expect(subjects('DESCENDING')).toEqual(['e', 'd', 'C', 'B', 'a']);
  });

  it('pages with an offset cursor and reports the total', () => {
    const body = { sorts: [{ propertyName: 'createdate', direction: 'DESCENDING' }], limit: 2 };
    const first = search(env, body);
    const second = search(env, { ...body, after: '2' });
    const last = search(env, { ...body, after: '4' });
    expect(first.total).toBe(5);
    expect(
      [...first.results, ...second.results, ...last.results].map((record) => record.id),
    ).toEqual([...ids].reverse());
  });

  it('keeps archived records out', () => {
    archiveRecords(env, '0-5', [ids[0] ?? '']);
    expect(search(env, {}).total).toBe(4);
  });
});

describe('association filters', () => {
  const env = memoryEnv('demo');

  it('finds a contact’s tickets through associations.contact', () => {
    const result = search(env, {
      filterGroups: [{ filters: [eq('associations.contact', DEMO_FACTS.contactWithTickets)] }],
      limit: 100,
    });
    const linked = [
      ...(env.store.linkedIds('0-1', DEMO_FACTS.contactWithTickets, '0-5')?.keys() ?? []),
    ];
    expect(result.total).toBe(linked.length - 1); // one of them is archived
    expect(result.results.map((record) => record.id)).not.toContain(DEMO_FACTS.archivedTicket);
  });

  it('combines association filters with IN and with property filters', () => {
    const many = search(env, {
      filterGroups: [
        {
          filters: [
            {
              propertyName: 'associations.company',
              operator: 'IN',
              values: [DEMO_FACTS.companyWithManyTickets],
            },
            eq('hs_pipeline_stage', SUPPORT_PIPELINE.stages.closed),
          ],
        },
      ],
      limit: 200,
    });
    expect(many.total).toBeGreaterThan(0);
    for (const record of many.results) expect(record.properties.hs_pipeline_stage).toBe('4');
  });

  it('searches contacts by associations.ticket', () => {
    const result = search(
      env,
      { filterGroups: [{ filters: [eq('associations.ticket', '5000001')] }] },
      '0-1',
    );
    expect(result.results.map((record) => record.id)).toEqual([DEMO_FACTS.contactWithTickets]);
  });

  it('answers the scale search from the association index, newest first', () => {
    const scale = memoryEnv('scale:2000');
    const result = search(scale, {
      filterGroups: [{ filters: [eq('associations.contact', SCALE_FACTS.contactId)] }],
      sorts: [{ propertyName: 'createdate', direction: 'DESCENDING' }],
      limit: 3,
    });
    expect(result.total).toBe(1800);
    // 5002000 is the newest but belongs to another contact (every tenth does).
    expect(result.results.map((record) => record.id)).toEqual(['5001999', '5001998', '5001997']);
  });
});

describe('deep pages', () => {
  it('order the same whether kept by top-k or by a full sort', () => {
    const scale = memoryEnv('scale:3000');
    const page = (after: number, limit: number) =>
      search(scale, {
        sorts: [{ propertyName: 'createdate', direction: 'DESCENDING' }],
        after: String(after),
        limit,
      }).results.map((record) => record.id);
    // after + limit past 1000 switches to the full sort.
    expect(page(1000, 5)).toEqual(['5002000', '5001999', '5001998', '5001997', '5001996']);
    expect(page(0, 5)).toEqual(['5003000', '5002999', '5002998', '5002997', '5002996']);
  });
});

describe('index lag', () => {
  it('shows writes to search only after indexLagMs, while the store has them at once', () => {
    const env = memoryEnv('empty');
    env.trackHistory = true;
    const lag = 2000;
    const [ticket] = createRecords(env, '0-5', [
      { properties: { subject: 'old', hs_pipeline_stage: '1' } },
    ]);
    const id = ticket?.id ?? '';
    expect(search(env, {}, '0-5', lag).total).toBe(0);
    expect(env.store.get('0-5', id)).toBeDefined();

    env.advance(lag);
    expect(search(env, {}, '0-5', lag).results[0]?.properties.subject).toBe('old');

    updateRecords(env, '0-5', [{ id, properties: { subject: 'new' } }]);
    env.advance(lag - 1);
    expect(search(env, {}, '0-5', lag).results[0]?.properties.subject).toBe('old');
    env.advance(1);
    expect(search(env, {}, '0-5', lag).results[0]?.properties.subject).toBe('new');

    archiveRecords(env, '0-5', [id]);
    expect(search(env, {}, '0-5', lag).total).toBe(1);
    env.advance(lag);
    expect(search(env, {}, '0-5', lag).total).toBe(0);
  });
});

describe('index lag on associations', () => {
  it('shows a new link, and hides a removed one, only after indexLagMs', () => {
    const env = memoryEnv('demo');
    env.trackHistory = true;
    const lag = 1000;
    const contact = DEMO_FACTS.contactWithoutTickets;
    const byContact = () =>
      search(
        env,
        { filterGroups: [{ filters: [eq('associations.contact', contact)] }] },
        '0-5',
        lag,
      ).results.map((record) => record.id);
    const link = { fromType: '0-5', fromId: '5000001', toType: '0-1', toId: contact } as const;
    env.commit([{ kind: 'link', ...link, typeIds: [16] }]);
    expect(byContact()).toEqual([]);
    env.advance(lag);
    expect(byContact()).toEqual(['5000001']);

    env.commit([{ kind: 'unlink', ...link, typeIds: null }]);
    expect(byContact()).toEqual(['5000001']);
    env.advance(lag);
    expect(byContact()).toEqual([]);
  });
});

describe('TopK', () => {
  it('keeps the k smallest in order, whatever the input order', () => {
    const random = createPrng(42);
    const orders = [
      Array.from({ length: 500 }, (_, index) => index),
      Array.from({ length: 500 }, (_, index) => 500 - index),
      Array.from({ length: 500 }, () => random.int(0, 100)),
    ];
    for (const values of orders) {
      for (const k of [1, 7, 50, 600]) {
        const top = new TopK<number>(k, (a, b) => a - b);
        for (const value of values) top.offer(value);
        expect(top.items).toEqual([...values].sort((a, b) => a - b).slice(0, k));
      }
    }
  });
});

describe('wildcards under attack', () => {
  it('matches * as any run of characters, anchored at both ends', () => {
    expect(wildcardMatches('print*', 'printer')).toBe(true);
    expect(wildcardMatches('*er', 'printer')).toBe(true);
    expect(wildcardMatches('p*n*r', 'printer')).toBe(true);
    expect(wildcardMatches('p*x*r', 'printer')).toBe(false);
    expect(wildcardMatches('print*', 'reprinter')).toBe(false);
    expect(wildcardMatches('**', '')).toBe(true);
  });

  it('answers a backtracking pattern against a long subject at once', () => {
    const subject = 'a'.repeat(60_000);
    const { env } = emptyWithTickets([{ subject }]);
    const started = Date.now();
    const result = search(env, {
      filterGroups: [
        {
          filters: [
            { propertyName: 'subject', operator: 'CONTAINS_TOKEN', value: 'a*a*a*a*a*a*a*b' },
          ],
        },
      ],
    });
    expect(result.results).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('refuses a filter value longer than a property value can be', () => {
    expect(() =>
      parseSearchRequest({
        filterGroups: [
          { filters: [{ propertyName: 'subject', operator: 'EQ', value: 'x'.repeat(65_537) }] },
        ],
      }),
    ).toThrow(HubSpotError);
  });

  it('refuses to store a property value over 65,536 characters, so nothing can hang search', () => {
    const env = memoryEnv('empty');
    expect(() =>
      createRecords(env, '0-5', [
        {
          properties: {
            hs_pipeline_stage: SUPPORT_PIPELINE.stages.new,
            subject: 'x'.repeat(3_900_000),
          },
        },
      ]),
    ).toThrow(/subject\\" is 3900000 characters long; a property value holds at most 65536/);
    expect(env.store.records['0-5'].size).toBe(0);
  });
});
