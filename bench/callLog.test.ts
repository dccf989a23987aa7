import type { LoggedCall } from './callLog';
import { callStats, sequentialRoundTrips } from './callLog';

const call = (startMs: number, endMs: number, status = 200, route = 'GET /x'): LoggedCall => ({
  route,
  status,
  startMs,
  endMs,
});

describe('sequentialRoundTrips', () => {
  it('counts calls made one after another as one round trip each', () => {
    expect(sequentialRoundTrips([call(0, 80), call(81, 170), call(171, 250)])).toBe(3);
  });

  it('counts calls made in parallel as a single round trip', () => {
    expect(sequentialRoundTrips([call(0, 80), call(1, 95), call(2, 90)])).toBe(1);
  });

  it('follows the critical path: two parallel calls, then one after both', () => {
    expect(sequentialRoundTrips([call(0, 80), call(0, 95), call(96, 180)])).toBe(2);
  });

  it('treats a call logged a millisecond before the previous one ended as sequential', () => {
    // Whole-millisecond arrival times can put a follow-up call slightly "before" the end.
    expect(sequentialRoundTrips([call(0, 80.6), call(80, 160)])).toBe(2);
  });

  it('is zero without calls', () => {
    expect(sequentialRoundTrips([])).toBe(0);
  });
});

describe('callStats', () => {
  it('counts calls, 429s and calls per route', () => {
    const stats = callStats([
      call(0, 80, 429, 'POST /s'),
      call(0, 80, 200, 'POST /s'),
      call(90, 100),
    ]);
    expect(stats).toEqual({
      calls: 3,
      sequentialRoundTrips: 2,
      rateLimited: 1,
      byRoute: { 'POST /s': 2, 'GET /x': 1 },
    });
  });
});
