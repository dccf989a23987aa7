import { defaultRetryPolicy } from './useTicketsList';

describe('defaultRetryPolicy', () => {
  it('backs off a few times, doubling the wait', () => {
    expect(defaultRetryPolicy.retries).toBe(3);
    expect([0, 1, 2].map((retry) => defaultRetryPolicy.delayMs(retry, undefined))).toEqual([
      1000, 2000, 4000,
    ]);
  });

  it("waits at least as long as HubSpot's Retry-After hint", () => {
    expect(defaultRetryPolicy.delayMs(0, 7000)).toBe(7000);
    expect(defaultRetryPolicy.delayMs(2, 100)).toBe(4000);
  });
});
