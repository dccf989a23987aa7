import type { FunctionError } from '../../../cards/contract';
import { FunctionFailure } from '../run/functionFailure';
import { asApiFailure, bodyField } from './apiFailure';

/**
 * Every function answers within 9 s, whatever HubSpot does. A `Budget` is created per
 * invocation; each HubSpot call goes through `budget.call`, which retries what is worth
 * retrying (429 of every policy but DAILY, 5xx, network errors) with jittered backoff, never
 * sleeping or waiting past the deadline, and then gives up with a clear, retryable result.
 *
 * A write that is not idempotent (a create) goes through `budget.callOnce` instead: after a
 * 5xx, a dropped connection, an unreadable answer or a timeout HubSpot may have done it, so
 * repeating it could do it twice. Only answers that prove nothing happened are retried (a
 * non-DAILY 429, a connection never made); the rest end in `WriteOutcomeUnknown`.
 */

/** Leaves room, under the 9 s promise, for the work after the last HubSpot answer. */
export const DEFAULT_BUDGET_MS = 7_000;
const BASE_BACKOFF_MS = 100;
/**
 * Short waits, many tries: a 429 storm refuses calls at random, and a refused call usually
 * passes on the next try. With half of all calls refused, a cold open's 5 + 2 calls in two
 * round trips fail a 1 s cap about 1 time in 60 within the budget, a 400 ms cap about 1 in
 * 10,000 (a Monte Carlo of this loop; the bench's storm measures it). A full 10 s window
 * is no different: tries keep being refused until it frees, the budget bounds them, and
 * past it the card waits, growing to 30 s (useTicketsList's retry policy).
 */
const MAX_BACKOFF_MS = 400;
/**
 * SECONDLY (search) windows are 1 s: a share of it, jittered, so searches refused in the
 * same second do not all come back in the same next one (250-1,000 ms failed 1 cold open
 * in 25 under the storm; this, about 1 in 3,000).
 */
const SECONDLY_MIN_WAIT_MS = 100;
const SECONDLY_JITTER_MS = 300;
/** Not worth starting an attempt with less than this left. */
const MIN_ATTEMPT_MS = 150;
/**
 * 5xx answers and network failures are retried for this long only, from the start of the
 * invocation (5 or 6 tries: a blip passes): HubSpot being down is said within 3 s
 * ("unavailable right now"), with room for the last try, the function runtime and the card
 * on a busy machine (2 s left too little: the browser test saw 3.2 s under load), and the
 * card keeps retrying on its own with visible progress. 429s keep the whole budget: they
 * clear within seconds and a busy portal should still get its answer.
 */
export const UNAVAILABLE_RETRY_MS = 1_500;

export interface Budget {
  remainingMs(): number;
  call<T>(run: () => Promise<T>): Promise<T>;
  callOnce<T>(run: () => Promise<T>): Promise<T>;
}

/** Error codes of a connection that was never made: the request cannot have reached HubSpot. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

function neverSent(error: unknown): boolean {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = (error as { code?: unknown } | null)?.code ?? cause?.code;
  return typeof code === 'string' && NEVER_SENT_CODES.has(code);
}

/** A write HubSpot may or may not have made: say so rather than guess or repeat it. */
export class WriteOutcomeUnknown extends FunctionFailure {
  constructor(
    message = 'HubSpot did not confirm the change, so it may have been made. Refresh before trying again.',
  ) {
    super({ code: 'UNAVAILABLE', message, retryable: false });
    this.name = 'WriteOutcomeUnknown';
  }
}

class AttemptTimeout extends Error {}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AttemptTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type Verdict = { retry: false } | { retry: true; waitHintMs: number | null; error: FunctionError };

function rateLimitWait(headers: Record<string, string>, policy: unknown): number | null {
  const lower = Object.fromEntries(
    Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]),
  );
  const retryAfter = Number(lower['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter * 1_000;
  // Waiting for a whole window would blow the budget (see SECONDLY_MIN_WAIT_MS).
  if (policy === 'SECONDLY') return SECONDLY_MIN_WAIT_MS + Math.random() * SECONDLY_JITTER_MS;
  return null;
}

function classify(error: unknown, idempotent: boolean): Verdict {
  const api = asApiFailure(error);
  if (!idempotent) {
    if (error instanceof FunctionFailure) return { retry: false };
    const refusedFirst =
      (api?.code === 429 && bodyField(api.body, 'policyName') !== 'DAILY') ||
      (!api && neverSent(error));
    if (!refusedFirst && (!api || api.code >= 500)) throw new WriteOutcomeUnknown();
  }
  if (!api) {
    if (error instanceof FunctionFailure) return { retry: false };
    // A network failure (reset, refused): HubSpot may simply be restarting a node.
    return {
      retry: true,
      waitHintMs: null,
      error: unavailable('down'),
    };
  }
  if (api.code === 429) {
    const policy = bodyField(api.body, 'policyName');
    if (policy === 'DAILY') return { retry: false };
    const waitHintMs = rateLimitWait(api.headers, policy);
    return {
      retry: true,
      waitHintMs,
      // The card waits at least what HubSpot asked for before it tries again.
      error: rateLimited(Math.max(1_000, waitHintMs ?? 2_000)),
    };
  }
  if (api.code >= 500) return { retry: true, waitHintMs: null, error: unavailable('down') };
  return { retry: false };
}

export function rateLimited(retryAfterMs = 2_000): FunctionError {
  return {
    code: 'RATE_LIMITED',
    message: 'HubSpot is busy right now. Please try again in a few seconds.',
    retryable: true,
    retryAfterMs,
  };
}

/** `down`: HubSpot answered with a 5xx or the connection failed; `slow`: no answer in time. */
export function unavailable(kind: 'down' | 'slow' = 'slow'): FunctionError {
  return {
    code: 'UNAVAILABLE',
    message:
      kind === 'down'
        ? 'HubSpot is unavailable right now. Please try again in a moment.'
        : 'HubSpot did not answer in time. Please try again in a moment.',
    retryable: true,
    retryAfterMs: 3_000,
  };
}

export function createBudget(totalMs: number = DEFAULT_BUDGET_MS): Budget {
  const started = Date.now();
  const deadline = started + totalMs;
  const remainingMs = (): number => deadline - Date.now();

  const withRetries = async <T>(run: () => Promise<T>, idempotent: boolean): Promise<T> => {
    // What the tries so far were refused with: when the budget runs out during a 429 storm,
    // the card must hear "busy" (it retries after HubSpot's wait), not "did not answer".
    let refusedWith: FunctionError | null = null;
    for (let attempt = 0; ; attempt += 1) {
      const left = remainingMs();
      if (left < MIN_ATTEMPT_MS) throw new FunctionFailure(refusedWith ?? unavailable());
      let verdict: Verdict;
      try {
        return await withTimeout(run(), left);
      } catch (error) {
        if (error instanceof AttemptTimeout) {
          if (!idempotent) throw new WriteOutcomeUnknown();
          throw new FunctionFailure(refusedWith ?? unavailable());
        }
        verdict = classify(error, idempotent);
        if (!verdict.retry) throw error;
        refusedWith = verdict.error;
      }
      const backoff = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** attempt);
      const jittered = backoff / 2 + Math.random() * (backoff / 2);
      const wait = Math.max(jittered, verdict.waitHintMs ?? 0);
      // Sleeping until the deadline only to fail then helps nobody: say so now.
      if (wait + MIN_ATTEMPT_MS > remainingMs()) throw new FunctionFailure(verdict.error);
      if (
        verdict.error.code === 'UNAVAILABLE' &&
        Date.now() - started + wait > UNAVAILABLE_RETRY_MS
      ) {
        throw new FunctionFailure(verdict.error);
      }
      await sleep(wait);
    }
  };
  return {
    remainingMs,
    call: (run) => withRetries(run, true),
    callOnce: (run) => withRetries(run, false),
  };
}
