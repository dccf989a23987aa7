/**
 * Tickets v3 through the real SDK: create (201, atomic with associations), reads with
 * every query option, paging, update, the recycle bin and the batch endpoints.
 */
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/tickets';
import { DEMO_FACTS } from '../src/seeds/demoFacts';
import { expectApiError, startHarness, type Harness } from './sdkHarness';

const { support, billing } = DEMO_FACTS.pipelines;
const HUBSPOT_DEFINED = AssociationSpecAssociationCategoryEnum.HubspotDefined;
let h: Harness;

beforeAll(async () => {
  h = await startHarness('demo', { config: { rateLimits: { tenSecondly: null, secondly: null } } });
});
afterAll(() => h.sandbox.close());
beforeEach(() => h.control.reset('demo'));

async function ticketCount(): Promise<number> {
  return (await h.control.health()).counts.tickets;
}

function toContact(id: string) {
  return { to: { id }, types: [{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 16 }] };
}

describe('create', () => {
  it('answers 201 with string id, ISO dates and the written properties', async () => {
    const created = await h.client.crm.tickets.basicApi.create({
      properties: {
        subject: 'Printer on fire',
        hs_pipeline: support.id,
        hs_pipeline_stage: support.stages.new,
      },
    });
    expect(created.id).toMatch(/^\d+$/);
    expect(created.properties).toMatchObject({
      subject: 'Printer on fire',
      hs_pipeline: support.id,
      hs_pipeline_stage: support.stages.new,
      hs_object_id: created.id,
    });
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(created.properties.createdate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('links associations in the same call, both ways', async () => {
    const contact = DEMO_FACTS.contactWithoutTickets;
    const created = await h.client.crm.tickets.basicApi.create({
      properties: { subject: 'Linked', hs_pipeline_stage: support.stages.new },
      associations: [toContact(contact)],
    });
    const read = await h.client.crm.tickets.basicApi.getById(created.id, undefined, undefined, [
      'contacts',
    ]);
    expect(read.associations?.contacts?.results).toEqual([
      expect.objectContaining({ id: contact, type: 'ticket_to_contact' }),
    ]);
    const back = await h.client.crm.associations.v4.basicApi.getPage(
      'contacts',
      contact,
      'tickets',
    );
    expect(back.results.map((r) => String(r.toObjectId))).toContain(created.id);
  });

  it('uses the default pipeline when hs_pipeline is missing', async () => {
    const created = await h.client.crm.tickets.basicApi.create({
      properties: { subject: 'Default pipeline', hs_pipeline_stage: support.stages.waitingOnUs },
    });
    expect(created.properties.hs_pipeline).toBe(support.id);
  });

  it.each([
    [
      'an association to a missing contact',
      { subject: 'x', hs_pipeline_stage: support.stages.new },
      ['1999999'],
    ],
    [
      'an unknown property',
      { subject: 'x', hs_pipeline_stage: support.stages.new, no_such_prop: '1' },
      [],
    ],
    [
      'a bad enum option',
      { subject: 'x', hs_pipeline_stage: support.stages.new, hs_ticket_priority: 'SOMEDAY' },
      [],
    ],
    [
      'a stage of another pipeline',
      { subject: 'x', hs_pipeline: support.id, hs_pipeline_stage: billing.stages.received },
      [],
    ],
    ['no hs_pipeline_stage', { subject: 'x' }, []],
    [
      'a read-only property',
      {
        subject: 'x',
        hs_pipeline_stage: support.stages.new,
        createdate: '2020-01-01T00:00:00.000Z',
      },
      [],
    ],
  ])('creates nothing when given %s (400 or 404)', async (_what, properties, contacts) => {
    const before = await ticketCount();
    const error = await h.client.crm.tickets.basicApi
      .create({
        properties: properties as Record<string, string>,
        associations: contacts.map(toContact),
      })
      .then(
        () => undefined,
        (e: unknown) => e as { code: number; body: Record<string, unknown> },
      );
    expect(error).toBeDefined();
    expect([400, 404]).toContain(error?.code);
    expect(error?.body).toMatchObject({ status: 'error', correlationId: expect.any(String) });
    expect(await ticketCount()).toBe(before);
  });

  it('names the problem property in a VALIDATION_ERROR', async () => {
    const body = await expectApiError(
      h.client.crm.tickets.basicApi.create({
        properties: {
          subject: 'x',
          hs_pipeline_stage: support.stages.new,
          hs_ticket_priority: 'SOMEDAY',
        },
      }),
      400,
      'VALIDATION_ERROR',
    );
    expect(JSON.stringify(body)).toContain('INVALID_OPTION');
    const unknown = await expectApiError(
      h.client.crm.tickets.basicApi.create({
        properties: { subject: 'x', hs_pipeline_stage: support.stages.new, no_such_prop: '1' },
      }),
      400,
      'VALIDATION_ERROR',
    );
    expect(JSON.stringify(unknown)).toContain('PROPERTY_DOESNT_EXIST');
  });
});

describe('getById', () => {
  const ticketOfContact = async (): Promise<string> => {
    const page = await h.client.crm.associations.v4.basicApi.getPage(
      'contacts',
      DEMO_FACTS.contactWithTickets,
      'tickets',
    );
    const id = page.results.find(
      (r) => String(r.toObjectId) !== DEMO_FACTS.archivedTicket,
    )?.toObjectId;
    return String(id);
  };

  it('returns the default properties, unset ones as null', async () => {
    const id = await ticketOfContact();
    const ticket = await h.client.crm.tickets.basicApi.getById(id);
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
    const id = await ticketOfContact();
    const ticket = await h.client.crm.tickets.basicApi.getById(id, [
      'subject',
      'closed_date',
      'nope',
    ]);
    expect(Object.keys(ticket.properties).sort()).toEqual(
      ['closed_date', 'createdate', 'hs_lastmodifieddate', 'hs_object_id', 'subject'].sort(),
    );
  });

  it('adds associations under plural keys whatever spelling was asked', async () => {
    const id = await ticketOfContact();
    const ticket = await h.client.crm.tickets.basicApi.getById(id, undefined, undefined, [
      'contact',
      '0-2',
    ]);
    expect(ticket.associations?.contacts?.results.map((r) => r.id)).toContain(
      DEMO_FACTS.contactWithTickets,
    );
    expect(
      Object.keys(ticket.associations ?? {}).every((key) =>
        ['contacts', 'companies'].includes(key),
      ),
    ).toBe(true);
  });

  it('reads by idProperty (a unique property value)', async () => {
    const id = await ticketOfContact();
    const ticket = await h.client.crm.tickets.basicApi.getById(id, [
      DEMO_FACTS.uniqueTicketProperty,
    ]);
    const external = ticket.properties[DEMO_FACTS.uniqueTicketProperty];
    expect(external).toMatch(/^EXT-/);
    const byExternal = await h.client.crm.tickets.basicApi.getById(
      external ?? '',
      undefined,
      undefined,
      undefined,
      false,
      DEMO_FACTS.uniqueTicketProperty,
    );
    expect(byExternal.id).toBe(id);
  });

  it('answers 404 OBJECT_NOT_FOUND for a missing id, and for an archived one unless archived=true', async () => {
    const body = await expectApiError(
      h.client.crm.tickets.basicApi.getById('5999999'),
      404,
      'OBJECT_NOT_FOUND',
    );
    expect(body.message).toBe('Object not found.  objectId are usually numeric.');
    await expectApiError(
      h.client.crm.tickets.basicApi.getById(DEMO_FACTS.archivedTicket),
      404,
      'OBJECT_NOT_FOUND',
    );
    const archived = await h.client.crm.tickets.basicApi.getById(
      DEMO_FACTS.archivedTicket,
      undefined,
      undefined,
      undefined,
      true,
    );
    expect(archived.archived).toBe(true);
  });
});

describe('getPage', () => {
  it('pages through every live ticket with the after cursor, default limit 10', async () => {
    const first = await h.client.crm.tickets.basicApi.getPage();
    expect(first.results).toHaveLength(10);
    expect(first.paging?.next?.after).toBeDefined();
    const seen = new Set<string>();
    let after: string | undefined;
    do {
      const page = await h.client.crm.tickets.basicApi.getPage(100, after);
      expect(page.results.length).toBeLessThanOrEqual(100);
      for (const ticket of page.results) {
        expect(seen.has(ticket.id)).toBe(false);
        expect(ticket.archived).toBe(false);
        seen.add(ticket.id);
      }
      after = page.paging?.next?.after;
    } while (after);
    expect(seen.size).toBe(await ticketCount());
  });

  it('lists the recycle bin with archived=true', async () => {
    const page = await h.client.crm.tickets.basicApi.getPage(
      100,
      undefined,
      undefined,
      undefined,
      undefined,
      true,
    );
    expect(page.results.map((t) => t.id)).toContain(DEMO_FACTS.archivedTicket);
    expect(page.results.every((t) => t.archived)).toBe(true);
  });

  it('refuses a limit over 100 with 400', async () => {
    await expectApiError(h.client.crm.tickets.basicApi.getPage(101), 400, 'VALIDATION_ERROR');
  });
});

describe('update', () => {
  it('moves hs_lastmodifieddate and sets closed_date on entering a CLOSED stage', async () => {
    const created = await h.client.crm.tickets.basicApi.create({
      properties: { subject: 'To close', hs_pipeline_stage: support.stages.new },
    });
    expect(created.properties.closed_date ?? null).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await h.client.crm.tickets.basicApi.update(created.id, {
      properties: { hs_pipeline_stage: support.stages.closed },
    });
    expect(Date.parse(updated.properties.hs_lastmodifieddate ?? '')).toBeGreaterThan(
      Date.parse(created.properties.hs_lastmodifieddate ?? ''),
    );
    const read = await h.client.crm.tickets.basicApi.getById(created.id, [
      'closed_date',
      'hs_pipeline_stage',
    ]);
    expect(read.properties.hs_pipeline_stage).toBe(support.stages.closed);
    expect(read.properties.closed_date).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('updates by idProperty and answers 404 for a missing id', async () => {
    await h.client.crm.tickets.basicApi.update(
      'EXT-0001',
      { properties: { subject: 'via external id' } },
      DEMO_FACTS.uniqueTicketProperty,
    );
    const page = await h.client.crm.tickets.searchApi.doSearch({
      filterGroups: [],
      query: 'via external id',
      limit: 5,
    });
    expect(page.total).toBeGreaterThanOrEqual(1);
    await expectApiError(
      h.client.crm.tickets.basicApi.update('5999999', { properties: { subject: 'x' } }),
      404,
      'OBJECT_NOT_FOUND',
    );
  });

  it('rejects a stage outside the ticket pipeline and changes nothing', async () => {
    const created = await h.client.crm.tickets.basicApi.create({
      properties: { subject: 'Stay', hs_pipeline_stage: support.stages.new },
    });
    await expectApiError(
      h.client.crm.tickets.basicApi.update(created.id, {
        properties: { subject: 'Moved', hs_pipeline_stage: billing.stages.received },
      }),
      400,
      'VALIDATION_ERROR',
    );
    const read = await h.client.crm.tickets.basicApi.getById(created.id);
    expect(read.properties.subject).toBe('Stay');
  });
});

describe('archive', () => {
  it('answers 204, keeps the ticket readable with archived=true and hides it from search', async () => {
    const created = await h.client.crm.tickets.basicApi.create({
      properties: { subject: 'zebracornflake', hs_pipeline_stage: support.stages.new },
    });
    const before = await h.client.crm.tickets.searchApi.doSearch({
      query: 'zebracornflake',
      filterGroups: [],
    });
    expect(before.total).toBe(1);
    const response = await h.client.crm.tickets.basicApi.archiveWithHttpInfo(created.id);
    expect(response.httpStatusCode).toBe(204);
    await expectApiError(
      h.client.crm.tickets.basicApi.getById(created.id),
      404,
      'OBJECT_NOT_FOUND',
    );
    const archived = await h.client.crm.tickets.basicApi.getById(
      created.id,
      undefined,
      undefined,
      undefined,
      true,
    );
    expect(archived).toMatchObject({ id: created.id, archived: true });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    const after = await h.client.crm.tickets.searchApi.doSearch({
      query: 'zebracornflake',
      filterGroups: [],
    });
    expect(after.total).toBe(0);
  });
});

describe('batch', () => {
  it('reads with 200, or 207 listing the missing ids', async () => {
    const all = await h.client.crm.tickets.basicApi.getPage(3);
    const ids = all.results.map((t) => t.id);
    const ok = await h.client.crm.tickets.batchApi.readWithHttpInfo({
      inputs: ids.map((id) => ({ id })),
      properties: ['subject'],
      propertiesWithHistory: [],
    });
    expect(ok.httpStatusCode).toBe(200);
    expect(ok.data.results.map((t) => t.id).sort()).toEqual([...ids].sort());
    const partial = await h.client.crm.tickets.batchApi.readWithHttpInfo({
      inputs: [...ids, '5999998', '5999999'].map((id) => ({ id })),
      properties: ['subject'],
      propertiesWithHistory: [],
    });
    expect(partial.httpStatusCode).toBe(207);
    expect(partial.data.results).toHaveLength(3);
    expect(partial.data).toMatchObject({ status: 'COMPLETE', numErrors: 1 });
    const errors = (
      partial.data as { errors?: { category: string; context?: Record<string, string[]> }[] }
    ).errors;
    expect(errors?.[0]?.category).toBe('OBJECT_NOT_FOUND');
    expect(errors?.[0]?.context?.ids?.sort()).toEqual(['5999998', '5999999']);
  });

  it('reads by idProperty and reads the recycle bin with archived=true', async () => {
    const byExternal = await h.client.crm.tickets.batchApi.read({
      inputs: [{ id: 'EXT-0001' }, { id: 'EXT-0002' }],
      properties: [DEMO_FACTS.uniqueTicketProperty],
      propertiesWithHistory: [],
      idProperty: DEMO_FACTS.uniqueTicketProperty,
    });
    expect(
      byExternal.results.map((t) => t.properties[DEMO_FACTS.uniqueTicketProperty]).sort(),
    ).toEqual(['EXT-0001', 'EXT-0002']);
    const archived = await h.client.crm.tickets.batchApi.read(
      { inputs: [{ id: DEMO_FACTS.archivedTicket }], properties: [], propertiesWithHistory: [] },
      true,
    );
    expect(archived.results.map((t) => t.id)).toEqual([DEMO_FACTS.archivedTicket]);
  });

  it('creates with 201, updates, upserts (results carry _new) and archives with 204', async () => {
    const created = await h.client.crm.tickets.batchApi.createWithHttpInfo({
      inputs: [1, 2, 3].map((n) => ({
        properties: { subject: `batch ${n}`, hs_pipeline_stage: support.stages.new },
        associations: [],
      })),
    });
    expect(created.httpStatusCode).toBe(201);
    const ids = created.data.results.map((t) => t.id);
    expect(ids).toHaveLength(3);

    const updated = await h.client.crm.tickets.batchApi.update({
      inputs: ids.map((id) => ({ id, properties: { hs_ticket_priority: 'HIGH' } })),
    });
    expect(updated.results.every((t) => t.properties.hs_ticket_priority === 'HIGH')).toBe(true);

    const upserted = await h.client.crm.tickets.batchApi.upsert({
      inputs: [
        {
          id: 'EXT-0001',
          idProperty: DEMO_FACTS.uniqueTicketProperty,
          properties: { subject: 'upsert existing' },
        },
        {
          id: 'EXT-NEW-1',
          idProperty: DEMO_FACTS.uniqueTicketProperty,
          properties: { subject: 'upsert new', hs_pipeline_stage: support.stages.new },
        },
      ],
    });
    const byNew = new Map(upserted.results.map((r) => [r.properties.subject, r._new]));
    expect(byNew.get('upsert existing')).toBe(false);
    expect(byNew.get('upsert new')).toBe(true);

    const before = await ticketCount();
    const archive = await h.client.crm.tickets.batchApi.archiveWithHttpInfo({
      inputs: ids.map((id) => ({ id })),
    });
    expect(archive.httpStatusCode).toBe(204);
    expect(await ticketCount()).toBe(before - 3);
  });

  it('answers 207 on update when some ids are missing', async () => {
    const [first] = (await h.client.crm.tickets.basicApi.getPage(1)).results;
    const response = await h.client.crm.tickets.batchApi.updateWithHttpInfo({
      inputs: [
        { id: first?.id ?? '', properties: { subject: 'found' } },
        { id: '5999999', properties: { subject: 'lost' } },
      ],
    });
    expect(response.httpStatusCode).toBe(207);
    expect(response.data.results.map((t) => t.id)).toEqual([first?.id]);
  });

  it('refuses more than 100 inputs with 400 and creates nothing', async () => {
    const before = await ticketCount();
    await expectApiError(
      h.client.crm.tickets.batchApi.create({
        inputs: Array.from({ length: 101 }, (_, n) => ({
          properties: { subject: `too many ${n}`, hs_pipeline_stage: support.stages.new },
          associations: [],
        })),
      }),
      400,
      'VALIDATION_ERROR',
    );
    await expectApiError(
      h.client.crm.tickets.batchApi.read({
        inputs: Array.from({ length: 101 }, (_, n) => ({ id: String(5000001 + n) })),
        properties: [],
        propertiesWithHistory: [],
      }),
      400,
      'VALIDATION_ERROR',
    );
    expect(await ticketCount()).toBe(before);
  });

  it('creates nothing when one input of a batch create is invalid', async () => {
    const before = await ticketCount();
    await expectApiError(
      h.client.crm.tickets.batchApi.create({
        inputs: [
          {
            properties: { subject: 'good', hs_pipeline_stage: support.stages.new },
            associations: [],
          },
          {
            properties: {
              subject: 'bad',
              hs_pipeline_stage: support.stages.new,
              hs_ticket_priority: 'NOPE',
            },
            associations: [],
          },
        ],
      }),
      400,
      'VALIDATION_ERROR',
    );
    expect(await ticketCount()).toBe(before);
  });
});
