import { defaultRetryPolicy, retriesByItself } from './useTicketsList';

describe('defaultRetryPolicy', () => {
  it('backs off doubling the wait, up to half a minute, for about a quarter of an hour', () => {
    expect(
      [0, 1, 2, 3, 4, 5, 6].map((retry) => defaultRetryPolicy.delayMs(retry, undefined)),
    ).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(defaultRetryPolicy.retries).toBe(30);
  });

  it("waits at least as long as HubSpot's Retry-After hint", () => {
    expect(defaultRetryPolicy.delayMs(0, 7000)).toBe(7000);
    expect(defaultRetryPolicy.delayMs(2, 100)).toBe(4000);
  });

  it('calls an answer slow after 2.5 s, so a function retrying on its side is not a bare spinner', () => {
    expect(defaultRetryPolicy.slowAfterMs).toBe(2500);
  });
});

describe('retriesByItself', () => {
  it('retries HubSpot being down or busy, nothing the user or the portal must change', () => {
    const error = (
      code: 'UNAVAILABLE' | 'RATE_LIMITED' | 'VALIDATION' | 'INTERNAL',
      retryable: boolean,
    ) => retriesByItself({ code, message: '', retryable });
    expect(error('UNAVAILABLE', true)).toBe(true);
    expect(error('RATE_LIMITED', true)).toBe(true);
    expect(error('RATE_LIMITED', false)).toBe(false);
    expect(error('VALIDATION', false)).toBe(false);
    expect(error('INTERNAL', true)).toBe(false);
  });
});
