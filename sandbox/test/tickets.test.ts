/**
 * Tickets on 2026-09 through the real SDK's apiRequest: create (201, atomic with
 * associations), reads with every query option, paging, update, the recycle bin and the
 * batch endpoints.
 */
import { DEMO_FACTS } from '../src/seeds/demoFacts';
import { startHarness, type Harness } from './sdkHarness';
import { crmApi, crmCall, crmPath, expectCrmError, type CrmApi } from './crmApi';

const { support, billing } = DEMO_FACTS.pipelines;
let h: Harness;
let api: CrmApi;

beforeAll(async () => {
  h = await startHarness('demo', { config: { rateLimits: { tenSecondly: null, secondly: null } } });
  api = crmApi(h.client);
});
afterAll(() => h.sandbox.close());
beforeEach(() => h.control.reset('demo'));

/** The demo's portal rules require a category on create. */
const NEW = { hs_pipeline_stage: support.stages.new, hs_ticket_category: 'PRODUCT_ISSUE' };

async function ticketCount(): Promise<number> {
  return (await h.control.health()).counts.tickets;
}

function toContact(id: string) {
  return { to: { id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 }] };
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('create', () => {
  it('answers 201 with string id, ISO dates and the written properties', async () => {
    const created = await api.create('tickets', {
      properties: {
        subject: 'Printer on fire',
        hs_pipeline: support.id,
        ...NEW,
      },
    });
    expect(created.id).toMatch(/^\d+$/);
    expect(created.properties).toMatchObject({
      subject: 'Printer on fire',
      hs_pipeline: support.id,
      hs_pipeline_stage: support.stages.new,
      hs_object_id: created.id,
    });
    expect(created.createdAt).toMatch(ISO);
    expect(created.properties.createdate).toMatch(ISO);
  });

  it('links associations in the same call, both ways', async () => {
    const contact = DEMO_FACTS.contactWithoutTickets;
    const created = await api.create('tickets', {
      properties: { subject: 'Linked', ...NEW },
      associations: [toContact(contact)],
    });
    const read = await api.getById('tickets', created.id, { associations: 'contacts' });
    expect(read.associations?.contacts?.results).toEqual([
      expect.objectContaining({ id: contact, type: 'ticket_to_contact' }),
    ]);
    expect(await api.linkedIds('contacts', contact, 'tickets')).toContain(created.id);
  });

  it('uses the default pipeline when hs_pipeline is missing', async () => {
    const created = await api.create('tickets', {
      properties: {
        ...NEW,
        subject: 'Default pipeline',
        hs_pipeline_stage: support.stages.waitingOnUs,
      },
    });
    expect(created.properties.hs_pipeline).toBe(support.id);
  });

  it.each([
    ['an association to a missing contact', { subject: 'x', ...NEW }, ['1999999'], 400],
    ['an unknown property', { subject: 'x', ...NEW, no_such_prop: '1' }, [], 400],
    ['a bad enum option', { subject: 'x', ...NEW, hs_ticket_priority: 'SOMEDAY' }, [], 400],
    [
      'a stage of another pipeline',
      { ...NEW, subject: 'x', hs_pipeline: support.id, hs_pipeline_stage: billing.stages.received },
      [],
      400,
    ],
    ['no hs_pipeline_stage', { subject: 'x', hs_ticket_category: 'PRODUCT_ISSUE' }, [], 400],
    [
      'a read-only property',
      { subject: 'x', ...NEW, createdate: '2020-01-01T00:00:00.000Z' },
      [],
      400,
    ],
  ])('creates nothing when given %s', async (_what, properties, contacts, status) => {
    const before = await ticketCount();
    await expectCrmError(
      api.create('tickets', { properties, associations: contacts.map(toContact) }),
      status,
      'VALIDATION_ERROR',
    );
    expect(await ticketCount()).toBe(before);
  });

  it('names the problem property in a VALIDATION_ERROR', async () => {
    const body = await expectCrmError(
      api.create('tickets', {
        properties: { subject: 'x', ...NEW, hs_ticket_priority: 'SOMEDAY' },
      }),
      400,
      'VALIDATION_ERROR',
    );
    expect(JSON.stringify(body)).toContain('INVALID_OPTION');
    const unknown = await expectCrmError(
      api.create('tickets', { properties: { subject: 'x', ...NEW, no_such_prop: '1' } }),
      400,
      'VALIDATION_ERROR',
    );
    expect(JSON.stringify(unknown)).toContain('PROPERTY_DOESNT_EXIST');
  });
});

describe('getById', () => {
  const ticketOfContact = async (): Promise<string> => {
    const ids = await api.linkedIds('contacts', DEMO_FACTS.contactWithTickets, 'tickets');
    return ids.find((id) => id !== DEMO_FACTS.archivedTicket) ?? '';
  };

  it('returns the default properties, unset ones as null', async () => {
    const ticket = await api.getById('tickets', await ticketOfContact());
    expect(Object.keys(ticket.properties).sort()).toEqual(
      [
        'content',
        'createdate',
        'hs_lastmodifieddate',
        'hs_object_id',
        'hs_pipeline',
        'hs_pipeline_stage',
        'hs_ticket_category',
        'hs_ticket_priority',
        'subject',
      ].sort(),
    );
    expect(ticket.archived).toBe(false);
  });

  it('returns asked-for properties plus the three always-on ones, omitting unknown names', async () => {
    const ticket = await api.getById('tickets', await ticketOfContact(), {
      properties: ['subject', 'closed_date', 'nope'],
    });
    expect(Object.keys(ticket.properties).sort()).toEqual(
      ['closed_date', 'createdate', 'hs_lastmodifieddate', 'hs_object_id', 'subject'].sort(),
    );
  });

  it('adds associations under plural keys whatever spelling was asked', async () => {
    const ticket = await api.getById('tickets', await ticketOfContact(), {
      associations: ['contact', '0-2'],
    });
    expect(ticket.associations?.contacts?.results.map((r) => r.id)).toContain(
      DEMO_FACTS.contactWithTickets,
    );
    expect(Object.keys(ticket.associations ?? {}).sort()).toEqual(['companies', 'contacts']);
  });

  it('reads by idProperty (a unique property value)', async () => {
    const id = await ticketOfContact();
    const ticket = await api.getById('tickets', id, {
      properties: DEMO_FACTS.uniqueTicketProperty,
    });
    const external = ticket.properties[DEMO_FACTS.uniqueTicketProperty];
    expect(external).toMatch(/^EXT-/);
    const byExternal = await api.getById('tickets', external ?? '', {
      idProperty: DEMO_FACTS.uniqueTicketProperty,
    });
    expect(byExternal.id).toBe(id);
  });

  it('answers 404 OBJECT_NOT_FOUND for a missing id, and for an archived one unless archived=true', async () => {
    const body = await expectCrmError(api.getById('tickets', '5999999'), 404, 'OBJECT_NOT_FOUND');
    expect(body.message).toBe('Object not found.  objectId are usually numeric.');
    await expectCrmError(
      api.getById('tickets', DEMO_FACTS.archivedTicket),
      404,
      'OBJECT_NOT_FOUND',
    );
    const archived = await api.getById('tickets', DEMO_FACTS.archivedTicket, { archived: true });
    expect(archived.archived).toBe(true);
  });
});

describe('getPage', () => {
  it('pages through every live ticket with the after cursor, default limit 10', async () => {
    const first = await api.getPage('tickets');
    expect(first.results).toHaveLength(10);
    expect(first.paging?.next.after).toBeDefined();
    const seen = new Set<string>();
    let after: string | undefined;
    do {
      const page = await api.getPage('tickets', { limit: 100, after });
      expect(page.results.length).toBeLessThanOrEqual(100);
      for (const ticket of page.results) {
        expect(seen.has(ticket.id)).toBe(false);
        expect(ticket.archived).toBe(false);
        seen.add(ticket.id);
      }
      after = page.paging?.next.after;
    } while (after);
    expect(seen.size).toBe(await ticketCount());
  });

  it('lists the recycle bin with archived=true', async () => {
    const page = await api.getPage('tickets', { limit: 100, archived: true });
    expect(page.results.map((t) => t.id)).toContain(DEMO_FACTS.archivedTicket);
    expect(page.results.every((t) => t.archived)).toBe(true);
  });

  it('refuses a limit over 100 with 400', async () => {
    await expectCrmError(api.getPage('tickets', { limit: 101 }), 400, 'VALIDATION_ERROR');
  });
});

describe('update', () => {
  it('moves hs_lastmodifieddate and sets closed_date and time_to_close on entering a CLOSED stage', async () => {
    const created = await api.create('tickets', { properties: { subject: 'To close', ...NEW } });
    expect(created.properties.closed_date ?? null).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await api.update('tickets', created.id, {
      hs_pipeline_stage: support.stages.closed,
    });
    expect(Date.parse(updated.properties.hs_lastmodifieddate ?? '')).toBeGreaterThan(
      Date.parse(created.properties.hs_lastmodifieddate ?? ''),
    );
    const read = await api.getById('tickets', created.id, {
      properties: ['closed_date', 'hs_pipeline_stage', 'time_to_close'],
    });
    expect(read.properties.hs_pipeline_stage).toBe(support.stages.closed);
    expect(read.properties.closed_date).toMatch(ISO);
    expect(Number(read.properties.time_to_close)).toBe(
      Date.parse(read.properties.closed_date ?? '') - Date.parse(created.createdAt),
    );
    await api.update('tickets', created.id, { hs_pipeline_stage: support.stages.new });
    const reopened = await api.getById('tickets', created.id, {
      properties: ['closed_date', 'time_to_close'],
    });
    expect(reopened.properties).toMatchObject({ closed_date: null, time_to_close: null });
  });

  it('refuses writes to the read-only service times', async () => {
    const body = await expectCrmError(
      api.update('tickets', '5000001', { time_to_first_agent_reply: '1000' }),
      400,
      'VALIDATION_ERROR',
    );
    expect(String(body.message)).toContain('READ_ONLY_VALUE');
  });

  it('updates by idProperty and answers 404 for a missing id', async () => {
    await api.update(
      'tickets',
      'EXT-0001',
      { subject: 'via external id' },
      { idProperty: DEMO_FACTS.uniqueTicketProperty },
    );
    const page = await api.search('tickets', {
      filterGroups: [],
      query: 'via external id',
      limit: 5,
    });
    expect(page.total).toBeGreaterThanOrEqual(1);
    await expectCrmError(
      api.update('tickets', '5999999', { subject: 'x' }),
      404,
      'OBJECT_NOT_FOUND',
    );
  });

  it('rejects a stage outside the ticket pipeline and changes nothing', async () => {
    const created = await api.create('tickets', { properties: { subject: 'Stay', ...NEW } });
    await expectCrmError(
      api.update('tickets', created.id, {
        subject: 'Moved',
        hs_pipeline_stage: billing.stages.received,
      }),
      400,
      'VALIDATION_ERROR',
    );
    const read = await api.getById('tickets', created.id);
    expect(read.properties.subject).toBe('Stay');
  });
});

describe('archive', () => {
  it('answers 204, keeps the ticket readable with archived=true and hides it from search', async () => {
    const created = await api.create('tickets', {
      properties: { subject: 'zebracornflake', ...NEW },
    });
    const before = await api.search('tickets', { query: 'zebracornflake', filterGroups: [] });
    expect(before.total).toBe(1);
    const response = await api.archive('tickets', created.id);
    expect(response).toMatchObject({ status: 204, body: {} });
    await expectCrmError(api.getById('tickets', created.id), 404, 'OBJECT_NOT_FOUND');
    const archived = await api.getById('tickets', created.id, { archived: true });
    expect(archived).toMatchObject({ id: created.id, archived: true });
    expect(archived.archivedAt).toMatch(ISO);
    const after = await api.search('tickets', { query: 'zebracornflake', filterGroups: [] });
    expect(after.total).toBe(0);
  });
});

describe('batch', () => {
  it('reads with 200, or 207 listing the missing ids', async () => {
    const all = await api.getPage('tickets', { limit: 3 });
    const ids = all.results.map((t) => t.id);
    const ok = await api.batchRead('tickets', {
      inputs: ids.map((id) => ({ id })),
      properties: ['subject'],
      propertiesWithHistory: [],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.results.map((t) => t.id).sort()).toEqual([...ids].sort());
    const partial = await api.batchRead('tickets', {
      inputs: [...ids, '5999998', '5999999'].map((id) => ({ id })),
      properties: ['subject'],
      propertiesWithHistory: [],
    });
    expect(partial.status).toBe(207);
    expect(partial.body.results).toHaveLength(3);
    expect(partial.body).toMatchObject({ status: 'COMPLETE', numErrors: 1 });
    expect(partial.body.errors).toEqual([
      expect.objectContaining({
        status: 'error',
        category: 'OBJECT_NOT_FOUND',
        context: { ids: ['5999998', '5999999'] },
      }),
    ]);
  });

  it('reads by idProperty and reads the recycle bin with archived=true', async () => {
    const byExternal = await api.batchRead('tickets', {
      inputs: [{ id: 'EXT-0001' }, { id: 'EXT-0002' }],
      properties: [DEMO_FACTS.uniqueTicketProperty],
      propertiesWithHistory: [],
      idProperty: DEMO_FACTS.uniqueTicketProperty,
    });
    expect(
      byExternal.body.results.map((t) => t.properties[DEMO_FACTS.uniqueTicketProperty]).sort(),
    ).toEqual(['EXT-0001', 'EXT-0002']);
    const archived = await api.batchRead(
      'tickets',
      { inputs: [{ id: DEMO_FACTS.archivedTicket }], properties: [], propertiesWithHistory: [] },
      { archived: true },
    );
    expect(archived.body.results.map((t) => t.id)).toEqual([DEMO_FACTS.archivedTicket]);
  });

  it('creates with 201, updates, upserts (results carry new) and archives with 204', async () => {
    const created = await api.batchCreate('tickets', {
      inputs: [1, 2, 3].map((n) => ({
        properties: { subject: `batch ${n}`, ...NEW },
        associations: [],
      })),
    });
    expect(created.status).toBe(201);
    const ids = created.body.results.map((t) => t.id);
    expect(ids).toHaveLength(3);

    const updated = await api.batchUpdate('tickets', {
      inputs: ids.map((id) => ({ id, properties: { hs_ticket_priority: 'HIGH' } })),
    });
    expect(updated.status).toBe(200);
    expect(updated.body.results.every((t) => t.properties.hs_ticket_priority === 'HIGH')).toBe(
      true,
    );

    const upserted = await api.batchUpsert('tickets', {
      inputs: [
        {
          id: 'EXT-0001',
          idProperty: DEMO_FACTS.uniqueTicketProperty,
          properties: { subject: 'upsert existing' },
        },
        {
          id: 'EXT-NEW-1',
          idProperty: DEMO_FACTS.uniqueTicketProperty,
          properties: { subject: 'upsert new', ...NEW },
        },
      ],
    });
    const byNew = new Map(upserted.body.results.map((r) => [r.properties.subject, r.new]));
    expect(byNew.get('upsert existing')).toBe(false);
    expect(byNew.get('upsert new')).toBe(true);

    const before = await ticketCount();
    const archive = await api.batchArchive('tickets', { inputs: ids.map((id) => ({ id })) });
    expect(archive).toMatchObject({ status: 204, body: {} });
    expect(await ticketCount()).toBe(before - 3);
  });

  it('answers 207 on update when some ids are missing', async () => {
    const [first] = (await api.getPage('tickets', { limit: 1 })).results;
    const response = await api.batchUpdate('tickets', {
      inputs: [
        { id: first?.id ?? '', properties: { subject: 'found' } },
        { id: '5999999', properties: { subject: 'lost' } },
      ],
    });
    expect(response.status).toBe(207);
    expect(response.body.results.map((t) => t.id)).toEqual([first?.id]);
  });

  it('refuses more than 100 inputs with 400 and creates nothing', async () => {
    const before = await ticketCount();
    const tooMany = await crmCall(h.client, 'POST', crmPath.batch('tickets', 'create'), {
      body: {
        inputs: Array.from({ length: 101 }, (_, n) => ({
          properties: { subject: `too many ${n}`, ...NEW },
          associations: [],
        })),
      },
    });
    expect(tooMany).toMatchObject({ status: 400, body: { category: 'VALIDATION_ERROR' } });
    const readTooMany = await crmCall(h.client, 'POST', crmPath.batch('tickets', 'read'), {
      body: {
        inputs: Array.from({ length: 101 }, (_, n) => ({ id: String(5000001 + n) })),
        properties: [],
        propertiesWithHistory: [],
      },
    });
    expect(readTooMany).toMatchObject({ status: 400, body: { category: 'VALIDATION_ERROR' } });
    expect(await ticketCount()).toBe(before);
  });

  it('creates nothing when one input of a batch create is invalid', async () => {
    const before = await ticketCount();
    await expectCrmError(
      api.batchCreate('tickets', {
        inputs: [
          { properties: { subject: 'good', ...NEW }, associations: [] },
          { properties: { subject: 'bad', ...NEW, hs_ticket_priority: 'NOPE' }, associations: [] },
        ],
      }),
      400,
      'VALIDATION_ERROR',
    );
    expect(await ticketCount()).toBe(before);
  });
});
