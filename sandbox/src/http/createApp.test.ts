import { startSandbox, type RunningSandbox } from '../server';
import { createSandboxControl, type SandboxControl } from '../control';

/**
 * The HTTP shell around the store: auth, the error envelope for requests that never reach
 * a handler, 405s, rate-limit headers and the control API's isolation. Endpoint
 * behaviour through the SDK is covered by sandbox/test.
 */

let sandbox: RunningSandbox;
let control: SandboxControl;
const auth = { authorization: 'Bearer local-dev-token' };

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, quiet: true, seed: 'demo' });
  control = createSandboxControl(sandbox.url);
});

afterAll(() => sandbox.close());

beforeEach(async () => {
  await control.resetConfig();
  await control.clearRequests();
});

async function call(
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    ...init,
    headers: { ...auth, ...(init.headers ?? {}) },
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

function expectEnvelope(
  result: { headers: Headers; body: Record<string, unknown> },
  category: string,
): void {
  expect(result.headers.get('content-type')).toMatch(/^application\/json/);
  expect(result.body).toMatchObject({ status: 'error', category, message: expect.any(String) });
  expect(result.body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
}

describe('requests that never reach a handler', () => {
  it.each([
    [
      'no token',
      { authorization: '' },
      'GET',
      '/crm/objects/2026-09/tickets/5000001',
      undefined,
      401,
      'INVALID_AUTHENTICATION',
    ],
    [
      'a wrong token',
      { authorization: 'Bearer nope' },
      'GET',
      '/crm/objects/2026-09/tickets/5000001',
      undefined,
      401,
      'INVALID_AUTHENTICATION',
    ],
    [
      'malformed JSON',
      { 'content-type': 'application/json' },
      'POST',
      '/crm/objects/2026-09/tickets',
      '{"properties":',
      400,
      'VALIDATION_ERROR',
    ],
    [
      'a text body',
      { 'content-type': 'text/plain' },
      'POST',
      '/crm/objects/2026-09/tickets',
      'subject=x',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['an unknown route', {}, 'GET', '/crm/v3/nothing/here', undefined, 404, 'OBJECT_NOT_FOUND'],
    [
      'an unknown object type',
      {},
      'GET',
      '/crm/objects/2026-09/deals/1',
      undefined,
      400,
      'VALIDATION_ERROR',
    ],
  ])(
    '%s gets HubSpot’s JSON envelope',
    async (_name, headers, method, path, body, status, category) => {
      const result = await call(path, {
        method,
        headers: headers as Record<string, string>,
        ...(body === undefined ? {} : { body }),
      });
      expect(result.status).toBe(status);
      expectEnvelope(result, category);
    },
  );

  it('answers a wrong method with 405 and the allowed ones', async () => {
    const result = await call('/crm/objects/2026-09/tickets/5000001', { method: 'POST' });
    expect(result.status).toBe(405);
    expect(result.headers.get('allow')).toBe('GET, PATCH, DELETE');
    expectEnvelope(result, 'METHOD_NOT_ALLOWED');
  });

  it('refuses bodies over the limit with 413', async () => {
    const result = await call('/crm/objects/2026-09/tickets', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ properties: { subject: 'x'.repeat(5 * 1024 * 1024) } }),
    });
    expect(result.status).toBe(413);
    expectEnvelope(result, 'VALIDATION_ERROR');
  });

  it('accepts a bodiless PUT with a JSON content type', async () => {
    const result = await call(
      '/crm/objects/2026-09/tickets/5000010/associations/default/contacts/1000040',
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
      },
    );
    expect(result.status).toBe(200);
  });
});

describe('rate limits over HTTP', () => {
  it('sends the limit headers and answers 429 with the policy once spent', async () => {
    await control.setConfig({ rateLimits: { tenSecondly: 2 } });
    const first = await call('/crm/pipelines/2026-09/tickets');
    expect(first.headers.get('x-hubspot-ratelimit-max')).toBe('2');
    expect(first.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
    await call('/crm/pipelines/2026-09/tickets');
    const third = await call('/crm/pipelines/2026-09/tickets');
    expect(third.status).toBe(429);
    expect(third.body).toEqual({
      status: 'error',
      message: 'You have reached your ten_secondly_rolling limit.',
      errorType: 'RATE_LIMIT',
      correlationId: expect.any(String),
      policyName: 'TEN_SECONDLY_ROLLING',
      requestId: expect.any(String),
    });
    await control.reset();
  });

  it('limits searches per second with the exact secondly body', async () => {
    await control.setConfig({ rateLimits: { secondly: 1 } });
    const search = () =>
      call('/crm/objects/2026-09/tickets/search', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
    expect((await search()).status).toBe(200);
    const limited = await search();
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({
      message: 'You have reached your secondly limit.',
      policyName: 'SECONDLY',
    });
    await control.reset();
  });
});

describe('the control API', () => {
  it('is neither counted nor authenticated, and counts HubSpot calls by route key', async () => {
    await call('/crm/objects/2026-09/tickets/5000001');
    await call('/crm/objects/2026-09/contacts/1000001');
    await control.health();
    const log = await control.requests();
    expect(log.total).toBe(2);
    expect(log.byRoute).toEqual({ 'GET /crm/objects/2026-09/{objectType}/{objectId}': 2 });
    expect(log.log[0]).toMatchObject({
      method: 'GET',
      path: '/crm/objects/2026-09/tickets/5000001',
      status: 200,
    });
  });

  it('injects the next failures on matching routes only', async () => {
    await control.failNext({
      count: 1,
      status: 503,
      match: 'POST /crm/objects/2026-09/{objectType}/search',
    });
    expect((await call('/crm/objects/2026-09/tickets/5000001')).status).toBe(200);
    const failed = await call('/crm/objects/2026-09/tickets/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(failed.status).toBe(503);
    expectEnvelope(failed, 'SERVICE_UNAVAILABLE');
  });

  it('rejects an invalid config patch and keeps the old config', async () => {
    await expect(control.setConfig({ indexLagMs: -1 })).rejects.toMatchObject({ status: 400 });
    expect((await control.getConfig()).indexLagMs).toBe(0);
  });
});
