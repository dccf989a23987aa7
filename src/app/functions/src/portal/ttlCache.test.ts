import { createTtlCache } from './ttlCache';

describe('the portal TTL cache', () => {
  it('shares one in-flight load between concurrent callers', async () => {
    const cache = createTtlCache<number>(60_000);
    let loads = 0;
    const load = async (): Promise<number> => {
      loads += 1;
      return 42;
    };
    const values = await Promise.all([cache.get('portal', load), cache.get('portal', load)]);
    expect(values).toEqual([42, 42]);
    expect(loads).toBe(1);
  });

  it('keeps portals apart', async () => {
    const cache = createTtlCache<string>(60_000);
    await cache.get('a', async () => 'first');
    expect(await cache.get('b', async () => 'second')).toBe('second');
  });

  it('forgets a failed load so the next call tries again', async () => {
    const cache = createTtlCache<number>(60_000);
    await expect(
      cache.get('portal', () => Promise.reject(new Error('HubSpot down'))),
    ).rejects.toThrow();
    expect(await cache.get('portal', async () => 7)).toBe(7);
  });

  it('reloads after the TTL', async () => {
    const cache = createTtlCache<number>(0);
    await cache.get('portal', async () => 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await cache.get('portal', async () => 2)).toBe(2);
  });
});
