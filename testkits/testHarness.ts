import { startSandbox } from '../sandbox/src/server';
import {
  createSandboxControl,
  type SandboxControl,
  type SandboxRequestLog,
} from '../sandbox/src/control';
import type {
  FunctionContract,
  FunctionResult,
  FunctionUid,
  RecordType,
} from '../src/app/cards/contract';
import { createFunctionRuntime, type FunctionRuntime } from '../runtime/src/functionRuntime';

/**
 * What every app-function test stands on: an in-process CRM sandbox on a random port and
 * the local function runtime pointed at it, so a test goes card call -> built function
 * -> real @hubspot/api-client -> HTTP -> sandbox, and can read back what HubSpot saw.
 */

type SandboxOptions = NonNullable<Parameters<typeof startSandbox>[0]>;

export interface FunctionHarnessOptions {
  /** 'demo' (default), 'empty' or 'scale:N'. */
  seed?: string;
  config?: SandboxOptions['config'];
  /** The runtime's per-call limit; HubSpot's 15 s by default. */
  timeoutMs?: number;
}

export interface RecordRef {
  type: RecordType;
  id: string;
}

export const HARNESS_TOKEN = 'local-dev-token';

export interface FunctionHarness {
  sandbox: Awaited<ReturnType<typeof startSandbox>>;
  control: SandboxControl;
  runtime: FunctionRuntime;
  /**
   * Calls a function as the card on `record` would. `recordType` is filled from the
   * record when the parameters (a plain object) leave it out. Rejects, like the card's
   * `hubspot.serverless` promise, on TIMEOUT / UNCAUGHT_ERROR / INVALID_RESPONSE /
   * FUNCTION_NOT_FOUND.
   */
  call<U extends FunctionUid>(
    uid: U,
    record: RecordRef,
    params?: Partial<FunctionContract[U]['params']> | Record<string, unknown>,
  ): Promise<FunctionResult<FunctionContract[U]['data']>>;
  /** The HubSpot calls the sandbox has answered since the last clear. */
  requests(): Promise<SandboxRequestLog>;
  clearRequests(): Promise<void>;
  close(): Promise<void>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function startFunctionHarness(
  options: FunctionHarnessOptions = {},
): Promise<FunctionHarness> {
  const sandbox = await startSandbox({
    port: 0,
    token: HARNESS_TOKEN,
    seed: options.seed ?? 'demo',
    dataDir: null,
    quiet: true,
    ...(options.config ? { config: options.config } : {}),
  });
  const control = createSandboxControl(sandbox.url);
  const runtime = createFunctionRuntime({
    env: { HUBSPOT_API_BASE_URL: sandbox.url, PRIVATE_APP_ACCESS_TOKEN: HARNESS_TOKEN },
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });

  return {
    sandbox,
    control,
    runtime,
    async call(uid, record, params = {}) {
      const parameters =
        isPlainObject(params) && !('recordType' in params)
          ? { recordType: record.type, ...params }
          : params;
      const outcome = await runtime.invoke(uid, {
        parameters,
        propertiesToSend: { hs_object_id: record.id },
      });
      if (outcome.status === 'error') {
        throw new Error(`${outcome.errorType}: ${outcome.message}`);
      }
      return outcome.result as FunctionResult<FunctionContract[typeof uid]['data']>;
    },
    requests: () => control.requests(),
    clearRequests: () => control.clearRequests(),
    async close() {
      await runtime.close();
      await sandbox.close();
    },
  };
}
