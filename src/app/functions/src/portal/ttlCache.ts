/**
 * A module-level cache with a short TTL where concurrent callers share one in-flight
 * load: ten cards opening at once cost one HubSpot call, not ten. A failed load is not
 * kept, so the next call tries again.
 */
export interface TtlCache<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
  peek(key: string): T | undefined;
  invalidate(key: string): void;
}

export function createTtlCache<T>(ttlMs: number, maxEntries = 50): TtlCache<T> {
  const entries = new Map<string, { value: Promise<T>; settledAt: number | null }>();

  const fresh = (key: string): { value: Promise<T>; settledAt: number | null } | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.settledAt !== null && Date.now() - entry.settledAt > ttlMs) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const values = new Map<string, T>();

  return {
    get(key, load) {
      const existing = fresh(key);
      if (existing) return existing.value;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      const entry: { value: Promise<T>; settledAt: number | null } = {
        value: load(),
        settledAt: null,
      };
      entries.set(key, entry);
      entry.value.then(
        (value) => {
          entry.settledAt = Date.now();
          values.set(key, value);
        },
        () => {
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return entry.value;
    },
    peek(key) {
      return fresh(key)?.settledAt != null ? values.get(key) : undefined;
    },
    invalidate(key) {
      entries.delete(key);
      values.delete(key);
    },
  };
}
