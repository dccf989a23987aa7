/**
 * Owners 2026-09 (`GET /crm/owners/2026-09`, `/{ownerId}`) and what hangs off them: the
 * demo's seeded owners, tickets' `hubspot_owner_id`, and the property's owner options.
 */
import { DEMO_FACTS, DEMO_OWNERS } from '../src/seeds/demoFacts';
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

interface OwnerPage {
  results: Json[];
  paging?: { next: { after: string; link: string } };
}

test('lists the demo owners with names, emails, user ids and teams', async () => {
  const page = await crmExpect<OwnerPage>(h.client, 200, 'GET', crmPath.owners());
  expect(page.results).toHaveLength(DEMO_OWNERS.length);
  expect(page.paging).toBeUndefined();
  expect(page.results[0]).toEqual({
    id: '71234501',
    email: 'sofia.lindqvist@helpdesk.example',
    firstName: 'Sofia',
    lastName: 'Lindqvist',
    userId: 9000001,
    type: 'PERSON',
    teams: [{ id: '4100001', name: 'Support', primary: true }],
    archived: false,
    createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  });
});

test('pages with limit and after until the last page, which has no paging', async () => {
  const seen: string[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page: OwnerPage = await crmExpect<OwnerPage>(h.client, 200, 'GET', crmPath.owners(), {
      qs: { limit: 3, after },
    });
    pages += 1;
    seen.push(...page.results.map((owner) => String(owner.id)));
    after = page.paging?.next.after;
  } while (after !== undefined);
  expect(pages).toBe(3);
  expect(seen).toEqual(DEMO_OWNERS.map((owner) => owner.id));
});

test('finds an owner by email, whatever its case', async () => {
  const page = await crmExpect<OwnerPage>(h.client, 200, 'GET', crmPath.owners(), {
    qs: { email: 'PRIYA.RAMAN@helpdesk.example' },
  });
  expect(page.results.map((owner) => owner.id)).toEqual(['71234503']);
  const none = await crmExpect<OwnerPage>(h.client, 200, 'GET', crmPath.owners(), {
    qs: { email: 'nobody@helpdesk.example' },
  });
  expect(none.results).toEqual([]);
});

test('archived=true lists the archived owners only (none in the demo)', async () => {
  const page = await crmExpect<OwnerPage>(h.client, 200, 'GET', crmPath.owners(), {
    qs: { archived: true },
  });
  expect(page.results).toEqual([]);
});

test('reads one owner by id or by userId; an unknown one is a 404', async () => {
  const byId = await crmExpect<Json>(h.client, 200, 'GET', crmPath.owner('71234505'));
  expect(byId).toMatchObject({ id: '71234505', firstName: 'Yuki', userId: 9000005 });
  const byUser = await crmExpect<Json>(h.client, 200, 'GET', crmPath.owner('9000005'), {
    qs: { idProperty: 'userId' },
  });
  expect(byUser.id).toBe('71234505');
  const missing = await crmCall(h.client, 'GET', crmPath.owner('71239999'));
  expect(missing).toMatchObject({
    status: 404,
    body: { status: 'error', category: 'OBJECT_NOT_FOUND' },
  });
  // A user id is not an owner id.
  expect((await crmCall(h.client, 'GET', crmPath.owner('9000005'))).status).toBe(404);
});

test('refuses a bad limit, cursor, idProperty or owner id with a 400', async () => {
  const bad = [
    await crmCall(h.client, 'GET', crmPath.owners(), { qs: { limit: 0 } }),
    await crmCall(h.client, 'GET', crmPath.owners(), { qs: { limit: 501 } }),
    await crmCall(h.client, 'GET', crmPath.owners(), { qs: { after: 'abc' } }),
    await crmCall(h.client, 'GET', crmPath.owner('71234501'), { qs: { idProperty: 'email' } }),
    await crmCall(h.client, 'GET', crmPath.owner('sofia')),
  ];
  expect(bad.map((answer) => [answer.status, answer.body.category])).toEqual(
    Array.from({ length: 5 }, () => [400, 'VALIDATION_ERROR']),
  );
});

test('logs owner calls under their 2026-09 route keys', async () => {
  await h.control.clearRequests();
  await crmExpect(h.client, 200, 'GET', crmPath.owners());
  await crmExpect(h.client, 200, 'GET', crmPath.owner('71234501'));
  const log = await h.control.requests();
  expect(log.byRoute).toEqual({ [ROUTE_KEYS.listOwners]: 1, [ROUTE_KEYS.getOwner]: 1 });
});

describe('ticket owners', () => {
  test('most demo tickets have an owner, some are unassigned, one owner has none', async () => {
    const records = (await h.control.snapshot()).objects['0-5'];
    const owners = records.map((ticket) => ticket.properties.hubspot_owner_id);
    const assigned = owners.filter((owner) => owner !== undefined);
    expect(assigned.length).toBeGreaterThan(records.length / 2);
    expect(assigned.length).toBeLessThan(records.length);
    const ownerIds = new Set(DEMO_OWNERS.map((owner) => owner.id));
    for (const owner of assigned) expect(ownerIds.has(owner ?? '')).toBe(true);
    expect(owners).not.toContain(DEMO_FACTS.ownerWithoutTickets);
    expect(owners).toContain(DEMO_FACTS.currentUserOwnerId);
  });

  test('hubspot_owner_id lists the owners as its options', async () => {
    const property = await crmExpect<{ options: { value: string; label: string }[] }>(
      h.client,
      200,
      'GET',
      crmPath.property('tickets', 'hubspot_owner_id'),
    );
    expect(property.options.map((option) => [option.value, option.label])).toEqual(
      DEMO_OWNERS.map((owner) => [owner.id, `${owner.firstName} ${owner.lastName}`]),
    );
  });

  test('a ticket can be assigned, unassigned, and not given an unknown owner', async () => {
    const ticket = '5000001';
    const assigned = await crmExpect<{ properties: Json }>(
      h.client,
      200,
      'PATCH',
      crmPath.object('tickets', ticket),
      { body: { properties: { hubspot_owner_id: '71234506' } } },
    );
    expect(assigned.properties.hubspot_owner_id).toBe('71234506');
    const refused = await crmCall(h.client, 'PATCH', crmPath.object('tickets', ticket), {
      body: { properties: { hubspot_owner_id: '9000006' } },
    });
    expect(refused).toMatchObject({ status: 400, body: { category: 'VALIDATION_ERROR' } });
    expect(String(refused.body.message)).toContain('INVALID_OWNER_ID');
    await crmExpect(h.client, 200, 'PATCH', crmPath.object('tickets', ticket), {
      body: { properties: { hubspot_owner_id: '' } },
    });
    const read = await crmExpect<{ properties: Json }>(
      h.client,
      200,
      'GET',
      crmPath.object('tickets', ticket),
      { qs: { properties: 'hubspot_owner_id' } },
    );
    expect(read.properties.hubspot_owner_id).toBeNull();
  });
});
