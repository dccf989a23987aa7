/** A store plus a hand-driven clock, for unit tests of writes and search. */
import { CrmStore } from '../store/crmStore';
import type { StoreEffect } from '../store/types';
import type { WriteEnv } from '../store/objectWrites';
import { buildSeed } from '../seeds/buildSeed';

export interface MemoryEnv extends WriteEnv {
  /** Moves the clock forward. */
  advance(ms: number): void;
  /** Every committed write, in order. */
  committed: StoreEffect[][];
  trackHistory: boolean;
}

export function memoryEnv(
  seed = 'demo',
  startMs = Date.parse('2026-12-01T00:00:00.000Z'),
): MemoryEnv {
  let now = startMs;
  const env: MemoryEnv = {
    store: new CrmStore(buildSeed(seed)),
    committed: [],
    trackHistory: false,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    commit(effects) {
      for (const effect of effects) {
        env.store.apply(effect, { now, trackHistory: env.trackHistory });
      }
      env.committed.push(effects);
    },
  };
  return env;
}
