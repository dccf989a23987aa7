/**
 * Injected faults against the SDK's own retry (`numberOfApiCallRetries`), and HubSpot's
 * rate limits when set low through the control API: headers and exact 429 bodies.
 */
import { apiException, rawCall, startHarness, type Harness } from './sdkHarness';

const TICKET_ROUTE = 'GET /crm/v3/objects/{objectType}/{objectId}';
const SEARCH_ROUTE = 'POST /crm/v3/objects/{objectType}/search';
const LIMITS_OFF = { tenSecondly: null, secondly: null, daily: null };

let h: Harness;
let ticketId = '';

beforeAll(async () => {
  h = await startHarness('demo', {}, { numberOfApiCallRetries: 3 });
  ticketId = (await h.client.crm.tickets.basicApi.getPage(1)).results[0]?.id ?? '';
  expect(ticketId).toMatch(/^\d+$/);
});
afterAll(() => h.sandbox.close());
beforeEach(async () => {
  // The SDK logs every retry on console.error; the counts below are what matters.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await h.control.reset();
  await h.control.resetConfig();
  await h.control.setConfig({ rateLimits: LIMITS_OFF });
});
afterEach(() => jest.restoreAllMocks());

async function callsTo(route: string): Promise<number> {
  return (await h.control.requests()).byRoute[route] ?? 0;
}

describe('the SDK retry against injected faults', () => {
  it.each([500, 502, 503] as const)('retries %i and succeeds', async (status) => {
    await h.control.failNext({ count: 2, status, match: TICKET_ROUTE });
    const ticket = await h.client.crm.tickets.basicApi.getById(ticketId);
    expect(ticket.id).toBe(ticketId);
    expect(await callsTo(TICKET_ROUTE)).toBe(3);
  });

  it('gives up after numberOfApiCallRetries attempts with the last ApiException', async () => {
    await h.control.failNext({ count: 5, status: 503, match: TICKET_ROUTE });
    const error = await apiException(h.client.crm.tickets.basicApi.getById(ticketId));
    expect(error.code).toBe(503);
    expect(error.body).toMatchObject({ status: 'error', category: 'SERVICE_UNAVAILABLE' });
    expect(await callsTo(TICKET_ROUTE)).toBe(3);
  });

  it('retries a SECONDLY 429 after its 1 s wait', async () => {
    await h.control.failNext({ count: 1, status: 429, policy: 'SECONDLY', match: SEARCH_ROUTE });
    const page = await h.client.crm.tickets.searchApi.doSearch({ limit: 1 });
    expect(page.results).toHaveLength(1);
    expect(await callsTo(SEARCH_ROUTE)).toBe(2);
  });

  it('retries when the real search limit (set to 1 / s) answers 429 SECONDLY', async () => {
    await h.control.setConfig({ rateLimits: { secondly: 1 } });
    await h.client.crm.tickets.searchApi.doSearch({ limit: 1 });
    const second = await h.client.crm.tickets.searchApi.doSearch({ limit: 1 });
    expect(second.results).toHaveLength(1);
    const log = (await h.control.requests()).log.filter((entry) => entry.route === SEARCH_ROUTE);
    expect(log.map((entry) => entry.status)).toEqual([200, 429, 200]);
  });

  // TEN_SECONDLY_ROLLING makes the SDK wait 10 s x attempt before retrying, so this test
  // waits ~10 s: one failure only. That wait alone can exceed an app function's budget.
  it('retries a TEN_SECONDLY_ROLLING 429 (after a 10 s wait)', async () => {
    await h.control.failNext({
      count: 1,
      status: 429,
      policy: 'TEN_SECONDLY_ROLLING',
      match: TICKET_ROUTE,
    });
    const ticket = await h.client.crm.tickets.basicApi.getById(ticketId);
    expect(ticket.id).toBe(ticketId);
    expect(await callsTo(TICKET_ROUTE)).toBe(2);
  }, 25_000);

  it('does not retry a DAILY 429 or a 404', async () => {
    await h.control.failNext({ count: 1, status: 429, policy: 'DAILY', match: TICKET_ROUTE });
    const daily = await apiException(h.client.crm.tickets.basicApi.getById(ticketId));
    expect(daily.code).toBe(429);
    expect(daily.body).toMatchObject({ policyName: 'DAILY', errorType: 'RATE_LIMIT' });
    const missing = await apiException(h.client.crm.tickets.basicApi.getById('5999999'));
    expect(missing.code).toBe(404);
    expect(await callsTo(TICKET_ROUTE)).toBe(2);
  });
});

describe('rate limits set low', () => {
  const path = () => `/crm/v3/objects/tickets/${ticketId}`;

  it('counts down X-HubSpot-RateLimit-Remaining and answers the exact TEN_SECONDLY_ROLLING 429', async () => {
    await h.control.setConfig({ rateLimits: { tenSecondly: 3, daily: 1000 } });
    const remaining: (string | null)[] = [];
    for (let n = 0; n < 3; n += 1) {
      const response = await rawCall(h.sandbox.url, path());
      expect(response.status).toBe(200);
      expect(response.headers.get('x-hubspot-ratelimit-max')).toBe('3');
      expect(response.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
      expect(response.headers.get('x-hubspot-ratelimit-daily')).toBe('1000');
      expect(response.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe(String(999 - n));
      remaining.push(response.headers.get('x-hubspot-ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await rawCall(h.sandbox.url, path());
    expect(limited.status).toBe(429);
    expect(limited.contentType).toMatch(/^application\/json/);
    expect(limited.body).toEqual({
      status: 'error',
      message: 'You have reached your ten_secondly_rolling limit.',
      errorType: 'RATE_LIMIT',
      correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      policyName: 'TEN_SECONDLY_ROLLING',
    });
    // The control API is never limited.
    expect((await h.control.health()).ok).toBe(true);
  });

  it('answers the exact SECONDLY 429 to searches beyond the search limit, not to other calls', async () => {
    await h.control.setConfig({ rateLimits: { secondly: 2 } });
    const search = () =>
      rawCall(h.sandbox.url, '/crm/v3/objects/tickets/search', {
        method: 'POST',
        body: { limit: 1 },
      });
    expect((await search()).status).toBe(200);
    expect((await search()).status).toBe(200);
    const limited = await search();
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      status: 'error',
      message: 'You have reached your secondly limit.',
      errorType: 'RATE_LIMIT',
      correlationId: expect.any(String),
      policyName: 'SECONDLY',
    });
    expect((await rawCall(h.sandbox.url, path())).status).toBe(200);
  });

  it('answers the DAILY 429 once the daily budget is spent', async () => {
    await h.control.setConfig({ rateLimits: { daily: 1 } });
    expect((await rawCall(h.sandbox.url, path())).status).toBe(200);
    const limited = await rawCall(h.sandbox.url, path());
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({
      message: 'You have reached your daily limit.',
      policyName: 'DAILY',
    });
  });

  it('checks the token before the limit: a wrong token gets 401, not 429', async () => {
    await h.control.setConfig({ rateLimits: { tenSecondly: 1 } });
    expect((await rawCall(h.sandbox.url, path())).status).toBe(200);
    expect((await rawCall(h.sandbox.url, path())).status).toBe(429);
    const other = await rawCall(h.sandbox.url, path(), {
      headers: { authorization: 'Bearer someone-else' },
    });
    expect(other.status).toBe(401);
  });
});

describe('injected latency', () => {
  it('takes per-route latency settings at run time without changing answers', async () => {
    const config = await h.control.setConfig({
      latency: { routes: { [TICKET_ROUTE]: { fixedMs: 30, jitterMs: 10 } } },
    });
    expect(config.latency.routes[TICKET_ROUTE]).toEqual({ fixedMs: 30, jitterMs: 10 });
    const ticket = await h.client.crm.tickets.basicApi.getById(ticketId);
    expect(ticket.id).toBe(ticketId);
  });
});
