import { functionResultProblem } from './runFunctions';

describe('a function answer checked as a FunctionResult', () => {
  it('accepts ok with data and a typed error', () => {
    expect(functionResultProblem({ ok: true, data: { tickets: [] } })).toBeNull();
    expect(
      functionResultProblem({
        ok: false,
        error: { code: 'VALIDATION', message: 'Recordtype is required', retryable: false },
      }),
    ).toBeNull();
  });

  it.each([
    ['nothing', null, 'answered null'],
    ['ok without data', { ok: true }, 'answered ok without data'],
    ['a thrown-away shape', { status: 'error' }, 'answered neither ok: true nor ok: false'],
    ['no error', { ok: false }, 'answered ok: false without an error'],
    [
      'an unknown code',
      { ok: false, error: { code: 'OOPS', message: 'x', retryable: false } },
      'answered an unknown error code "OOPS"',
    ],
    [
      'INTERNAL (a bug)',
      { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong', retryable: false } },
      'answered INTERNAL: Something went wrong',
    ],
    [
      'an error without retryable',
      { ok: false, error: { code: 'NOT_FOUND', message: 'gone' } },
      'answered a NOT_FOUND error without message or retryable',
    ],
  ])('refuses %s', (_what, answer, problem) => {
    expect(functionResultProblem(answer)).toBe(problem);
  });
});
