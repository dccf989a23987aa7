/**
 * The preview server, like the sandbox, serves this machine only: its /api/sandbox proxy
 * can reset the sandbox and its record routes read CRM data.
 */
import http from 'node:http';
import { createFunctionRuntime, type FunctionRuntime } from '../../runtime/src/functionRuntime';
import { startSandbox, type RunningSandbox } from '../../sandbox/src/server';
import { startPreviewServer } from './previewServer';

const TOKEN = 'preview-local-only-token';
let sandbox: RunningSandbox;
let runtime: FunctionRuntime;
let server: Awaited<ReturnType<typeof startPreviewServer>>;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 'demo', token: TOKEN, quiet: true });
  runtime = createFunctionRuntime({
    env: { HUBSPOT_API_BASE_URL: sandbox.url, PRIVATE_APP_ACCESS_TOKEN: TOKEN },
  });
  server = await startPreviewServer({
    port: 0,
    runtime,
    crm: { baseUrl: sandbox.url, token: TOKEN },
    sandboxUrl: sandbox.url,
    cards: [],
    workerUrls: new Map(),
    bundleDir: '/nonexistent',
    portalId: 42,
    appName: 'Ticket cards',
  });
});

afterAll(async () => {
  await server.close();
  await runtime.close();
  await sandbox.close();
});

function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: server.port, method, path, headers },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const tickets = async (): Promise<number> => {
  const health = (await (await fetch(`${sandbox.url}/__sandbox/health`)).json()) as {
    counts: { tickets: number };
  };
  return health.counts.tickets;
};

describe('the preview server refuses other machines and other sites', () => {
  it('refuses a foreign Host (DNS rebinding)', async () => {
    expect(await raw('GET', '/api/sandbox/health', { host: 'rebind.example:5173' })).toBe(403);
  });

  it('refuses a cross-origin POST that would reset the sandbox, and the data stays', async () => {
    const before = await tickets();
    const status = await raw(
      'POST',
      '/api/sandbox/reset',
      {
        host: `127.0.0.1:${server.port}`,
        origin: 'https://evil.example',
        'content-type': 'application/json',
      },
      '{"seed":"empty"}',
    );
    expect(status).toBe(403);
    expect(await tickets()).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it('serves its own page', async () => {
    expect(
      await raw('GET', '/api/sandbox/health', {
        host: `127.0.0.1:${server.port}`,
        origin: `http://127.0.0.1:${server.port}`,
      }),
    ).toBe(200);
  });
});
