import { randomUUID } from 'node:crypto';
import type { FunctionResult } from '../../../cards/contract';
import { asApiFailure } from '../hubspot/apiFailure';
import { createBudget, type Budget } from '../hubspot/callWithBudget';
import { createHubSpotClient } from '../hubspot/createHubSpotClient';
import { createCrmApi, type CrmApi } from '../hubspot/crmApi';
import { toFunctionError } from '../hubspot/toFunctionError';
import { readFunctionEnv, type FunctionEnv } from './functionEnv';
import { FunctionFailure } from './functionFailure';

/**
 * The one place a function's outcome becomes a `FunctionResult`: expected failures thrown
 * as `FunctionFailure` or left over from HubSpot become plain results; anything else is a
 * bug, answered with a generic message and a correlation id that matches one log line.
 */

export interface FunctionContext {
  parameters?: unknown;
  propertiesToSend?: unknown;
  secrets?: unknown;
}

export interface Invocation {
  context: FunctionContext;
  env: FunctionEnv;
  budget: Budget;
  /** Every HubSpot call goes through this typed 2026-09 client (hubspot/crmApi.ts). */
  crm: CrmApi;
}

export async function runFunction<T>(
  uid: string,
  context: FunctionContext,
  handler: (invocation: Invocation) => Promise<T>,
): Promise<FunctionResult<T>> {
  const startedAt = Date.now();
  try {
    const env = readFunctionEnv(context?.secrets);
    const client = createHubSpotClient(env);
    const budget = createBudget();
    const invocation: Invocation = {
      context: context ?? {},
      env,
      budget,
      crm: createCrmApi(client, budget),
    };
    return { ok: true, data: await handler(invocation) };
  } catch (error) {
    if (error instanceof FunctionFailure) return { ok: false, error: error.error };
    const api = asApiFailure(error);
    if (api) return { ok: false, error: toFunctionError(api) };
    const correlationId = randomUUID();
    // One JSON line, no token, no parameters (they carry ticket text): the name, the stack.
    console.error(
      JSON.stringify({
        level: 'error',
        fn: uid,
        correlationId,
        durationMs: Date.now() - startedAt,
        error: error instanceof Error ? error.name : typeof error,
        stack: error instanceof Error ? error.stack?.split('\n').slice(1, 6).join('\n') : undefined,
      }),
    );
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message:
          'Something went wrong on our side. Please try again; if it persists, contact support.',
        retryable: false,
        correlationId,
      },
    };
  }
}
