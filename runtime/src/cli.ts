import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { buildFunctions } from '../../scripts/buildFunctions';
import { createFunctionRuntime, DEFAULT_FUNCTIONS_DIR, readFunctionMap } from './functionRuntime';

/**
 * `npm run fn -- <uid> --record <contacts|companies>:<id> --params '<json>'
 *   [--base-url URL] [--token T]`
 *
 * Runs one built app function the way a card's `hubspot.serverless` call would and prints
 * its result. Exit code 0 only for `{ok: true}` results, so scripts can chain on it.
 */

const USAGE = `Usage: npm run fn -- <uid> --record <contacts|companies>:<id> [--params '<json>'] [--base-url URL] [--token T]
  --base-url  default: HUBSPOT_API_BASE_URL or http://127.0.0.1:4010 (the local sandbox)
  --token     default: PRIVATE_APP_ACCESS_TOKEN or local-dev-token`;

interface CliArgs {
  uid: string;
  recordType: 'contacts' | 'companies';
  recordId: string;
  parameters: Record<string, unknown>;
  baseUrl: string;
  token: string;
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        record: { type: 'string' },
        params: { type: 'string' },
        'base-url': { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const uid = positionals[0];
  if (!uid || positionals.length > 1) fail('Give exactly one function uid.');
  const record = /^(contacts|companies):(\d+)$/.exec(values.record ?? '');
  if (!record) fail('--record must look like contacts:123 or companies:456.');
  let parameters: unknown = {};
  if (values.params !== undefined) {
    try {
      parameters = JSON.parse(values.params) as unknown;
    } catch (error) {
      fail(`--params is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
    fail('--params must be a JSON object.');
  }
  const recordType = record[1] as 'contacts' | 'companies';
  return {
    uid,
    recordType,
    recordId: record[2] as string,
    // The card always sends its record type; fill it in so the command stays short.
    parameters: { recordType, ...(parameters as Record<string, unknown>) },
    baseUrl: values['base-url'] ?? process.env.HUBSPOT_API_BASE_URL ?? 'http://127.0.0.1:4010',
    token: values.token ?? process.env.PRIVATE_APP_ACCESS_TOKEN ?? 'local-dev-token',
  };
}

async function ensureBuilt(): Promise<void> {
  const files = [...readFunctionMap(DEFAULT_FUNCTIONS_DIR).values()];
  if (files.length > 0 && files.every((file) => fs.existsSync(file))) return;
  console.error('Building the app functions first...');
  await buildFunctions();
}

async function main(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2));
  await ensureBuilt();
  const runtime = createFunctionRuntime({
    env: { HUBSPOT_API_BASE_URL: args.baseUrl, PRIVATE_APP_ACCESS_TOKEN: args.token },
  });
  try {
    const outcome = await runtime.invoke(args.uid, {
      parameters: args.parameters,
      propertiesToSend: { hs_object_id: args.recordId },
    });
    if (outcome.status === 'error') {
      console.error(`${outcome.errorType}: ${outcome.message} (${outcome.durationMs} ms)`);
      if (outcome.errorType === 'FUNCTION_NOT_FOUND') {
        console.error(`Known uids: ${runtime.uids().join(', ') || '(none)'}`);
      }
      process.exitCode = 1;
      return;
    }
    console.log(JSON.stringify(outcome.result, null, 2));
    console.error(`(${outcome.durationMs} ms)`);
    const result = outcome.result as { ok?: unknown } | null;
    process.exitCode = result !== null && typeof result === 'object' && result.ok === true ? 0 : 1;
  } finally {
    await runtime.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
