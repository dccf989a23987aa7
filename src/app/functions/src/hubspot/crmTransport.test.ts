import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@hubspot/api-client';
import { createBudget } from './callWithBudget';
import { createCrmApi } from './crmApi';
import { CrmHttpError, sendCrmRequest, UnreadableResponse } from './crmTransport';

/** The 2026-09 transport against real local HTTP servers, through the real SDK. */

const TOKEN = 'pat-na1-transport-test-token';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

interface TestServer {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}

function serve(
  answer: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): Promise<TestServer> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body,
      });
      answer(req, res);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        seen,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function json(res: http.ServerResponse, status: number, body: unknown, headers = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function started(
  answer: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): Promise<TestServer> {
  const server = await serve(answer);
  servers.push(server);
  return server;
}

function clientFor(server: TestServer): Client {
  return new Client({ accessToken: TOKEN, basePath: server.url, numberOfApiCallRetries: 0 });
}

describe('the 2026-09 transport', () => {
  it('sends the SDK auth, the filled path, the query and the JSON body, and returns the parsed answer', async () => {
    const api = await started((_req, res) => json(res, 200, { results: [], total: 0 }));
    const crm = createCrmApi(clientFor(api), createBudget(5_000));
    const answer = await crm.call('POST', '/crm/objects/2026-09/{objectType}/search', {
      path: { objectType: 'tickets' },
      body: { filterGroups: [], properties: ['subject'], limit: 1, after: '0', sorts: [] },
    });
    expect(answer).toEqual({ results: [], total: 0 });
    expect(api.seen).toEqual([
      {
        method: 'POST',
        url: '/crm/objects/2026-09/tickets/search',
        authorization: `Bearer ${TOKEN}`,
        body: JSON.stringify({
          filterGroups: [],
          properties: ['subject'],
          limit: 1,
          after: '0',
          sorts: [],
        }),
      },
    ]);
  });

  it('joins list query parameters with commas and encodes path parameters', async () => {
    const api = await started((_req, res) => json(res, 200, { id: '1', properties: {} }));
    await sendCrmRequest(clientFor(api), {
      method: 'GET',
      path: '/crm/objects/2026-09/tickets/a%2Fb',
      query: { properties: ['subject', 'content'], archived: false, idProperty: undefined },
    });
    expect(api.seen[0]?.url).toBe(
      '/crm/objects/2026-09/tickets/a%2Fb?properties=subject%2Ccontent&archived=false',
    );
  });

  it('never follows a redirect: the target gets no request, so never the token', async () => {
    const elsewhere = await started((_req, res) => json(res, 200, { results: [] }));
    const api = await started((_req, res) => {
      res.writeHead(307, { location: `${elsewhere.url}/steal` });
      res.end();
    });
    const failure = await sendCrmRequest(clientFor(api), {
      method: 'POST',
      path: '/crm/objects/2026-09/tickets',
      body: { properties: { subject: 'private text' } },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CrmHttpError);
    expect((failure as CrmHttpError).code).toBe(307);
    expect(elsewhere.seen).toEqual([]);
    expect(api.seen).toHaveLength(1);
  });

  it('does not retry a refused redirect', async () => {
    const api = await started((_req, res) => {
      res.writeHead(302, { location: '/crm/objects/2026-09/tickets/elsewhere' });
      res.end();
    });
    const crm = createCrmApi(clientFor(api), createBudget(5_000));
    await expect(
      crm.call('GET', '/crm/objects/2026-09/{objectType}/{objectId}', {
        path: { objectType: 'tickets', objectId: '1' },
      }),
    ).rejects.toMatchObject({ code: 302 });
    expect(api.seen.map((request) => request.url)).toEqual(['/crm/objects/2026-09/tickets/1']);
  });

  it('turns a non-2xx answer into an error with the status, the parsed body and the headers', async () => {
    const api = await started((_req, res) =>
      json(
        res,
        429,
        { status: 'error', category: 'RATE_LIMITS', policyName: 'DAILY' },
        { 'retry-after': '7' },
      ),
    );
    const failure = (await sendCrmRequest(clientFor(api), {
      method: 'GET',
      path: '/crm/pipelines/2026-09/tickets',
    }).catch((error: unknown) => error)) as CrmHttpError;
    expect(failure).toBeInstanceOf(CrmHttpError);
    expect(failure.code).toBe(429);
    expect(failure.body).toEqual({ status: 'error', category: 'RATE_LIMITS', policyName: 'DAILY' });
    expect(failure.headers['retry-after']).toBe('7');
  });

  it('answers a 204 with undefined', async () => {
    const api = await started((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const crm = createCrmApi(clientFor(api), createBudget(5_000));
    await expect(
      crm.call('DELETE', '/crm/objects/2026-09/{objectType}/{objectId}', {
        path: { objectType: 'tickets', objectId: '5' },
      }),
    ).resolves.toBeUndefined();
  });

  it('reports a 2xx whose body is not JSON as unreadable', async () => {
    const api = await started((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "12", "prop');
    });
    await expect(
      sendCrmRequest(clientFor(api), { method: 'GET', path: '/crm/owners/2026-09' }),
    ).rejects.toBeInstanceOf(UnreadableResponse);
  });

  it('retries a 503 for a read, within the budget', async () => {
    let calls = 0;
    const api = await started((_req, res) => {
      calls += 1;
      if (calls === 1) json(res, 503, { status: 'error', message: 'down' });
      else json(res, 200, { results: [] });
    });
    const crm = createCrmApi(clientFor(api), createBudget(5_000));
    await expect(
      crm.call('GET', '/crm/pipelines/2026-09/{objectType}', { path: { objectType: 'tickets' } }),
    ).resolves.toEqual({ results: [] });
    expect(api.seen).toHaveLength(2);
  });

  it('does not repeat a create after a 503: HubSpot may have made it', async () => {
    const api = await started((_req, res) => json(res, 503, { status: 'error', message: 'down' }));
    const crm = createCrmApi(clientFor(api), createBudget(5_000));
    await expect(
      crm.callOnce('POST', '/crm/objects/2026-09/{objectType}', {
        path: { objectType: 'tickets' },
        body: { properties: { subject: 'x' }, associations: [] },
      }),
    ).rejects.toMatchObject({ name: 'WriteOutcomeUnknown' });
    expect(api.seen).toHaveLength(1);
  });
});
