import { createFunctionRuntime, type FunctionRuntime } from '../../runtime/src/functionRuntime';
import { startSandbox, type RunningSandbox } from '../../sandbox/src/server';
import { startPreviewServer } from './previewServer';

const TOKEN = 'preview-test-token';

describe('the preview server', () => {
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
      cards: [
        { uid: 'c', name: 'Tickets', objectTypes: ['contacts'], entryFile: '/nowhere/C.tsx' },
      ],
      workerUrls: new Map([['c', '/build/card-c.js']]),
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

  const get = (path: string) => fetch(`${server.url}${path}`);
  const send = (method: string, path: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('describes the mode, the portal and where each card worker is', async () => {
    const info = await (await get('/api/info')).json();
    expect(info).toEqual({
      mode: 'sandbox',
      portalId: 42,
      appName: 'Ticket cards',
      cards: [
        { uid: 'c', name: 'Tickets', objectTypes: ['contacts'], workerUrl: '/build/card-c.js' },
      ],
    });
  });

  it('lists contacts and companies from the sandbox by name, and searches them', async () => {
    const contacts = (await (await get('/api/records/contacts')).json()) as {
      results: { id: string; name: string; subtitle: string }[];
    };
    expect(contacts.results.length).toBeGreaterThan(10);
    const first = contacts.results[0];
    expect(first?.name).toMatch(/\S+ \S+/);
    expect(first?.subtitle).toContain('@');

    const companies = (await (await get('/api/records/companies?q=Acme')).json()) as {
      results: { name: string }[];
    };
    expect(companies.results.map((c) => c.name)).toContain('Acme Corporation');
  });

  it('reads one record with its type id and key properties, and says when it does not exist', async () => {
    const company = await (await get('/api/records/companies/2000001')).json();
    expect(company).toMatchObject({
      type: 'companies',
      id: '2000001',
      objectTypeId: '0-2',
      name: 'Acme Corporation',
      subtitle: 'acme.example',
    });
    expect(company.properties).toEqual(
      expect.arrayContaining([{ label: 'City', value: 'Denver' }]),
    );

    expect((await get('/api/records/companies/2999999')).status).toBe(404);
    expect((await get('/api/records/deals/1')).status).toBe(400);
  });

  it('answers a card call for an unknown function with the runtime error HubSpot would reject with', async () => {
    const response = await send('POST', '/api/serverless/no_such_function', {
      parameters: {},
      propertiesToSend: ['hs_object_id'],
      objectId: 1000005,
      objectTypeId: '0-1',
    });
    expect(await response.json()).toEqual({
      ok: false,
      errorType: 'FUNCTION_NOT_FOUND',
      message: expect.stringContaining('no_such_function'),
    });
  });

  it('refuses a card call without the record it runs on', async () => {
    const response = await send('POST', '/api/serverless/tickets_list', {
      parameters: {},
      objectTypeId: '0-5',
      objectId: 1,
    });
    expect(response.status).toBe(400);
  });

  it('accepts every switch of the control strip in the shape the sandbox config uses', async () => {
    const patch = {
      latency: { default: { fixedMs: 80, jitterMs: 20 } },
      faults: { rates: { '429-ten-secondly': 0.5 } },
      indexLagMs: 2000,
    };
    const response = await send('PATCH', '/api/sandbox/config', patch);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject(patch);
    await send('POST', '/api/sandbox/config/reset', {});
  });

  it("passes the fault switches through to the sandbox's control API", async () => {
    const patched = await (
      await send('PATCH', '/api/sandbox/config', { faults: { rates: { '503': 1 } } })
    ).json();
    expect(patched.faults.rates['503']).toBe(1);
    // HubSpot being down is an answer the page shows and retries, not a server error.
    const down = await get('/api/records/contacts');
    expect(down.status).toBe(200);
    expect(await down.json()).toMatchObject({ unavailable: true, message: /HubSpot answered 503/ });
    const record = await get('/api/records/companies/2000001');
    expect(await record.json()).toMatchObject({ unavailable: true });

    await send('PATCH', '/api/sandbox/config', { faults: { rates: { '503': 0 } } });
    expect((await get('/api/records/contacts')).status).toBe(200);
  });
});
