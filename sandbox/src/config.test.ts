import { configProblems, defaultConfig, mergeConfig } from './config';

describe('sandbox config', () => {
  it('deep-merges patches, with null switching a limit off', () => {
    const merged = mergeConfig(defaultConfig(), {
      rateLimits: { secondly: null },
      latency: { routes: { 'GET /x': { fixedMs: 5, jitterMs: 0 } } },
    });
    expect(merged.rateLimits).toEqual({ tenSecondly: 190, secondly: null, daily: 1_000_000 });
    expect(merged.latency.default).toEqual({ fixedMs: 0, jitterMs: 0 });
    expect(merged.latency.routes['GET /x']).toEqual({ fixedMs: 5, jitterMs: 0 });
  });

  it('names every problem of an invalid config', () => {
    const config = mergeConfig(defaultConfig(), {
      indexLagMs: -1,
      faults: { rates: { '500': 2, '418': 0.1 } },
    });
    expect(configProblems(config)).toEqual([
      'indexLagMs must be a number >= 0',
      'faults.rates: unknown fault "418" (one of 500, 502, 503, 429-ten-secondly, 429-secondly, 429-daily)',
      'faults.rates.500 must be a number between 0 and 1',
    ]);
  });

  it('ignores __proto__ keys in a patch', () => {
    const merged = mergeConfig(defaultConfig(), JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
