/**
 * The sandbox answers this machine only: a web page the developer visits must not be able
 * to wipe its data with a cross-origin "simple" POST, nor read it through DNS rebinding
 * (a foreign host name that resolves to 127.0.0.1). Raw HTTP, because fetch cannot set Host.
 */
import http from 'node:http';
import { startSandbox } from '../src/server';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 'demo', quiet: true });
});
afterAll(() => sandbox.close());

function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: sandbox.port, method, path, headers },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const ticketCount = async (): Promise<number> => {
  const health = await raw('GET', '/__sandbox/health', { host: `127.0.0.1:${sandbox.port}` });
  return (JSON.parse(health.body) as { counts: { tickets: number } }).counts.tickets;
};

describe('requests from elsewhere than this machine', () => {
  it.each(['evil.example', 'rebind.example:4010', '10.0.0.5'])(
    'refuses the foreign Host %s on the control API and on HubSpot routes',
    async (host) => {
      const control = await raw('GET', '/__sandbox/snapshot', { host });
      expect(control.status).toBe(403);
      expect(JSON.parse(control.body)).toMatchObject({ status: 'error', category: 'FORBIDDEN' });
      expect(control.body).not.toContain('"objects"');
      const api = await raw('GET', '/crm/objects/2026-09/tickets?limit=1', {
        host,
        authorization: 'Bearer local-dev-token',
      });
      expect(api.status).toBe(403);
    },
  );

  it('accepts loopback hosts, with or without a port', async () => {
    for (const host of ['127.0.0.1', `localhost:${sandbox.port}`, `[::1]:${sandbox.port}`]) {
      expect((await raw('GET', '/__sandbox/health', { host })).status).toBe(200);
    }
  });

  it('refuses a cross-origin reset and keeps the data', async () => {
    const before = await ticketCount();
    const reset = await raw(
      'POST',
      '/__sandbox/reset',
      {
        host: `127.0.0.1:${sandbox.port}`,
        origin: 'https://evil.example',
        'content-type': 'application/json',
      },
      '{"seed":"empty"}',
    );
    expect(reset.status).toBe(403);
    expect(await ticketCount()).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it('refuses a state-changing control call that is not JSON (what a form or text/plain POST sends)', async () => {
    const before = await ticketCount();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const reset = await raw('POST', '/__sandbox/reset', {
        host: '127.0.0.1',
        ...(type ? { 'content-type': type } : {}),
      });
      expect(reset.status).toBe(415);
    }
    expect(await ticketCount()).toBe(before);
  });

  it('lets a loopback origin (the preview) through', async () => {
    const health = await raw('GET', '/__sandbox/health', {
      host: '127.0.0.1',
      origin: 'http://127.0.0.1:5173',
    });
    expect(health.status).toBe(200);
  });
});

describe('errors fastify raises before routing', () => {
  it.each([
    ['a broken %-escape', '/crm/objects/2026-09/tickets/%E0%A4%A', 400],
    ['an over-long id', `/crm/objects/2026-09/tickets/${'9'.repeat(600)}`, 414],
  ])('answers %s in HubSpot envelope, not FST_ERR_*', async (_what, path, status) => {
    const answer = await raw('GET', path, {
      host: '127.0.0.1',
      authorization: 'Bearer local-dev-token',
    });
    expect(answer.status).toBe(status);
    expect(answer.body).not.toContain('FST_ERR');
    expect(JSON.parse(answer.body)).toMatchObject({
      status: 'error',
      category: 'VALIDATION_ERROR',
      correlationId: expect.any(String),
    });
  });
});
