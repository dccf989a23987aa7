import { RateLimiter } from './rateLimiter';

const limits = { tenSecondly: 3, secondly: 2, daily: 100 };

describe('the rate limiter', () => {
  it('allows tenSecondly calls per rolling 10 s window per token', () => {
    const limiter = new RateLimiter();
    const results = [0, 1, 2, 3].map((t) => limiter.check('a', false, t, limits));
    expect(results.map((result) => result.rejectedBy)).toEqual([
      undefined,
      undefined,
      undefined,
      'TEN_SECONDLY_ROLLING',
    ]);
    expect(results[2]?.headers['X-HubSpot-RateLimit-Remaining']).toBe('0');
    expect(limiter.check('b', false, 3, limits).rejectedBy).toBeUndefined();
    expect(limiter.check('a', false, 10_000, limits).rejectedBy).toBeUndefined();
  });

  it('limits search calls per second with the SECONDLY policy', () => {
    const limiter = new RateLimiter();
    const results = [0, 10, 20].map((t) => limiter.check('a', true, t, limits));
    expect(results.map((result) => result.rejectedBy)).toEqual([undefined, undefined, 'SECONDLY']);
    expect(limiter.check('a', true, 1000, limits).rejectedBy).toBeUndefined();
  });

  it('reports HubSpot headers and can be switched off', () => {
    const limiter = new RateLimiter();
    expect(limiter.check('a', false, 0, limits).headers).toEqual({
      'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
      'X-HubSpot-RateLimit-Max': '3',
      'X-HubSpot-RateLimit-Remaining': '2',
      'X-HubSpot-RateLimit-Daily': '100',
      'X-HubSpot-RateLimit-Daily-Remaining': '99',
    });
    const off = { tenSecondly: null, secondly: null, daily: null };
    for (let t = 0; t < 50; t += 1)
      expect(limiter.check('c', true, t, off).rejectedBy).toBeUndefined();
  });
});
