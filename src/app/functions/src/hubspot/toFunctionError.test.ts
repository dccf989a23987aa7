import { toFunctionError } from './toFunctionError';

/** HubSpot's correlation id reaches the card only when it is one: a UUID, nothing else. */

const failure = (correlationId: unknown) => ({
  code: 404,
  body: { status: 'error', category: 'OBJECT_NOT_FOUND', correlationId },
  headers: {},
});

describe("toFunctionError and HubSpot's correlationId", () => {
  it('passes a well-formed id on, so support can find the call in HubSpot', () => {
    expect(toFunctionError(failure('6f1c2a5e-93b4-4d0e-a2f7-1b8c9d0e4f3a')).correlationId).toBe(
      '6f1c2a5e-93b4-4d0e-a2f7-1b8c9d0e4f3a',
    );
  });

  it.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['a token-like secret', 'pat-na1-11111111-2222-3333-4444-555555555555'],
    ['an over-long value', `6f1c2a5e-93b4-4d0e-a2f7-1b8c9d0e4f3a${'0'.repeat(5_000)}`],
    ['a UUID with text around it', 'id 6f1c2a5e-93b4-4d0e-a2f7-1b8c9d0e4f3a, see logs'],
    ['a number', 12345],
    ['an empty string', ''],
  ])('drops %s', (_name, value) => {
    const error = toFunctionError(failure(value));
    expect(error.code).toBe('NOT_FOUND');
    expect('correlationId' in error).toBe(false);
  });
});
