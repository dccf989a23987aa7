import { median, percentile, summarize, sumCounts } from './stats';

describe('stats', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
  });

  it('summarises with median, min, max and count', () => {
    expect(summarize([5, 1, 9])).toEqual({ median: 5, min: 1, max: 9, n: 3 });
  });

  it('reports NaN rather than a made-up figure when nothing was measured', () => {
    expect(summarize([]).median).toBeNaN();
  });
});

describe('sumCounts', () => {
  it('adds counts key by key', () => {
    expect(
      sumCounts([
        { a: 1, b: 2 },
        { b: 3, c: 1 },
      ]),
    ).toEqual({ a: 1, b: 5, c: 1 });
  });
});
