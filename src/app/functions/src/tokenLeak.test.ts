import type { FailNextRequest } from '../../../../sandbox/src/control';
import { createSandboxControl, type SandboxControl } from '../../../../sandbox/src/control';
import { startSandbox, type RunningSandbox } from '../../../../sandbox/src/server';
import {
  createFunctionRuntime,
  type FunctionRuntime,
  type InvokeOutcome,
} from '../../../../runtime/src/functionRuntime';
import { readCrmFacts, type CrmFacts } from '../../../../testkits/crmFacts';

/**
 * The access token never reaches the card or the logs. Every function runs against a
 * HubSpot that quotes the request's Authorization header in its error bodies (401, 403,
 * 400, 404, 429 DAILY, 500 until the retries give up) and one that answers garbage (the
 * catch-all that logs a stack); every result, every error message and every line the
 * functions print is scanned for the token.
 */

const TOKEN = `pat-na1-${'c0ffee00'.repeat(4)}-leak-canary`;

let sandbox: RunningSandbox;
let control: SandboxControl;
let runtime: FunctionRuntime;
let facts: CrmFacts;
const printed: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, token: TOKEN, seed: 'demo', dataDir: null, quiet: true });
  control = createSandboxControl(sandbox.url);
  runtime = createFunctionRuntime({
    env: { HUBSPOT_API_BASE_URL: sandbox.url, PRIVATE_APP_ACCESS_TOKEN: TOKEN },
    onOutput: ({ text }) => printed.push(text),
  });
  facts = await readCrmFacts(sandbox.url, TOKEN);
});

afterAll(async () => {
  await runtime?.close();
  await sandbox?.close();
});

/** Parameters that get each function past validation to its HubSpot calls. */
function paramsFor(uid: string): Record<string, unknown> {
  const pipeline = facts.pipelines[0] as { id: string };
  const ownTicket = facts.smallContact.tickets[0]?.id ?? '1';
  const byUid: Record<string, Record<string, unknown>> = {
    tickets_list: { filter: 'all', sort: 'newest', pageSize: 10 },
    ticket_form_options: {},
    ticket_create: {
      clientRequestId: `leak-${Date.now().toString(36)}`,
      subject: 'Leak canary',
      pipelineId: pipeline.id,
      stageId: facts.stageOf(pipeline.id, 'OPEN'),
    },
    tickets_search: { query: 'invoice' },
    tickets_link: { ticketIds: [facts.unlinkedTicket.id] },
    ticket_update: { ticketIds: [ownTicket], priority: 'HIGH' },
    ticket_unlink: { ticketIds: [ownTicket] },
    ticket_delete: { ticketId: ownTicket },
    ticket_details: { ticketId: ownTicket },
  };
  return { recordType: 'contacts', ...(byUid[uid] ?? {}) };
}

/** Every function at once (the failures are injected on every call, in any order). */
async function runEveryFunction(): Promise<Array<[string, InvokeOutcome]>> {
  return Promise.all(
    runtime.uids().map(async (uid): Promise<[string, InvokeOutcome]> => {
      const outcome = await runtime.invoke(uid, {
        parameters: paramsFor(uid),
        propertiesToSend: { hs_object_id: facts.smallContact.id },
      });
      return [uid, outcome];
    }),
  );
}

const FAULTS: Array<[string, Omit<FailNextRequest, 'count'>]> = [
  ['401', { status: 401 }],
  ['403', { status: 403 }],
  ['400', { status: 400 }],
  ['404', { status: 404 }],
  ['429 DAILY', { status: 429, policy: 'DAILY' }],
  ['500 (until the retries give up)', { status: 500 }],
];

it('the sandbox does quote the token in the injected error bodies (the scan can see it)', async () => {
  await control.failNext({ count: 1, status: 401, echoAuthorization: true });
  const response = await fetch(`${sandbox.url}/crm/owners/2026-09`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  expect(response.status).toBe(401);
  expect(await response.text()).toContain(TOKEN);
});

describe('no function result, error message or log line holds the token', () => {
  beforeEach(() => {
    printed.length = 0;
    runtime.coldStart();
  });
  afterEach(() => control.resetConfig());

  it.each(FAULTS)('when HubSpot echoes it in a %s', async (_name, fault) => {
    await control.failNext({ count: 10_000, ...fault, echoAuthorization: true });
    const outcomes = await runEveryFunction();
    await control.reset();
    expect(outcomes.length).toBeGreaterThanOrEqual(8);
    // Each function got to HubSpot and failed on its answer (none passed by not calling).
    for (const [uid, outcome] of outcomes) {
      expect([uid, outcome]).toEqual([uid, expect.objectContaining({ status: 'ok' })]);
      expect([uid, outcome.status === 'ok' && outcome.result]).toEqual([
        uid,
        expect.objectContaining({ ok: false }),
      ]);
    }
    for (const [uid, outcome] of outcomes) {
      expect([uid, JSON.stringify(outcome)]).toEqual([uid, expect.not.stringContaining(TOKEN)]);
    }
    expect(printed.join('')).not.toContain(TOKEN);
  });

  it('when HubSpot answers what the function cannot use (the logged catch-all)', async () => {
    await control.failNext({ count: 10_000, status: 'malformed' });
    const outcomes = await runEveryFunction();
    await control.reset();
    const internal = outcomes.filter(
      ([, outcome]) =>
        outcome.status === 'ok' &&
        (outcome.result as { error?: { code?: string } }).error?.code === 'INTERNAL',
    );
    // The catch-all ran and logged: the scan below reads real log lines.
    expect(internal.length).toBeGreaterThan(0);
    expect(printed.join('')).toContain('"level":"error"');
    expect(JSON.stringify(outcomes)).not.toContain(TOKEN);
    expect(printed.join('')).not.toContain(TOKEN);
  });
});
