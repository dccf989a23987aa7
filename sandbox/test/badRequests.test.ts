/**
 * A corpus of bad requests over raw HTTP (what the SDK would never send, and what it
 * would): each gets the right status, `application/json` and HubSpot's error envelope,
 * and leaves the store exactly as it was.
 */
import { DEMO_FACTS } from '../src/seeds/demoFacts';
import { expectEnvelope, rawCall, startHarness, type Harness, type RawRequest } from './sdkHarness';

const stage = DEMO_FACTS.pipelines.support.stages.new;
const validTicket = {
  properties: { subject: 'ok', hs_pipeline_stage: stage, hs_ticket_category: 'PRODUCT_ISSUE' },
};
const FIVE_MB = 5 * 1024 * 1024;

let h: Harness;

beforeAll(async () => {
  h = await startHarness('demo', { config: { rateLimits: { tenSecondly: null, secondly: null } } });
});
afterAll(() => h.sandbox.close());

/** `category: null` where the contract names none (415, 413, unknown routes, 405): any string. */
type Case = [
  name: string,
  path: string,
  request: RawRequest,
  status: number,
  category: string | null,
];

const corpus: Case[] = [
  // Body syntax and shape
  [
    'malformed JSON',
    '/crm/objects/2026-09/tickets',
    { method: 'POST', rawBody: '{"properties":' },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'a JSON array for an object',
    '/crm/objects/2026-09/tickets',
    { method: 'POST', body: [validTicket] },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'properties as a string',
    '/crm/objects/2026-09/tickets',
    { method: 'POST', body: { properties: 'subject=x' } },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'a property value that is an object',
    '/crm/objects/2026-09/tickets',
    { method: 'POST', body: { properties: { subject: { text: 'x' }, hs_pipeline_stage: stage } } },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'a non-JSON content type',
    '/crm/objects/2026-09/tickets',
    { method: 'POST', rawBody: 'subject=x', headers: { 'content-type': 'text/plain' } },
    415,
    null,
  ],
  [
    'an oversized body',
    '/crm/objects/2026-09/tickets',
    {
      method: 'POST',
      body: { properties: { subject: 'x'.repeat(FIVE_MB), hs_pipeline_stage: stage } },
    },
    413,
    null,
  ],
  // Property validation
  [
    'an unknown property',
    '/crm/objects/2026-09/tickets',
    { method: 'POST', body: { properties: { ...validTicket.properties, not_a_property: '1' } } },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'a bad enum option',
    '/crm/objects/2026-09/tickets',
    {
      method: 'POST',
      body: { properties: { ...validTicket.properties, hs_ticket_priority: 'SOON' } },
    },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'a read-only property on update',
    '/crm/objects/2026-09/tickets/5000001',
    { method: 'PATCH', body: { properties: { hs_lastmodifieddate: '2020-01-01T00:00:00.000Z' } } },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'a stage that does not exist',
    '/crm/objects/2026-09/tickets',
    { method: 'POST', body: { properties: { subject: 'x', hs_pipeline_stage: '999' } } },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'an association with a wrong type id',
    '/crm/objects/2026-09/tickets',
    {
      method: 'POST',
      body: {
        ...validTicket,
        associations: [
          {
            to: { id: DEMO_FACTS.contactWithTickets },
            types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 339 }],
          },
        ],
      },
    },
    400,
    'VALIDATION_ERROR',
  ],
  // Search bodies
  [
    'a bad search operator',
    '/crm/objects/2026-09/tickets/search',
    {
      method: 'POST',
      body: {
        filterGroups: [{ filters: [{ propertyName: 'subject', operator: 'LIKE', value: 'x' }] }],
      },
    },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'a search filter without a value',
    '/crm/objects/2026-09/tickets/search',
    {
      method: 'POST',
      body: { filterGroups: [{ filters: [{ propertyName: 'subject', operator: 'EQ' }] }] },
    },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'filterGroups that is not an array',
    '/crm/objects/2026-09/tickets/search',
    { method: 'POST', body: { filterGroups: { filters: [] } } },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'six filter groups',
    '/crm/objects/2026-09/tickets/search',
    {
      method: 'POST',
      body: {
        filterGroups: Array.from({ length: 6 }, () => ({
          filters: [{ propertyName: 'subject', operator: 'HAS_PROPERTY' }],
        })),
      },
    },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'a search limit over 200',
    '/crm/objects/2026-09/tickets/search',
    { method: 'POST', body: { limit: 201 } },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'a limit of the wrong type',
    '/crm/objects/2026-09/tickets/search',
    { method: 'POST', body: { limit: 'many' } },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'a sort direction that does not exist',
    '/crm/objects/2026-09/tickets/search',
    { method: 'POST', body: { sorts: [{ propertyName: 'subject', direction: 'UP' }] } },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'a query over 3,000 characters',
    '/crm/objects/2026-09/tickets/search',
    { method: 'POST', body: { query: 'q'.repeat(3001) } },
    400,
    'VALIDATION_ERROR',
  ],
  // Query strings
  ['a list limit over 100', '/crm/objects/2026-09/tickets?limit=500', {}, 400, 'VALIDATION_ERROR'],
  [
    'a non-numeric list limit',
    '/crm/objects/2026-09/tickets?limit=ten',
    {},
    400,
    'VALIDATION_ERROR',
  ],
  [
    'archived that is not a boolean',
    '/crm/objects/2026-09/tickets/5000001?archived=maybe',
    {},
    400,
    'VALIDATION_ERROR',
  ],
  // Ids and types
  [
    'a non-numeric ticket id',
    '/crm/objects/2026-09/tickets/not-an-id',
    {},
    404,
    'OBJECT_NOT_FOUND',
  ],
  [
    'a missing ticket id on update',
    '/crm/objects/2026-09/tickets/5999999',
    { method: 'PATCH', body: { properties: { subject: 'x' } } },
    404,
    'OBJECT_NOT_FOUND',
  ],
  ['an unknown object type', '/crm/objects/2026-09/widgets/1', {}, 400, 'VALIDATION_ERROR'],
  [
    'an association to a missing record',
    '/crm/objects/2026-09/tickets/5000001/associations/default/contacts/1999999',
    { method: 'PUT' },
    404,
    'OBJECT_NOT_FOUND',
  ],
  [
    'a labelled association with the wrong category',
    `/crm/objects/2026-09/tickets/5000001/associations/contacts/${DEMO_FACTS.contactWithoutTickets}`,
    { method: 'PUT', body: [{ associationCategory: 'USER_DEFINED', associationTypeId: 16 }] },
    400,
    'VALIDATION_ERROR',
  ],
  // Auth
  [
    'no Authorization header',
    '/crm/objects/2026-09/tickets/5000001',
    { anonymous: true },
    401,
    'INVALID_AUTHENTICATION',
  ],
  [
    'a wrong token',
    '/crm/objects/2026-09/tickets/5000001',
    { headers: { authorization: 'Bearer pat-na1-wrong' } },
    401,
    'INVALID_AUTHENTICATION',
  ],
  [
    'a Basic Authorization header',
    '/crm/objects/2026-09/tickets/5000001',
    { headers: { authorization: 'Basic dXNlcjpwYXNz' } },
    401,
    'INVALID_AUTHENTICATION',
  ],
  [
    'a write without a token',
    '/crm/objects/2026-09/tickets',
    { anonymous: true, method: 'POST', body: validTicket },
    401,
    'INVALID_AUTHENTICATION',
  ],
  // Routing (GET .../tickets/search is a read of id "search": 404, as in HubSpot)
  ['an unknown route', '/crm/objects/2026-09/tickets/1/nothing/here', {}, 404, null],
  [
    'an unknown route under 2026-09',
    '/crm/objects/2026-09/tickets/5000001/associations',
    {},
    404,
    null,
  ],
  // The legacy v3/v4 paths are gone (issue 9): HubSpot's end of support, no caller left.
  ['a legacy v3 object read', '/crm/v3/objects/tickets/5000001', {}, 404, 'OBJECT_NOT_FOUND'],
  [
    'a legacy v4 association page',
    '/crm/v4/objects/contacts/1000005/associations/tickets',
    {},
    404,
    'OBJECT_NOT_FOUND',
  ],
  ['a legacy v3 pipelines read', '/crm/v3/pipelines/tickets', {}, 404, 'OBJECT_NOT_FOUND'],
  [
    'a wrong method on a known path',
    '/crm/objects/2026-09/tickets/batch/read',
    { method: 'PUT' },
    405,
    null,
  ],
  ['DELETE on the collection', '/crm/objects/2026-09/tickets', { method: 'DELETE' }, 405, null],
  // Batches
  [
    'batch create of 101',
    '/crm/objects/2026-09/tickets/batch/create',
    { method: 'POST', body: { inputs: Array.from({ length: 101 }, () => validTicket) } },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'batch read of 101',
    '/crm/objects/2026-09/tickets/batch/read',
    {
      method: 'POST',
      body: {
        inputs: Array.from({ length: 101 }, (_, n) => ({ id: String(5000001 + n) })),
        properties: [],
      },
    },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'batch archive of 101',
    '/crm/objects/2026-09/tickets/batch/archive',
    {
      method: 'POST',
      body: { inputs: Array.from({ length: 101 }, (_, n) => ({ id: String(5000001 + n) })) },
    },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'batch update with a duplicate id',
    '/crm/objects/2026-09/tickets/batch/update',
    {
      method: 'POST',
      body: {
        inputs: [
          { id: '5000001', properties: { subject: 'a' } },
          { id: '5000001', properties: { subject: 'b' } },
        ],
      },
    },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'batch create with one bad input',
    '/crm/objects/2026-09/tickets/batch/create',
    { method: 'POST', body: { inputs: [validTicket, { properties: { subject: 'no stage' } }] } },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'batch without inputs',
    '/crm/objects/2026-09/tickets/batch/update',
    { method: 'POST', body: { input: [] } },
    400,
    'VALIDATION_ERROR',
  ],
  // Portal rules (the demo requires a category on create)
  [
    'a create the portal rules refuse',
    '/crm/objects/2026-09/tickets',
    { method: 'POST', body: { properties: { subject: 'x', hs_pipeline_stage: stage } } },
    400,
    'VALIDATION_ERROR',
  ],
  [
    'an owner id that is no owner',
    '/crm/objects/2026-09/tickets/5000001',
    { method: 'PATCH', body: { properties: { hubspot_owner_id: '123' } } },
    400,
    'VALIDATION_ERROR',
  ],
  // Owners
  ['a non-numeric owner id', '/crm/owners/2026-09/sofia', {}, 400, 'VALIDATION_ERROR'],
  ['an owners limit over 500', '/crm/owners/2026-09?limit=501', {}, 400, 'VALIDATION_ERROR'],
  ['an unknown owner', '/crm/owners/2026-09/71230000', {}, 404, 'OBJECT_NOT_FOUND'],
  // Schema writes
  [
    'a property definition without a type',
    '/crm/properties/2026-09/tickets',
    {
      method: 'POST',
      body: { name: 'x', label: 'X', fieldType: 'text', groupName: 'ticketinformation' },
    },
    400,
    'VALIDATION_ERROR',
  ],
];

describe('each bad request', () => {
  it.each(corpus)(
    '%s (%s) answers the right status with the envelope and changes nothing',
    async (_name, path, request, status, category) => {
      const before = await h.control.snapshot();
      const response = await rawCall(h.sandbox.url, path, request);
      expect(response.status).toBe(status);
      expect(response.contentType).toMatch(/^application\/json/);
      expectEnvelope(response.body, category ?? undefined);
      expect(await h.control.snapshot()).toEqual(before);
    },
  );
});

it('counts every rejected call in the request log under its route', async () => {
  await h.control.clearRequests();
  await rawCall(h.sandbox.url, '/crm/objects/2026-09/tickets/search', {
    method: 'POST',
    body: { limit: 201 },
  });
  await rawCall(h.sandbox.url, '/crm/v3/nothing', {});
  const log = await h.control.requests();
  expect(log.byRoute['POST /crm/objects/2026-09/{objectType}/search']).toBe(1);
  expect(log.total).toBe(2);
  expect(log.log.map((entry) => entry.status)).toEqual([400, 404]);
});
