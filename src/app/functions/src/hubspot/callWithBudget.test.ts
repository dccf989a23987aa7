import { FunctionFailure } from '../run/functionFailure';
import { createBudget } from './callWithBudget';

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

  it('gives up with a retryable UNAVAILABLE when HubSpot does not answer in time', async () => {
    const never = (): Promise<string> => new Promise(() => undefined);
    expect(await failureOf(createBudget(300).call(never))).toMatchObject({
      code: 'UNAVAILABLE',
      retryable: true,
    });
  });
});
