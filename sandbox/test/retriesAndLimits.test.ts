/**
 * Injected faults and HubSpot's rate limits (set low through the control API) on the
 * 2026-09 routes: what the SDK's apiRequest receives, headers and exact 429 bodies.
 */
import { ROUTE_KEYS } from '../src/routeKeys';
import { rawCall, startHarness, type Harness } from './sdkHarness';
import { crmApi, crmFailure, type CrmApi } from './crmApi';

const TICKET_ROUTE = ROUTE_KEYS.getObject;
const SEARCH_ROUTE = ROUTE_KEYS.search;
const LIMITS_OFF = { tenSecondly: null, secondly: null, daily: null };

let h: Harness;
let api: CrmApi;
let ticketId = '';

beforeAll(async () => {
  h = await startHarness('demo', {}, { numberOfApiCallRetries: 3 });
  api = crmApi(h.client);
  ticketId = (await api.getPage('tickets', { limit: 1 })).results[0]?.id ?? '';
  expect(ticketId).toMatch(/^\d+$/);
});
afterAll(() => h.sandbox.close());
beforeEach(async () => {
  await h.control.reset();
  await h.control.resetConfig();
  await h.control.setConfig({ rateLimits: LIMITS_OFF });
});

async function callsTo(route: string): Promise<number> {
  return (await h.control.requests()).byRoute[route] ?? 0;
}

describe('injected faults as apiRequest sees them', () => {
  it.each([
    [500, 'INTERNAL_ERROR'],
    [502, 'BAD_GATEWAY'],
    [503, 'SERVICE_UNAVAILABLE'],
  ] as const)('fails the next calls with %i %s, then answers again', async (status, category) => {
    await h.control.failNext({ count: 2, status, match: TICKET_ROUTE });
    for (let n = 0; n < 2; n += 1) {
      const error = await crmFailure(api.getById('tickets', ticketId));
      expect(error.status).toBe(status);
      expect(error.body).toMatchObject({ status: 'error', category });
    }
    expect((await api.getById('tickets', ticketId)).id).toBe(ticketId);
    expect(await callsTo(TICKET_ROUTE)).toBe(3);
  });

  // The functions retry on their own (within a time budget): the SDK's retry decorator
  // wraps apiRequest but only acts on thrown errors, and apiRequest throws none.
  it('is not retried by the SDK even with numberOfApiCallRetries set', async () => {
    await h.control.failNext({ count: 1, status: 503, match: TICKET_ROUTE });
    expect((await crmFailure(api.getById('tickets', ticketId))).status).toBe(503);
    expect(await callsTo(TICKET_ROUTE)).toBe(1);
  });

  it.each([
    ['SECONDLY', 'You have reached your secondly limit.'],
    ['TEN_SECONDLY_ROLLING', 'You have reached your ten_secondly_rolling limit.'],
    ['DAILY', 'You have reached your daily limit.'],
  ] as const)('serves the %s 429 body with a requestId', async (policy, message) => {
    await h.control.failNext({ count: 1, status: 429, policy, match: SEARCH_ROUTE });
    const error = await crmFailure(api.search('tickets', { limit: 1 }));
    expect(error.status).toBe(429);
    expect(error.body).toEqual({
      status: 'error',
      message,
      errorType: 'RATE_LIMIT',
      correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      policyName: policy,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect((await api.search('tickets', { limit: 1 })).results).toHaveLength(1);
  });

  it('answers the real search limit (set to 1 / s) with SECONDLY 429s until the second passes', async () => {
    await h.control.setConfig({ rateLimits: { secondly: 1 } });
    await api.search('tickets', { limit: 1 });
    expect((await crmFailure(api.search('tickets', { limit: 1 }))).body).toMatchObject({
      policyName: 'SECONDLY',
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await api.search('tickets', { limit: 1 })).results).toHaveLength(1);
    const log = (await h.control.requests()).log.filter((entry) => entry.route === SEARCH_ROUTE);
    expect(log.map((entry) => entry.status)).toEqual([200, 429, 200]);
  });
});

describe('rate limits set low', () => {
  const path = () => `/crm/objects/2026-09/tickets/${ticketId}`;

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
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    // The control API is never limited.
    expect((await h.control.health()).ok).toBe(true);
  });

  it('answers the exact SECONDLY 429 to searches beyond the search limit, not to other calls', async () => {
    await h.control.setConfig({ rateLimits: { secondly: 2 } });
    const search = () =>
      rawCall(h.sandbox.url, '/crm/objects/2026-09/tickets/search', {
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
      requestId: expect.any(String),
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
    const ticket = await api.getById('tickets', ticketId);
    expect(ticket.id).toBe(ticketId);
  });
});
