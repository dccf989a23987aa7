import { memoryEnv } from '../testing/memoryEnv';
import { HubSpotError } from '../http/hubspotError';
import { archiveRecords, createRecords, updateRecords, upsertRecords } from './objectWrites';
import { BILLING_PIPELINE, DEMO_FACTS, SUPPORT_PIPELINE } from '../seeds/demoFacts';

function failure(run: () => unknown): HubSpotError {
  try {
    run();
  } catch (error) {
    if (error instanceof HubSpotError) return error;
    throw error;
  }
  throw new Error('expected a HubSpotError');
}

// The demo's portal rules require a category on create.
const newTicket = {
  subject: 'Printer on fire',
  hs_pipeline_stage: SUPPORT_PIPELINE.stages.new,
  hs_ticket_category: 'PRODUCT_ISSUE',
};

describe('creating tickets', () => {
  it('fills id, hs_object_id, createdate, default pipeline and equal created/updated times', () => {
    const env = memoryEnv();
    const [ticket] = createRecords(env, '0-5', [{ properties: newTicket }]);
    expect(ticket?.properties).toMatchObject({
      subject: 'Printer on fire',
      hs_pipeline: SUPPORT_PIPELINE.id,
      hs_object_id: ticket?.id,
      createdate: '2026-12-01T00:00:00.000Z',
      hs_lastmodifieddate: '2026-12-01T00:00:00.000Z',
    });
    expect(ticket?.createdAt).toBe(ticket?.updatedAt);
    expect(env.store.get('0-5', ticket?.id ?? '')).toBe(ticket);
  });

  it('hands out numeric ids no contact, company or ticket already has', () => {
    const env = memoryEnv();
    const [a, b] = createRecords(env, '0-5', [
      { properties: newTicket },
      { properties: newTicket },
    ]);
    const [contact] = createRecords(env, '0-1', [{ properties: { email: 'new@x.example' } }]);
    const ids = [a?.id, b?.id, contact?.id];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) {
      expect(id).toMatch(/^\d+$/);
      expect(env.store.get('0-2', id ?? '')).toBeUndefined();
    }
  });

  it('lists every invalid property in one VALIDATION_ERROR and writes nothing', () => {
    const env = memoryEnv();
    const before = env.store.records['0-5'].size;
    const error = failure(() =>
      createRecords(env, '0-5', [
        {
          properties: {
            subject: newTicket.subject,
            hs_pipeline_stage: newTicket.hs_pipeline_stage,
            nonsense: 'x',
            hs_ticket_priority: 'SOON',
            hs_ticket_category: 'PRODUCT_ISSUE;NOT_A_CATEGORY',
            createdate: '2020-01-01T00:00:00.000Z',
          },
        },
      ]),
    );
    expect(error.statusCode).toBe(400);
    expect(error.category).toBe('VALIDATION_ERROR');
    expect(error.message).toMatch(/^Property values were not valid: \[/);
    expect(
      error.extra.errors?.map((detail) => [detail.context?.propertyName?.[0], detail.code]),
    ).toEqual([
      ['nonsense', 'PROPERTY_DOESNT_EXIST'],
      ['hs_ticket_priority', 'INVALID_OPTION'],
      ['hs_ticket_category', 'INVALID_OPTION'],
      ['createdate', 'READ_ONLY_VALUE'],
    ]);
    expect(env.store.records['0-5'].size).toBe(before);
    expect(env.committed).toHaveLength(0);
  });

  it('accepts ;-separated multi-checkbox values that are all options', () => {
    const env = memoryEnv();
    const [ticket] = createRecords(env, '0-5', [
      { properties: { ...newTicket, hs_ticket_category: 'PRODUCT_ISSUE;BILLING_ISSUE' } },
    ]);
    expect(ticket?.properties.hs_ticket_category).toBe('PRODUCT_ISSUE;BILLING_ISSUE');
  });

  it('requires hs_pipeline_stage and a stage of the chosen pipeline', () => {
    const env = memoryEnv();
    const missing = failure(() => createRecords(env, '0-5', [{ properties: { subject: 'x' } }]));
    expect(missing.extra.errors?.[0]).toMatchObject({ code: 'REQUIRED_PROPERTY' });
    const wrongPipeline = failure(() =>
      createRecords(env, '0-5', [
        { properties: { subject: 'x', hs_pipeline: BILLING_PIPELINE.id, hs_pipeline_stage: '1' } },
      ]),
    );
    expect(wrongPipeline.extra.errors?.[0]).toMatchObject({
      code: 'INVALID_OPTION',
      context: { propertyName: ['hs_pipeline_stage'] },
    });
  });

  it('links associations in the same write, or fails whole when a target is missing', () => {
    const env = memoryEnv();
    const link = (id: string, typeId: number) => ({
      to: { id },
      types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: typeId }],
    });
    const [ticket] = createRecords(env, '0-5', [
      { properties: newTicket, associations: [link(DEMO_FACTS.contactWithoutTickets, 16)] },
    ]);
    expect(
      env.store.linkedIds('0-1', DEMO_FACTS.contactWithoutTickets, '0-5')?.get(ticket?.id ?? ''),
    ).toEqual([15]);

    const before = env.store.records['0-5'].size;
    const error = failure(() =>
      createRecords(env, '0-5', [
        {
          properties: newTicket,
          associations: [link(DEMO_FACTS.contactWithoutTickets, 16), link('999', 339)],
        },
      ]),
    );
    expect(error.statusCode).toBe(400);
    expect(env.store.records['0-5'].size).toBe(before);
  });

  it('refuses a duplicate value of a hasUniqueValue property with 409 CONFLICT', () => {
    const env = memoryEnv();
    const error = failure(() =>
      createRecords(env, '0-5', [
        { properties: { ...newTicket, [DEMO_FACTS.uniqueTicketProperty]: 'EXT-0001' } },
      ]),
    );
    expect(error.statusCode).toBe(409);
    expect(error.category).toBe('CONFLICT');
  });
});

describe('updating tickets', () => {
  it('moves hs_lastmodifieddate and updatedAt on every write, even within one millisecond', () => {
    const env = memoryEnv();
    const [ticket] = createRecords(env, '0-5', [{ properties: newTicket }]);
    const id = ticket?.id ?? '';
    const first = updateRecords(env, '0-5', [{ id, properties: { subject: 'a' } }]).updated[0];
    const second = updateRecords(env, '0-5', [{ id, properties: { subject: 'b' } }]).updated[0];
    expect(Date.parse(first?.updatedAt ?? '')).toBeGreaterThan(Date.parse(ticket?.updatedAt ?? ''));
    expect(Date.parse(second?.updatedAt ?? '')).toBeGreaterThan(Date.parse(first?.updatedAt ?? ''));
    expect(second?.properties.hs_lastmodifieddate).toBe(second?.updatedAt);
    expect(second?.createdAt).toBe(ticket?.createdAt);
  });

  it('sets closed_date on entering a CLOSED stage and clears it on reopening', () => {
    const env = memoryEnv();
    const [ticket] = createRecords(env, '0-5', [{ properties: newTicket }]);
    const id = ticket?.id ?? '';
    expect(ticket?.properties.closed_date).toBeUndefined();
    env.advance(60_000);
    const closed = updateRecords(env, '0-5', [
      { id, properties: { hs_pipeline_stage: SUPPORT_PIPELINE.stages.closed } },
    ]).updated[0];
    expect(closed?.properties.closed_date).toBe('2026-12-01T00:01:00.000Z');
    env.advance(60_000);
    const stillClosed = updateRecords(env, '0-5', [{ id, properties: { subject: 'x' } }])
      .updated[0];
    expect(stillClosed?.properties.closed_date).toBe('2026-12-01T00:01:00.000Z');
    const reopened = updateRecords(env, '0-5', [
      { id, properties: { hs_pipeline_stage: SUPPORT_PIPELINE.stages.waitingOnUs } },
    ]).updated[0];
    expect(reopened?.properties.closed_date).toBeUndefined();
  });

  it('clears a property set to "" or null', () => {
    const env = memoryEnv();
    const [ticket] = createRecords(env, '0-5', [
      { properties: { ...newTicket, hs_ticket_priority: 'HIGH', content: 'words' } },
    ]);
    const id = ticket?.id ?? '';
    const updated = updateRecords(env, '0-5', [
      { id, properties: { hs_ticket_priority: '', content: null } },
    ]).updated[0];
    expect(updated?.properties).not.toHaveProperty('hs_ticket_priority');
    expect(updated?.properties).not.toHaveProperty('content');
  });

  it('reports missing and archived ids as missing, and updates the rest', () => {
    const env = memoryEnv();
    const outcome = updateRecords(env, '0-5', [
      { id: '5000001', properties: { subject: 'x' } },
      { id: DEMO_FACTS.archivedTicket, properties: { subject: 'x' } },
      { id: '1', properties: { subject: 'x' } },
    ]);
    expect(outcome.updated.map((record) => record.id)).toEqual(['5000001']);
    expect(outcome.missing).toEqual([DEMO_FACTS.archivedTicket, '1']);
  });

  it('finds records by a unique idProperty', () => {
    const env = memoryEnv();
    const outcome = updateRecords(env, '0-5', [
      {
        id: 'EXT-0002',
        idProperty: DEMO_FACTS.uniqueTicketProperty,
        properties: { subject: 'by ext' },
      },
    ]);
    expect(outcome.updated[0]?.id).toBe('5000002');
  });
});

describe('upsert and archive', () => {
  it('updates by idProperty when found and creates with the value otherwise', () => {
    const env = memoryEnv();
    const results = upsertRecords(env, '0-5', [
      { id: 'EXT-0001', idProperty: DEMO_FACTS.uniqueTicketProperty, properties: { subject: 'u' } },
      {
        id: 'EXT-NEW',
        idProperty: DEMO_FACTS.uniqueTicketProperty,
        properties: { subject: 'n', hs_pipeline_stage: '1', hs_ticket_category: 'PRODUCT_ISSUE' },
      },
    ]);
    expect(results.map((result) => result.isNew)).toEqual([false, true]);
    expect(results[1]?.record.properties[DEMO_FACTS.uniqueTicketProperty]).toBe('EXT-NEW');
  });

  it('moves records to the recycle bin and frees their unique values', () => {
    const env = memoryEnv();
    expect(archiveRecords(env, '0-5', ['5000001', '5000001', 'nope'])).toBe(1);
    const archived = env.store.get('0-5', '5000001');
    expect(archived).toMatchObject({ archived: true });
    expect(archived?.archivedAt).toBe(archived?.updatedAt);
    expect(
      env.store.findByUnique('0-5', DEMO_FACTS.uniqueTicketProperty, 'EXT-0001'),
    ).toBeUndefined();
    expect(archiveRecords(env, '0-5', ['5000001'])).toBe(0);
  });
});
