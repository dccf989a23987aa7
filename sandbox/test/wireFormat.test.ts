/**
 * The raw JSON of the sandbox's 2026-09 answers as any client sees it (string ids and
 * values, ISO dates, string association ids, paging links) and the query-string forms
 * HubSpot accepts (repeated or comma-separated lists, object type ids).
 */
import { DEMO_FACTS } from '../src/seeds/demoFacts';
import { rawCall, startHarness, type Harness, type Json } from './sdkHarness';

const ISO_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const NEW = {
  hs_pipeline_stage: DEMO_FACTS.pipelines.support.stages.new,
  hs_ticket_category: 'PRODUCT_ISSUE',
};
let h: Harness;

beforeAll(async () => {
  h = await startHarness('demo', { config: { rateLimits: { tenSecondly: null, secondly: null } } });
});
afterAll(() => h.sandbox.close());

const get = async (path: string): Promise<Json> => {
  const response = await rawCall(h.sandbox.url, path);
  expect(response.status).toBe(200);
  expect(response.contentType).toMatch(/^application\/json/);
  return response.body;
};

it('sends ids and every property value as strings (or null), dates as ISO with ms and Z', async () => {
  const ticket = await get(
    '/crm/objects/2026-09/tickets/5000001?properties=subject,createdate,closed_date,hs_ticket_priority',
  );
  expect(ticket.id).toBe('5000001');
  expect(ticket.createdAt).toMatch(ISO_MS);
  expect(ticket.updatedAt).toMatch(ISO_MS);
  expect(ticket.archived).toBe(false);
  const properties = ticket.properties as Record<string, unknown>;
  for (const value of Object.values(properties)) {
    expect(value === null || typeof value === 'string').toBe(true);
  }
  expect(properties.createdate).toMatch(ISO_MS);
});

it('accepts properties as repeated keys or comma-separated, and the object type id 0-5', async () => {
  const repeated = await get(
    '/crm/objects/2026-09/tickets/5000001?properties=subject&properties=hs_ticket_priority',
  );
  const comma = await get('/crm/objects/2026-09/0-5/5000001?properties=subject,hs_ticket_priority');
  expect(Object.keys(repeated.properties as Json).sort()).toEqual(
    Object.keys(comma.properties as Json).sort(),
  );
  expect(repeated.properties).toHaveProperty('hs_ticket_priority');
});

it('gives list pages a next cursor with a link, and list results associations when asked', async () => {
  const page = await get('/crm/objects/2026-09/tickets?limit=2&associations=contacts');
  const next = (page.paging as { next: { after: string; link: string } }).next;
  expect(next.after).toMatch(/^\d+$/);
  expect(next.link).toContain(`after=${next.after}`);
  const results = page.results as Json[];
  expect(results).toHaveLength(2);
  const withAssociations = results.filter((r) => r.associations !== undefined);
  // Demo tickets mostly have a contact; those without one carry no associations key.
  expect(withAssociations.length).toBeGreaterThan(0);
  for (const result of withAssociations) {
    expect(Object.keys(result.associations as Json)).toEqual(['contacts']);
  }
});

it('sends association ids as strings (2026-09) in a batch read page of at most 500', async () => {
  const response = await rawCall(
    h.sandbox.url,
    '/crm/associations/2026-09/companies/tickets/batch/read',
    { method: 'POST', body: { inputs: [{ id: DEMO_FACTS.companyWithManyTickets }] } },
  );
  expect(response.status).toBe(200);
  const [row] = response.body.results as {
    to: { toObjectId: unknown; associationTypes: Json[] }[];
  }[];
  const results = row?.to ?? [];
  expect(results.length).toBeGreaterThanOrEqual(300);
  expect(results.length).toBeLessThanOrEqual(500);
  expect(typeof results[0]?.toObjectId).toBe('string');
  expect(results[0]?.associationTypes[0]).toMatchObject({
    category: 'HUBSPOT_DEFINED',
    typeId: expect.any(Number),
  });
  expect(results.some((r) => r.associationTypes.some((t) => t.typeId === 340))).toBe(true);
});

it('sends the default-link body with `from`, both directions, and batch times', async () => {
  const ticket = (
    await rawCall(h.sandbox.url, '/crm/objects/2026-09/tickets', {
      method: 'POST',
      body: { properties: { subject: 'raw', ...NEW } },
    })
  ).body.id as string;
  const response = await rawCall(
    h.sandbox.url,
    `/crm/objects/2026-09/tickets/${ticket}/associations/default/contacts/${DEMO_FACTS.contactWithoutTickets}`,
    { method: 'PUT' },
  );
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({
    status: 'COMPLETE',
    results: expect.arrayContaining([
      {
        from: { id: ticket },
        to: { id: DEMO_FACTS.contactWithoutTickets },
        associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 },
      },
    ]),
    startedAt: expect.stringMatching(ISO_MS),
    completedAt: expect.stringMatching(ISO_MS),
  });
});

it('answers 204 with an empty body to DELETE of a ticket', async () => {
  const ticket = (
    await rawCall(h.sandbox.url, '/crm/objects/2026-09/tickets', {
      method: 'POST',
      body: { properties: { subject: 'gone', ...NEW } },
    })
  ).body.id as string;
  const response = await rawCall(h.sandbox.url, `/crm/objects/2026-09/tickets/${ticket}`, {
    method: 'DELETE',
  });
  expect(response.status).toBe(204);
  expect(response.text).toBe('');
  const archived = await get(`/crm/objects/2026-09/tickets/${ticket}?archived=true`);
  expect(archived.archivedAt).toMatch(ISO_MS);
});
