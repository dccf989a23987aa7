/**
 * What 2026-09 answers differently from v3/v4 (contract doc, "Version"): ids as strings,
 * 200 with a body for batch link writes and archives, 201/204 for single link/unlink,
 * `writePermissions` on every stage, and the no-links batch-read error naming both types.
 */
import { DEMO_FACTS } from '../src/seeds/demoFacts';
import { ROUTE_KEYS } from '../src/routeKeys';
import { startHarness, type Harness, type Json } from './sdkHarness';
import { crmCall, crmExpect, crmPath } from './crmApi';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('demo', { config: { rateLimits: { tenSecondly: null, secondly: null } } });
});
afterAll(async () => {
  await h.sandbox.close();
});
beforeEach(async () => {
  await h.control.reset();
});

const contact = DEMO_FACTS.contactWithTickets;
const lonelyContact = DEMO_FACTS.contactWithoutTickets;

async function firstTicketOf(contactId: string): Promise<string> {
  const body = await crmExpect<{ results: { to: { toObjectId: string }[] }[] }>(
    h.client,
    200,
    'POST',
    crmPath.associations('contacts', 'tickets', 'read'),
    { body: { inputs: [{ id: contactId }] } },
  );
  const first = body.results[0]?.to[0]?.toObjectId;
  expect(typeof first).toBe('string');
  return first ?? '';
}

test('the association batch read types toObjectId as a string', async () => {
  const body = await crmExpect<{ results: { from: { id: string }; to: Json[] }[] }>(
    h.client,
    200,
    'POST',
    crmPath.associations('contacts', 'tickets', 'read'),
    { body: { inputs: [{ id: contact }] } },
  );
  expect(body.results[0]?.from).toEqual({ id: contact });
  expect(body.results[0]?.to[0]).toEqual({
    toObjectId: expect.stringMatching(/^\d+$/),
    associationTypes: [expect.objectContaining({ category: 'HUBSPOT_DEFINED', typeId: 15 })],
  });
});

test('a batch read of a record without links answers OBJECT_NOT_FOUND naming both types', async () => {
  const answer = await crmCall(
    h.client,
    'POST',
    crmPath.associations('contacts', 'tickets', 'read'),
    {
      body: { inputs: [{ id: contact }, { id: lonelyContact }] },
    },
  );
  expect(answer.status).toBe(207);
  expect(answer.body).toMatchObject({ status: 'COMPLETE', numErrors: 1 });
  expect(answer.body.errors).toEqual([
    expect.objectContaining({
      status: 'error',
      category: 'OBJECT_NOT_FOUND',
      context: {
        fromObjectId: [lonelyContact],
        fromObjectType: ['CONTACT'],
        toObjectType: ['TICKET'],
      },
    }),
  ]);
});

test('a single labelled link answers 201 with string ids and its unlink 204', async () => {
  const ticket = await firstTicketOf(contact);
  const put = await crmCall(
    h.client,
    'PUT',
    crmPath.link('tickets', ticket, 'contacts', lonelyContact),
    {
      body: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 }],
    },
  );
  expect(put).toMatchObject({
    status: 201,
    body: {
      fromObjectTypeId: '0-5',
      fromObjectId: ticket,
      toObjectTypeId: '0-1',
      toObjectId: lonelyContact,
      labels: [],
    },
  });
  const removed = await crmCall(
    h.client,
    'DELETE',
    crmPath.link('tickets', ticket, 'contacts', lonelyContact),
  );
  expect(removed.status).toBe(204);
  const after = await crmCall(
    h.client,
    'POST',
    crmPath.associations('contacts', 'tickets', 'read'),
    {
      body: { inputs: [{ id: lonelyContact }] },
    },
  );
  expect(after.body.results).toEqual([]);
});

test('a default link answers 200 with both directions', async () => {
  const ticket = await firstTicketOf(contact);
  const body = await crmExpect(
    h.client,
    200,
    'PUT',
    crmPath.defaultLink('tickets', ticket, 'contacts', lonelyContact),
  );
  expect(body.results).toEqual([
    {
      from: { id: ticket },
      to: { id: lonelyContact },
      associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 },
    },
    {
      from: { id: lonelyContact },
      to: { id: ticket },
      associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 15 },
    },
  ]);
});

test('batch create answers 200 with string ids; archive and labels/archive answer 200 with a body', async () => {
  const ticket = await firstTicketOf(contact);
  const created = await crmCall(
    h.client,
    'POST',
    crmPath.associations('tickets', 'contacts', 'create'),
    {
      body: {
        inputs: [
          {
            from: { id: ticket },
            to: { id: lonelyContact },
            types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 }],
          },
        ],
      },
    },
  );
  expect(created).toMatchObject({
    status: 200,
    body: {
      status: 'COMPLETE',
      results: [
        {
          fromObjectId: ticket,
          toObjectId: lonelyContact,
          fromObjectTypeId: '0-5',
          toObjectTypeId: '0-1',
        },
      ],
    },
  });
  const labelsArchived = await crmCall(
    h.client,
    'POST',
    crmPath.associations('tickets', 'contacts', 'labels/archive'),
    {
      body: {
        inputs: [
          {
            from: { id: ticket },
            to: { id: lonelyContact },
            types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 }],
          },
        ],
      },
    },
  );
  expect(labelsArchived).toMatchObject({ status: 200, body: { status: 'COMPLETE', results: [] } });
  expect(labelsArchived.body).toHaveProperty('completedAt');
  const archived = await crmCall(
    h.client,
    'POST',
    crmPath.associations('contacts', 'tickets', 'archive'),
    {
      body: { inputs: [{ from: { id: contact }, to: [{ id: ticket }] }] },
    },
  );
  expect(archived).toMatchObject({ status: 200, body: { status: 'COMPLETE', results: [] } });
  const links = await crmCall<{ results: { to: { toObjectId: string }[] }[] }>(
    h.client,
    'POST',
    crmPath.associations('contacts', 'tickets', 'read'),
    { body: { inputs: [{ id: contact }] } },
  );
  expect(links.body.results[0]?.to.map((linked) => linked.toObjectId)).not.toContain(ticket);
});

test('every pipeline stage carries writePermissions', async () => {
  const body = await crmExpect<{ results: { stages: Json[] }[] }>(
    h.client,
    200,
    'GET',
    crmPath.pipelines('tickets'),
  );
  const stages = body.results.flatMap((pipeline) => pipeline.stages);
  expect(stages.length).toBeGreaterThan(5);
  for (const stage of stages) expect(stage.writePermissions).toBe('CRM_PERMISSIONS_ENFORCEMENT');
  const one = await crmExpect<{ results: Json[] }>(
    h.client,
    200,
    'GET',
    crmPath.stages('tickets', '0'),
  );
  expect(
    one.results.every((stage) => stage.writePermissions === 'CRM_PERMISSIONS_ENFORCEMENT'),
  ).toBe(true);
});

test('the request log names the 2026-09 route keys', async () => {
  await crmExpect(h.client, 200, 'GET', crmPath.object('tickets', '5000001'));
  await crmExpect(h.client, 200, 'POST', crmPath.search('tickets'), { body: { limit: 1 } });
  const log = await h.control.requests();
  expect(Object.keys(log.byRoute).sort()).toEqual([ROUTE_KEYS.getObject, ROUTE_KEYS.search].sort());
});

test('labels can be created, renamed and deleted on 2026-09', async () => {
  const created = await crmExpect<{
    results: { typeId: number; label: string; category: string }[];
  }>(h.client, 200, 'POST', crmPath.labels('tickets', 'contacts'), {
    body: { label: 'Watcher', name: 'watcher', inverseLabel: 'Watched ticket' },
  });
  const typeId = created.results[0]?.typeId ?? 0;
  expect(created.results).toEqual([{ category: 'USER_DEFINED', typeId, label: 'Watcher' }]);
  await crmExpect(h.client, 204, 'PUT', crmPath.labels('tickets', 'contacts'), {
    body: { associationTypeId: typeId, label: 'Follower' },
  });
  const listed = await crmExpect<{ results: Json[] }>(
    h.client,
    200,
    'GET',
    crmPath.labels('tickets', 'contacts'),
  );
  expect(listed.results).toContainEqual({ category: 'USER_DEFINED', typeId, label: 'Follower' });
  const ticket = await firstTicketOf(contact);
  await crmExpect(
    h.client,
    201,
    'PUT',
    crmPath.link('tickets', ticket, 'contacts', lonelyContact),
    {
      body: [{ associationCategory: 'USER_DEFINED', associationTypeId: typeId }],
    },
  );
  await crmExpect(h.client, 204, 'DELETE', crmPath.label('tickets', 'contacts', typeId));
  const after = await crmExpect<{ results: Json[] }>(
    h.client,
    200,
    'GET',
    crmPath.labels('tickets', 'contacts'),
  );
  expect(after.results.map((label) => label.typeId)).not.toContain(typeId);
  // The pair stays linked, now with the unlabelled default type.
  const links = await crmExpect<{
    results: { to: { toObjectId: string; associationTypes: Json[] }[] }[];
  }>(h.client, 200, 'POST', crmPath.associations('contacts', 'tickets', 'read'), {
    body: { inputs: [{ id: lonelyContact }] },
  });
  expect(links.results[0]?.to).toEqual([
    {
      toObjectId: ticket,
      associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 15, label: null }],
    },
  ]);
});

test('a HubSpot-defined label cannot be renamed or deleted', async () => {
  const renamed = await crmCall(h.client, 'PUT', crmPath.labels('tickets', 'contacts'), {
    body: { associationTypeId: 16, label: 'Mine' },
  });
  expect(renamed).toMatchObject({ status: 400, body: { category: 'VALIDATION_ERROR' } });
  const deleted = await crmCall(h.client, 'DELETE', crmPath.label('tickets', 'contacts', 16));
  expect(deleted).toMatchObject({ status: 400, body: { category: 'VALIDATION_ERROR' } });
});
