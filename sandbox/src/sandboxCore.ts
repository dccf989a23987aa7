/**
 * The sandbox's state behind the HTTP layer: the store, its persistence, the live config,
 * limits, faults and the request log. Reset and restore swap the store as a whole.
 */
import { CrmStore } from './store/crmStore';
import type { SandboxSnapshot, StoreEffect } from './store/types';
import type { OBJECT_TYPE_IDS } from './store/objectTypes';
import { buildSeed } from './seeds/buildSeed';
import { DataFolderError, DiskStore } from './persistence/diskStore';
import {
  configProblems,
  defaultConfig,
  mergeConfig,
  type SandboxConfig,
  type SandboxConfigPatch,
} from './config';
import { RateLimiter } from './http/rateLimiter';
import { FaultInjector } from './http/faults';
import { RequestLog } from './http/requestLog';
import type { WriteEnv } from './store/objectWrites';
import type { SandboxHealth } from './control';
import { validationError } from './http/hubspotError';

export interface SandboxCoreOptions {
  seed: string;
  dataDir: string | null;
  config?: SandboxConfigPatch;
  /** Ignore what dataDir holds and start from the seed. */
  resetData?: boolean;
}

export class SandboxCore implements WriteEnv {
  store: CrmStore;
  config: SandboxConfig;
  readonly limiter = new RateLimiter();
  readonly faults = new FaultInjector();
  readonly log = new RequestLog();
  private readonly disk: DiskStore | undefined;
  private readonly initialConfig: SandboxConfig;
  /** Notes for the CLI about how the store was loaded. */
  readonly loadNotes: string[] = [];

  constructor(options: SandboxCoreOptions) {
    this.initialConfig = checkedConfig(mergeConfig(defaultConfig(), options.config ?? {}));
    this.config = this.initialConfig;
    this.disk = options.dataDir ? new DiskStore(options.dataDir) : undefined;
    try {
      this.store = this.loadStore(options);
    } catch (error) {
      // Nothing has been compacted: the folder is left exactly as it was, and unlocked.
      this.disk?.close();
      throw error;
    }
    this.disk?.compact(this.store.toSnapshot());
  }

  private loadStore(options: SandboxCoreOptions): CrmStore {
    const loaded = options.resetData ? undefined : this.disk?.load();
    if (!loaded) return new CrmStore(buildSeed(options.seed));
    const store = new CrmStore(loaded.snapshot);
    const replay = { now: Date.now(), trackHistory: false };
    for (const entry of loaded.journal) {
      try {
        for (const effect of entry.effects) store.apply(effect, replay);
      } catch (error) {
        throw new DataFolderError(
          `${loaded.journalPath}:${entry.line}: this write cannot be replayed (${
            error instanceof Error ? error.message : String(error)
          }). Refusing to start, so that nothing is lost: repair or remove the line, or start over with --reset.`,
        );
      }
    }
    this.loadNotes.push(
      `loaded ${options.dataDir ?? ''} (seed ${loaded.snapshot.seed}, ${loaded.journal.length} journalled writes${
        loaded.skippedLines ? `, ${loaded.skippedLines} torn line ignored` : ''
      })`,
    );
    return store;
  }

  now(): number {
    return Date.now();
  }

  commit(effects: StoreEffect[]): void {
    const options = { now: this.now(), trackHistory: this.config.indexLagMs > 0 };
    for (const effect of effects) this.store.apply(effect, options);
    this.disk?.append(effects);
  }

  setConfig(patch: unknown): SandboxConfig {
    this.config = checkedConfig(mergeConfig(this.config, patch));
    return this.config;
  }

  resetConfig(): SandboxConfig {
    this.config = this.initialConfig;
    return this.config;
  }

  reset(seed?: string): void {
    this.replaceStore(new CrmStore(buildSeed(seed ?? this.store.seed)));
    this.log.clear();
    this.faults.clear();
    this.limiter.clear();
  }

  restore(snapshot: SandboxSnapshot): void {
    this.replaceStore(new CrmStore(snapshot));
  }

  health(): SandboxHealth {
    const live = (type: (typeof OBJECT_TYPE_IDS)[number]): number => {
      let count = 0;
      for (const record of this.store.records[type].values()) if (!record.archived) count += 1;
      return count;
    };
    return {
      ok: true,
      seed: this.store.seed,
      counts: { tickets: live('0-5'), contacts: live('0-1'), companies: live('0-2') },
    };
  }

  close(): void {
    if (this.disk) {
      this.disk.compact(this.store.toSnapshot());
      this.disk.close();
    }
  }

  private replaceStore(store: CrmStore): void {
    this.store = store;
    this.disk?.compact(store.toSnapshot());
  }
}

function checkedConfig(config: SandboxConfig): SandboxConfig {
  const problems = configProblems(config);
  if (problems.length > 0) throw validationError(`Invalid sandbox config: ${problems.join('; ')}`);
  return config;
}
