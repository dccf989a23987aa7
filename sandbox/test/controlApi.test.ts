/**
 * The control API under /__sandbox/, through `createSandboxControl`: config patch and
 * reset, fail-next, fault rates, reset to a seed, snapshot and restore, and per-route
 * request counts. HubSpot calls go through the real SDK's apiRequest (2026-09).
 */
import { createSandboxControl, SandboxControlError } from '../src/control';
import { DEMO_COUNTS, DEMO_FACTS } from '../src/seeds/demoFacts';
import { ROUTE_KEYS } from '../src/routeKeys';
import { rawCall, startHarness, type Harness } from './sdkHarness';
import { crmApi, crmFailure, type CrmApi } from './crmApi';

const stage = DEMO_FACTS.pipelines.support.stages.new;
const GET_ONE = ROUTE_KEYS.getObject;
const SEARCH = ROUTE_KEYS.search;
let h: Harness;
let api: CrmApi;

beforeAll(async () => {
  h = await startHarness('demo', {
    config: { indexLagMs: 5, rateLimits: { tenSecondly: null, secondly: null } },
  });
  api = crmApi(h.client);
});
afterAll(() => h.sandbox.close());
beforeEach(async () => {
  await h.control.resetConfig();
  await h.control.reset('demo');
});

describe('config', () => {
  it('starts from the options given to startSandbox and deep-merges patches', async () => {
    const start = await h.control.getConfig();
    expect(start.indexLagMs).toBe(5);
    expect(start.rateLimits).toMatchObject({ tenSecondly: null, secondly: null });
    const patched = await h.control.setConfig({ rateLimits: { secondly: 3 } });
    expect(patched.rateLimits).toMatchObject({ tenSecondly: null, secondly: 3 });
    expect(patched.indexLagMs).toBe(5);
    expect(await h.control.getConfig()).toEqual(patched);
  });

  it('refuses an invalid patch with 400 and keeps the config', async () => {
    const before = await h.control.getConfig();
    const error = await h.control.setConfig({ indexLagMs: -1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxControlError);
    expect((error as SandboxControlError).status).toBe(400);
    expect(await h.control.getConfig()).toEqual(before);
  });

  it('config/reset goes back to the start config', async () => {
    await h.control.setConfig({
      indexLagMs: 999,
      latency: { default: { fixedMs: 1, jitterMs: 0 } },
    });
    const reset = await h.control.resetConfig();
    expect(reset.indexLagMs).toBe(5);
    expect(reset.latency.default).toEqual({ fixedMs: 0, jitterMs: 0 });
  });
});

describe('fail-next', () => {
  it('fails exactly the next N matching calls, leaving others alone', async () => {
    const { pending } = await h.control.failNext({ count: 2, status: 502, match: SEARCH });
    expect(pending).toBe(2);
    const ticket = await api.getById('tickets', '5000001');
    expect(ticket.id).toBe('5000001');
    for (let n = 0; n < 2; n += 1) {
      const error = await crmFailure(api.search('tickets', { limit: 1 }));
      expect(error.status).toBe(502);
    }
    expect((await api.search('tickets', { limit: 1 })).results).toHaveLength(1);
  });

  it('matches a METHOD /path prefix and serves 429 bodies of the asked policy', async () => {
    await h.control.failNext({
      count: 1,
      status: 429,
      policy: 'DAILY',
      match: 'GET /crm/objects/2026-09/tickets',
    });
    const response = await rawCall(h.sandbox.url, '/crm/objects/2026-09/tickets/5000001');
    expect(response.status).toBe(429);
    expect(response.body).toMatchObject({ policyName: 'DAILY', errorType: 'RATE_LIMIT' });
    expect((await rawCall(h.sandbox.url, '/crm/objects/2026-09/tickets/5000001')).status).toBe(200);
  });

  it('refuses a status it cannot inject', async () => {
    const error = await h.control
      .failNext({ count: 1, status: 418 as 500 })
      .catch((e: unknown) => e);
    expect((error as SandboxControlError).status).toBe(400);
  });
});

describe('fault rates', () => {
  it('fails every call of a route at rate 1 and none elsewhere', async () => {
    await h.control.setConfig({ faults: { routes: { [SEARCH]: { '503': 1 } } } });
    expect((await crmFailure(api.search('tickets', { limit: 1 }))).status).toBe(503);
    expect((await api.getById('tickets', '5000001')).id).toBe('5000001');
    await h.control.setConfig({ faults: { rates: { '500': 1 } } });
    expect((await crmFailure(api.getById('tickets', '5000001'))).status).toBe(500);
    // The control API itself is never faulted.
    expect((await h.control.health()).ok).toBe(true);
  });
});

describe('reset', () => {
  it('reloads the current seed, dropping writes', async () => {
    const created = await api.create('tickets', {
      properties: {
        subject: 'temp',
        hs_pipeline_stage: stage,
        hs_ticket_category: 'PRODUCT_ISSUE',
      },
    });
    const health = await h.control.reset();
    expect(health).toMatchObject({ ok: true, seed: 'demo' });
    expect(health.counts.companies).toBe(DEMO_COUNTS.companies);
    expect(health.counts.contacts).toBe(DEMO_COUNTS.contacts);
    const error = await crmFailure(api.getById('tickets', created.id));
    expect(error.status).toBe(404);
  });

  it('switches seed and refuses an unknown one', async () => {
    expect((await h.control.reset('empty')).counts).toEqual({
      tickets: 0,
      contacts: 0,
      companies: 0,
    });
    const error = await h.control.reset('huge').catch((e: unknown) => e);
    expect((error as SandboxControlError).status).toBe(400);
    expect((await h.control.health()).seed).toBe('empty');
  });
});

describe('snapshot', () => {
  it('restores a store taken earlier', async () => {
    const taken = await h.control.snapshot();
    const created = await api.create('tickets', {
      properties: {
        subject: 'after snapshot',
        hs_pipeline_stage: stage,
        hs_ticket_category: 'PRODUCT_ISSUE',
      },
    });
    await h.control.restore(taken);
    expect((await crmFailure(api.getById('tickets', created.id))).status).toBe(404);
    expect(await h.control.snapshot()).toEqual(taken);
  });
});

describe('request counts', () => {
  it('counts HubSpot calls per route key, never control calls, and clears', async () => {
    await h.control.clearRequests();
    await api.getById('tickets', '5000001');
    await api.getById('tickets', '5000002');
    await api.search('tickets', { limit: 1 });
    await h.control.health();
    const log = await h.control.requests();
    expect(log.total).toBe(3);
    expect(log.byRoute).toEqual({ [GET_ONE]: 2, [SEARCH]: 1 });
    expect(log.log[0]).toMatchObject({
      method: 'GET',
      path: '/crm/objects/2026-09/tickets/5000001',
      route: GET_ONE,
      status: 200,
      durationMs: expect.any(Number),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    await h.control.clearRequests();
    expect((await h.control.requests()).total).toBe(0);
  });

  it('works against the sandbox URL with a trailing slash', async () => {
    const control = createSandboxControl(`${h.sandbox.url}/`);
    expect((await control.health()).ok).toBe(true);
  });
});
