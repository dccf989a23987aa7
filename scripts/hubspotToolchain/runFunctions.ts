import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ErrorCode } from '../../src/app/cards/contract';
import { startSandbox } from '../../sandbox/src/server';
import { resolveEntrypoint, type HsMetaComponent } from './hsmeta';

/** HubSpot's executor: `executeFunction` of @hubspot/ui-extensions-dev-server (not exported). */
interface Executor {
  executeFunction(
    config: unknown,
    functionName: string,
    inputs: { objectQuery?: ObjectQuery; parameters?: unknown },
    callback: (response: unknown) => void,
  ): Promise<void>;
}
interface ServiceConfig {
  buildServiceConfiguration(appPath: string, options: Record<string, unknown>): unknown;
}
interface ObjectQuery {
  objectId: number;
  objectTypeId: string;
  objectPropertyNames: string[];
}

const ERROR_CODES = {
  VALIDATION: true,
  NOT_FOUND: true,
  NOT_LINKED: true,
  CONFLICT: true,
  RATE_LIMITED: true,
  UNAVAILABLE: true,
  FORBIDDEN: true,
  PROPERTIES_REQUIRED: true,
  INTERNAL: true,
} satisfies Record<ErrorCode, true>;

const RECORDS = [
  { recordType: 'contacts', objectTypeId: '0-1' },
  { recordType: 'companies', objectTypeId: '0-2' },
] as const;
/** What the cards' ticketsClient asks HubSpot to send with every call. */
const PROPERTIES_TO_SEND = ['hs_object_id'];
const TOKEN = 'toolchain-check-token';

export interface FunctionRun {
  uid: string;
  record: string;
  parameters: string;
  outcome: string;
  ms: number;
}

async function loadDevServerModule<T>(relative: string): Promise<T> {
  // The executor is not in the package's exports; its files sit next to the main entry.
  const main = createRequire(__filename).resolve('@hubspot/ui-extensions-dev-server');
  return (await import(pathToFileURL(path.join(path.dirname(main), relative)).href)) as T;
}

/** Checks an answer is a FunctionResult (src/app/cards/contract.ts); null when it is. */
export function functionResultProblem(answer: unknown): string | null {
  if (typeof answer !== 'object' || answer === null) return `answered ${JSON.stringify(answer)}`;
  const result = answer as { ok?: unknown; data?: unknown; error?: unknown };
  if (result.ok === true) return 'data' in result ? null : 'answered ok without data';
  if (result.ok !== false) return 'answered neither ok: true nor ok: false';
  const error = result.error as { code?: unknown; message?: unknown; retryable?: unknown };
  if (typeof error !== 'object' || error === null) return 'answered ok: false without an error';
  if (typeof error.code !== 'string' || !(error.code in ERROR_CODES)) {
    return `answered an unknown error code ${JSON.stringify(error.code)}`;
  }
  if (error.code === 'INTERNAL') return `answered INTERNAL: ${String(error.message)}`;
  if (typeof error.message !== 'string' || typeof error.retryable !== 'boolean') {
    return `answered a ${error.code} error without message or retryable`;
  }
  return null;
}

function describe(answer: unknown): string {
  const result = answer as { ok: boolean; error?: { code: string } };
  return result.ok ? 'ok' : `error ${result.error?.code}`;
}

/**
 * Runs every app function through HubSpot's own executor against an in-process sandbox
 * (demo seed). HubSpot's executor fetches the record for `propertiesToSend` itself (with
 * the token and API origin it is given), exactly as `hs project dev` does. Each function
 * runs with deliberately empty parameters (must answer a typed VALIDATION error) and with
 * the record-scoped minimum `{ recordType }` on a real contact and company (any typed
 * answer but INTERNAL); an executor error, a throw or a non-FunctionResult fails the check.
 */
export async function runFunctions(
  srcDir: string,
  functions: HsMetaComponent[],
  platformVersion: string,
  /** How problems name srcDir: the project's own folder name ("src"). */
  srcName: string,
): Promise<{ runs: FunctionRun[]; problems: string[] }> {
  const named = (file: string) => path.posix.join(srcName, file);
  const { executeFunction } = await loadDevServerModule<Executor>('lib/serverless/executor.js');
  const { buildServiceConfiguration } = await loadDevServerModule<ServiceConfig>(
    'lib/serverless/config.js',
  );
  const problems: string[] = [];
  const runs: FunctionRun[] = [];
  const appFunctions: Record<string, unknown> = {};
  for (const fn of functions) {
    if (!fn.entrypoint) {
      problems.push(`${named(fn.file)}: config.entrypoint is missing`);
      continue;
    }
    const resolvedPath = resolveEntrypoint(srcDir, fn.entrypoint);
    if (!fs.existsSync(resolvedPath)) {
      problems.push(
        `${named(fn.file)}: ${fn.entrypoint} is not in the upload file set (npm run build?)`,
      );
      continue;
    }
    appFunctions[fn.uid] = {
      resolvedPath,
      secrets: fn.secretKeys,
      componentRoot: path.dirname(path.join(srcDir, fn.file)),
    };
  }
  if (Object.keys(appFunctions).length === 0) return { runs, problems };

  const sandbox = await startSandbox({ seed: 'demo', token: TOKEN, quiet: true });
  const recordReader = await startRecordReader(sandbox.url);
  const savedEnv = { ...process.env };
  const logs: string[] = [];
  const log = (...args: unknown[]) => logs.push(args.map(String).join(' '));
  try {
    const records = await Promise.all(
      RECORDS.map(async (record) => ({
        ...record,
        objectId: await firstRecordId(sandbox.url, record.recordType),
      })),
    ).catch((error: unknown) => {
      problems.push(
        `sandbox/src/server.ts: no real record to run the functions on: ${String(error)}`,
      );
      return null;
    });
    if (!records) return { runs, problems };
    const config = buildServiceConfiguration(path.join(srcDir, 'app'), {
      accountId: 0,
      hubspotApiOrigin: recordReader.url,
      hubspotWebsiteOrigin: 'https://app.hubspot.com',
      logger: { debug: () => {}, info: log, warn: log, error: log },
      platformVersion,
      appFunctions,
    });
    // What HubSpot's runtime sets; HUBSPOT_API_BASE_URL points the functions at the sandbox.
    process.env.PRIVATE_APP_ACCESS_TOKEN = TOKEN;
    process.env.HUBSPOT_API_BASE_URL = sandbox.url;
    const cases = [
      { record: records[0], parameters: {}, label: '{}' },
      ...records.map((record) => ({
        record,
        parameters: { recordType: record.recordType },
        label: `{ recordType: '${record.recordType}' }`,
      })),
    ];
    for (const fn of functions.filter((f) => f.uid in appFunctions)) {
      for (const { record, parameters, label } of cases) {
        if (!record) continue;
        logs.length = 0;
        const started = Date.now();
        let answer: unknown = undefined;
        let answered = false;
        const where = `${named(fn.file)} (${fn.uid}, ${record.recordType} ${record.objectId}, parameters ${label})`;
        try {
          await executeFunction(
            config,
            fn.uid,
            {
              objectQuery: {
                objectId: record.objectId,
                objectTypeId: record.objectTypeId,
                objectPropertyNames: PROPERTIES_TO_SEND,
              },
              parameters,
            },
            (response) => {
              answered = true;
              answer = response;
            },
          );
        } catch (error) {
          const detail = logs.length > 0 ? ` (${logs.join('; ')})` : '';
          problems.push(`${where}: HubSpot's executor failed: ${String(error)}${detail}`);
          continue;
        }
        const ms = Date.now() - started;
        const problem = answered ? functionResultProblem(answer) : 'never answered';
        const emptyParams = Object.keys(parameters).length === 0;
        if (problem) problems.push(`${where}: ${problem}`);
        else if (emptyParams && describe(answer) !== 'error VALIDATION') {
          problems.push(`${where}: empty parameters answered ${describe(answer)}, not VALIDATION`);
        } else {
          runs.push({
            uid: fn.uid,
            record: record.recordType,
            parameters: label,
            outcome: describe(answer),
            ms,
          });
        }
      }
    }
  } finally {
    process.env = savedEnv;
    await recordReader.close();
    await sandbox.close();
  }
  return { runs, problems };
}

/**
 * HubSpot's executor reads the record for `propertiesToSend` with the api-client it pins
 * (13.5.0: `GET /crm/v3/objects/{objectTypeId}/{objectId}`); the sandbox speaks 2026-09, so
 * this loopback shim forwards exactly that read to the sandbox's 2026-09 path, unchanged
 * otherwise. Anything else is a 404: the executor makes no other call.
 */
async function startRecordReader(
  sandboxUrl: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const match = /^\/crm\/v3\/objects\/([^/?]+)\/([^/?]+)(\?.*)?$/.exec(request.url ?? '');
    if (request.method !== 'GET' || !match) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"status":"error"}');
      return;
    }
    const [, objectType, objectId, query = ''] = match;
    void fetch(`${sandboxUrl}/crm/objects/2026-09/${objectType}/${objectId}${query}`, {
      headers: { authorization: request.headers.authorization ?? '' },
    })
      .then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(await answer.text());
      })
      .catch(() => response.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function firstRecordId(baseUrl: string, objectType: string): Promise<number> {
  const response = await fetch(`${baseUrl}/crm/objects/2026-09/${objectType}?limit=1`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  const body = (await response.json()) as { results?: { id: string }[] };
  const id = Number(body.results?.[0]?.id);
  if (!response.ok || !Number.isSafeInteger(id)) {
    throw new Error(`the sandbox listed no ${objectType} (HTTP ${response.status})`);
  }
  return id;
}
