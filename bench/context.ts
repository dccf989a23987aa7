import type { Client } from '@hubspot/api-client';
import type { FunctionRuntime, InvokeOutcome } from '../runtime/src/functionRuntime';
import type { SandboxControl } from '../sandbox/src/control';
import type { FunctionContract, FunctionResult } from '../src/app/cards/contract';
import type { CallStats, RateWindow } from './callLog';
import { callStats, toLoggedCalls } from './callLog';
import type { Dataset } from './dataset';
import type { BenchOptions } from './options';
import { elapsedMs } from './stats';

/** Everything a case needs: the sandbox, our functions, the baseline's SDK client. */
export interface BenchContext {
  options: BenchOptions;
  control: SandboxControl;
  runtime: FunctionRuntime;
  /** The bench's own SDK client, for the baseline (built once: see run.ts). */
  client: Client;
  window: RateWindow;
  dataset: Dataset;
}

export interface Measured<T> {
  value: T;
  wallMs: number;
  calls: CallStats;
}

/** Times `work` and reads from the sandbox's log which HubSpot calls it made. */
export async function measure<T>(
  context: BenchContext,
  work: () => Promise<T>,
): Promise<Measured<T>> {
  await context.control.clearRequests();
  const startedAt = process.hrtime.bigint();
  const value = await work();
  const wallMs = elapsedMs(startedAt);
  const log = await context.control.requests();
  const calls = toLoggedCalls(log.log);
  context.window.record(calls);
  return { value, wallMs, calls: callStats(calls) };
}

/**
 * What a card sees from `hubspot.serverless`: the function's result, or the runtime's
 * rejection (timeout, crash) as an error code of its own.
 */
export type CardOutcome<T> = FunctionResult<T> | { ok: false; runtimeError: string };

export function asCardOutcome<T>(outcome: InvokeOutcome): CardOutcome<T> {
  if (outcome.status === 'error') return { ok: false, runtimeError: outcome.errorType };
  return outcome.result as FunctionResult<T>;
}

/** Calls an app function the way a card on `record` would. */
export async function callFunction<U extends keyof FunctionContract>(
  context: BenchContext,
  uid: U,
  recordId: string,
  parameters: FunctionContract[U]['params'],
): Promise<CardOutcome<FunctionContract[U]['data']>> {
  const outcome = await context.runtime.invoke(uid, {
    parameters,
    propertiesToSend: { hs_object_id: recordId },
  });
  return asCardOutcome(outcome);
}

/** The same, with the runtime's own measure of the function's execution time. */
export async function callFunctionTimed<U extends keyof FunctionContract>(
  context: BenchContext,
  uid: U,
  recordId: string,
  parameters: FunctionContract[U]['params'],
): Promise<{ outcome: CardOutcome<FunctionContract[U]['data']>; durationMs: number }> {
  const outcome = await context.runtime.invoke(uid, {
    parameters,
    propertiesToSend: { hs_object_id: recordId },
  });
  return { outcome: asCardOutcome(outcome), durationMs: outcome.durationMs };
}

/** A short label for a failed outcome: the function's error code or the runtime's. */
export function failureLabel(outcome: CardOutcome<unknown>): string | null {
  if (outcome.ok) return null;
  return 'runtimeError' in outcome ? outcome.runtimeError : outcome.error.code;
}
