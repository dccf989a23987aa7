/**
 * The one door from the cards to the app functions. Tests swap it for a fake; the
 * browser preview routes `hubspot.serverless` to the local function runtime.
 */
import { hubspot } from '@hubspot/ui-extensions';
import type { FunctionContract, FunctionError, FunctionResult, FunctionUid } from '../../contract';
import { strings } from '../strings';

export type FunctionParams<U extends FunctionUid> = FunctionContract[U]['params'];
export type FunctionData<U extends FunctionUid> = FunctionContract[U]['data'];

export interface TicketsClient {
  call<U extends FunctionUid>(
    uid: U,
    params: FunctionParams<U>,
  ): Promise<FunctionResult<FunctionData<U>>>;
}

type Runner = (uid: FunctionUid, params: object) => Promise<unknown>;

/**
 * HubSpot rejects the card's promise when a function throws, times out or returns
 * something unserializable. The card should have one error path, so a rejection
 * becomes a FunctionError like any other.
 */
const NETWORK_FAILURE =
  /failed to fetch|fetch failed|networkerror|network error|ECONNRESET|ECONNREFUSED|ETIMEDOUT|did not answer/i;

export function rejectionToError(reason: unknown): FunctionError {
  const message = reason instanceof Error ? reason.message : String(reason);
  // The call never reached the function (connection dropped, HubSpot's edge down): the same
  // as HubSpot being unavailable, and as worth retrying.
  if (NETWORK_FAILURE.test(message)) {
    return { code: 'UNAVAILABLE', message: strings.networkFailed, retryable: true };
  }
  if (message.includes('TIMEOUT')) {
    return { code: 'UNAVAILABLE', message: strings.callFailed.TIMEOUT, retryable: true };
  }
  if (message.includes('FUNCTION_NOT_FOUND')) {
    return { code: 'INTERNAL', message: strings.callFailed.FUNCTION_NOT_FOUND, retryable: false };
  }
  if (message.includes('INVALID_RESPONSE')) {
    return { code: 'INTERNAL', message: strings.callFailed.INVALID_RESPONSE, retryable: true };
  }
  return { code: 'INTERNAL', message: strings.callFailed.OTHER, retryable: true };
}

function isFunctionResult(value: unknown): value is FunctionResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'data' in value : value.ok === false && 'error' in value;
}

/** Builds a client over any runner; exported so the shape checks are testable. */
export function createTicketsClient(run: Runner): TicketsClient {
  return {
    async call<U extends FunctionUid>(uid: U, params: FunctionParams<U>) {
      try {
        const value = await run(uid, params);
        if (isFunctionResult(value)) return value as FunctionResult<FunctionData<U>>;
        return { ok: false, error: rejectionToError(new Error('INVALID_RESPONSE')) };
      } catch (reason) {
        return { ok: false, error: rejectionToError(reason) };
      }
    },
  };
}

/**
 * The production client. `hs_object_id` is how a function learns which record the card
 * is on: HubSpot fills it from the record, so the id never travels as a parameter.
 */
export function createServerlessTicketsClient(): TicketsClient {
  return createTicketsClient((uid, params) =>
    hubspot.serverless(uid, { propertiesToSend: ['hs_object_id'], parameters: { ...params } }),
  );
}
