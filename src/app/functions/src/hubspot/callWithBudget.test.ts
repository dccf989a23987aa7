import { FunctionFailure } from '../run/functionFailure';
import { createBudget, UNAVAILABLE_RETRY_MS, WriteOutcomeUnknown } from './callWithBudget';
import { UnreadableResponse } from './crmTransport';

/** Errors shaped like the SDK's ApiException (status, parsed body, headers). */
function apiError(code: number, body: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`HTTP ${code}`), { code, body, headers: {} });
}

function failing(
  errors: Error[],
  value = 'ok',
): { run: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    run: async () => {
      const error = errors[calls];
      calls += 1;
      if (error) throw error;
      return value;
    },
    calls: () => calls,
  };
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error instanceof FunctionFailure ? error.error : error;
  }
  throw new Error('expected a failure');
}

describe('a HubSpot call within the time budget', () => {
  it.each([
    ['a ten-secondly 429', apiError(429, { policyName: 'TEN_SECONDLY_ROLLING' })],
    ['a 500', apiError(500)],
    ['a 503', apiError(503)],
    ['a network error', new TypeError('fetch failed')],
  ])('retries after %s', async (_name, error) => {
    const call = failing([error, error]);
    await expect(createBudget(5_000).call(call.run)).resolves.toBe('ok');
    expect(call.calls()).toBe(3);
  });

  it.each([
    ['a 400', apiError(400)],
    ['a 404', apiError(404)],
    ['a daily 429', apiError(429, { policyName: 'DAILY' })],
  ])('does not retry %s', async (_name, error) => {
    const call = failing([error]);
    await expect(createBudget(5_000).call(call.run)).rejects.toBe(error);
    expect(call.calls()).toBe(1);
  });

  it('gives up with a retryable RATE_LIMITED when 429s outlast the budget', async () => {
    const busy = apiError(429, { policyName: 'TEN_SECONDLY_ROLLING' });
    const call = failing(Array.from({ length: 100 }, () => busy));
    expect(await failureOf(createBudget(1_000).call(call.run))).toMatchObject({
      code: 'RATE_LIMITED',
      retryable: true,
    });
  });

  it('says busy, not slow, when the last try of a 429 storm is cut off by the deadline', async () => {
    const busy = apiError(429, { policyName: 'TEN_SECONDLY_ROLLING' });
    let calls = 0;
    // Refused twice, then an answer slower than what is left of the budget.
    const run = (): Promise<string> => {
      calls += 1;
      return calls <= 2 ? Promise.reject(busy) : new Promise(() => undefined);
    };
    expect(await failureOf(createBudget(800).call(run))).toMatchObject({
      code: 'RATE_LIMITED',
      retryable: true,
    });
    expect(calls).toBe(3);
  });

  it('gives up with a retryable UNAVAILABLE when HubSpot does not answer in time', async () => {
    const never = (): Promise<string> => new Promise(() => undefined);
    expect(await failureOf(createBudget(300).call(never))).toMatchObject({
      code: 'UNAVAILABLE',
      retryable: true,
    });
  });
});

describe('a write that is not idempotent (callOnce)', () => {
  const refused = Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' }),
  });
  const reset = Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
  });

  it.each([
    [
      'a ten-secondly 429 (refused before doing anything)',
      apiError(429, { policyName: 'SECONDLY' }),
    ],
    ['a connection that was never made', refused],
  ])('is retried after %s', async (_name, error) => {
    const call = failing([error]);
    await expect(createBudget(5_000).callOnce(call.run)).resolves.toBe('ok');
    expect(call.calls()).toBe(2);
  });

  it.each([
    ['a 500', apiError(500)],
    ['a 503', apiError(503)],
    ['a dropped connection', reset],
    ['an unreadable 200', new UnreadableResponse(200)],
  ])('is not repeated after %s: the outcome is unknown', async (_name, error) => {
    const call = failing([error]);
    const failure = await createBudget(5_000)
      .callOnce(call.run)
      .catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(WriteOutcomeUnknown);
    expect((failure as WriteOutcomeUnknown).error).toMatchObject({
      code: 'UNAVAILABLE',
      retryable: false,
    });
    expect(call.calls()).toBe(1);
  });

  it('is not repeated after a timeout either', async () => {
    const never = (): Promise<string> => new Promise(() => undefined);
    expect(await failureOf(createBudget(300).callOnce(never))).toMatchObject({
      code: 'UNAVAILABLE',
      retryable: false,
    });
  });

  it('passes a 400 or a 409 through untouched, once', async () => {
    const conflict = apiError(409);
    const call = failing([conflict]);
    await expect(createBudget(5_000).callOnce(call.run)).rejects.toBe(conflict);
    expect(call.calls()).toBe(1);
  });
});

describe('HubSpot down is said fast, busy keeps the budget', () => {
  it('stops retrying 5xx after about 1.5 s and says HubSpot is unavailable, not slow', async () => {
    const down = apiError(503);
    const call = failing(Array.from({ length: 100 }, () => down));
    const started = Date.now();
    const failure = await failureOf(createBudget(7_000).call(call.run));
    const elapsed = Date.now() - started;
    expect(failure).toEqual({
      code: 'UNAVAILABLE',
      message: 'HubSpot is unavailable right now. Please try again in a moment.',
      retryable: true,
      retryAfterMs: 3_000,
    });
    expect(elapsed).toBeLessThan(UNAVAILABLE_RETRY_MS + 300);
    // It did retry before giving up.
    expect(call.calls()).toBeGreaterThan(2);
  });

  it('keeps retrying 429s past those 1.5 s, within the budget', async () => {
    const busy = apiError(429, { policyName: 'TEN_SECONDLY_ROLLING' });
    const call = failing(Array.from({ length: 10 }, () => busy));
    const started = Date.now();
    await expect(createBudget(7_000).call(call.run)).resolves.toBe('ok');
    expect(Date.now() - started).toBeGreaterThan(UNAVAILABLE_RETRY_MS);
    expect(call.calls()).toBe(11);
  });

  it("tells the card to wait at least HubSpot's Retry-After when it gives up on 429s", async () => {
    const busy = Object.assign(new Error('HTTP 429'), {
      code: 429,
      body: { policyName: 'TEN_SECONDLY_ROLLING' },
      headers: { 'Retry-After': '4' },
    });
    const call = failing(Array.from({ length: 100 }, () => busy));
    expect(await failureOf(createBudget(2_000).call(call.run))).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 4_000,
    });
  });
});
