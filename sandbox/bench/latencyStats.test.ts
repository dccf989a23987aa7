import { percentile, summarize } from './latencyStats';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, n) => n + 1);

  it('returns a value that was measured', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN for no samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  it('sorts before ranking and reports count, max and mean', () => {
    expect(summarize([3, 1, 2, 10])).toEqual({ count: 4, p50: 2, p99: 10, max: 10, mean: 4 });
  });
});
