/**
 * The in-memory CRM: records, two-way association indexes, property definitions,
 * pipelines and association types. It changes only through `apply(effect)`, so the same
 * effects rebuild it from the journal; validation happens before effects are made.
 */
import type {
  AssociationType,
  ObjectTypeId,
  Owner,
  ValidationRule,
  Pipeline,
  PropertyDefinition,
  SandboxSnapshot,
  StoreEffect,
  StoredRecord,
} from './types';
import { OBJECT_TYPE_IDS } from './objectTypes';

/** toType -> toId -> association type ids (from this record's side). */
export type LinkTable = Map<ObjectTypeId, Map<string, number[]>>;

interface SearchHistory {
  /** What search saw before the first tracked write; null for a record created since. */
  base: StoredRecord | null;
  versions: { at: number; record: StoredRecord }[];
}

export interface ApplyOptions {
  now: number;
  /** Remember the write for the search index lag (off when replaying or seeding). */
  trackHistory: boolean;
}

function byType<T>(make: () => T): Record<ObjectTypeId, T> {
  return { '0-1': make(), '0-2': make(), '0-5': make() };
}

export class CrmStore {
  seed: string;
  nextId: number;
  readonly records = byType(() => new Map<string, StoredRecord>());
  readonly properties = byType(() => new Map<string, PropertyDefinition>());
  pipelines: Pipeline[];
  readonly associationTypes = new Map<number, AssociationType>();
  readonly owners: readonly Owner[];
  validationRules: readonly ValidationRule[];
  private readonly links = new Map<string, LinkTable>();
  /** objectType -> unique property -> value -> record id. */
  private readonly unique = byType(() => new Map<string, Map<string, string>>());
  private readonly history = byType(() => new Map<string, SearchHistory>());
  /** Recent link changes of record pairs, for search's view of associations under lag. */
  private readonly linkHistory = new Map<
    string,
    { base: boolean; versions: { at: number; linked: boolean }[] }
  >();
  /** `type:id` -> `type:id` of partners with a pending link change. */
  private readonly pendingLinks = new Map<string, Set<string>>();

  constructor(snapshot: SandboxSnapshot) {
    this.seed = snapshot.seed;
    this.nextId = snapshot.nextId;
    this.pipelines = snapshot.pipelines;
    this.owners = snapshot.owners ?? [];
    this.validationRules = snapshot.validationRules ?? [];
    for (const type of snapshot.associationTypes) this.associationTypes.set(type.typeId, type);
    for (const type of OBJECT_TYPE_IDS) {
      for (const definition of snapshot.properties[type]) {
        this.properties[type].set(definition.name, definition);
        if (definition.hasUniqueValue && definition.name !== 'hs_object_id') {
          this.unique[type].set(definition.name, new Map());
        }
      }
      const records = this.records[type];
      for (const record of snapshot.objects[type]) {
        records.set(record.id, record);
        this.indexUnique(type, undefined, record);
      }
    }
    for (const [fromType, fromId, toType, toId, typeIds] of snapshot.associations) {
      this.addLink(fromType, fromId, toType, toId, typeIds);
    }
  }

  apply(effect: StoreEffect, options: ApplyOptions): void {
    switch (effect.kind) {
      case 'putObject':
        this.putObject(effect.objectType, effect.record, options);
        return;
      case 'link':
      case 'unlink': {
        const { fromType, fromId, toType, toId } = effect;
        const before = this.isLinked(fromType, fromId, toType, toId);
        if (effect.kind === 'link') this.addLink(fromType, fromId, toType, toId, effect.typeIds);
        else this.removeLink(fromType, fromId, toType, toId, effect.typeIds);
        const after = this.isLinked(fromType, fromId, toType, toId);
        if (options.trackHistory && before !== after) {
          this.recordLinkChange(fromType, fromId, toType, toId, before, after, options.now);
        }
        return;
      }
      case 'putProperty': {
        const { objectType, definition } = effect;
        this.properties[objectType].set(definition.name, definition);
        if (definition.hasUniqueValue && !this.unique[objectType].has(definition.name)) {
          const index = new Map<string, string>();
          for (const record of this.records[objectType].values()) {
            const value = record.properties[definition.name];
            if (value !== undefined && !record.archived) index.set(value, record.id);
          }
          this.unique[objectType].set(definition.name, index);
        }
        return;
      }
      case 'putAssociationType':
        this.associationTypes.set(effect.type.typeId, effect.type);
        return;
      case 'removeAssociationType':
        this.removeAssociationType(effect.typeId);
        return;
      case 'setValidationRules':
        this.validationRules = effect.rules;
        return;
    }
  }

  private removeAssociationType(typeId: number): void {
    const type = this.associationTypes.get(typeId);
    if (!type) return;
    const fallback = (from: ObjectTypeId, to: ObjectTypeId): number | undefined =>
      [...this.associationTypes.values()].find(
        (candidate) =>
          candidate.fromType === from && candidate.toType === to && candidate.isDefault,
      )?.typeId;
    const removed = [type.typeId, type.inverseTypeId];
    for (const [key, table] of this.links) {
      const fromType = key.slice(0, key.indexOf(':')) as ObjectTypeId;
      for (const [toType, targets] of table) {
        const isPair =
          (fromType === type.fromType && toType === type.toType) ||
          (fromType === type.toType && toType === type.fromType);
        if (!isPair) continue;
        for (const [toId, typeIds] of targets) {
          const kept = typeIds.filter((id) => !removed.includes(id));
          if (kept.length === typeIds.length) continue;
          const defaultId = fallback(fromType, toType);
          targets.set(toId, kept.length > 0 || defaultId === undefined ? kept : [defaultId]);
        }
      }
    }
    this.associationTypes.delete(type.typeId);
    this.associationTypes.delete(type.inverseTypeId);
  }

  allocateId(): string {
    const id = String(this.nextId);
    this.nextId += 1;
    return id;
  }

  get(type: ObjectTypeId, id: string): StoredRecord | undefined {
    return this.records[type].get(id);
  }

  /** The id of the live record holding `value` in a unique property, if any. */
  findByUnique(type: ObjectTypeId, property: string, value: string): string | undefined {
    if (property === 'hs_object_id') return this.records[type].has(value) ? value : undefined;
    return this.unique[type].get(property)?.get(value);
  }

  uniqueProperties(type: ObjectTypeId): string[] {
    return [...this.unique[type].keys()];
  }

  linksOf(type: ObjectTypeId, id: string): LinkTable | undefined {
    return this.links.get(`${type}:${id}`);
  }

  /** Ids of `toType` records linked to (type, id), in link order. */
  linkedIds(
    type: ObjectTypeId,
    id: string,
    toType: ObjectTypeId,
  ): Map<string, number[]> | undefined {
    return this.links.get(`${type}:${id}`)?.get(toType);
  }

  /**
   * The version of a record search can see at `cutoff` (ms): the latest write at or
   * before it. undefined when search cannot see the record yet.
   */
  searchable(type: ObjectTypeId, id: string, cutoff: number): StoredRecord | undefined {
    const current = this.records[type].get(id);
    const history = this.history[type].get(id);
    if (!history) return current;
    const { versions } = history;
    // Forget versions every later search would skip anyway (cutoff only moves forward
    // while the lag setting stays put).
    while (versions.length > 0 && versions[0] !== undefined && versions[0].at <= cutoff) {
      history.base = versions[0].record;
      versions.shift();
    }
    if (versions.length === 0) {
      this.history[type].delete(id);
      return current;
    }
    return history.base ?? undefined;
  }

  hasPendingHistory(type: ObjectTypeId): boolean {
    return this.history[type].size > 0;
  }

  isLinked(type: ObjectTypeId, id: string, toType: ObjectTypeId, toId: string): boolean {
    return this.links.get(`${type}:${id}`)?.get(toType)?.has(toId) ?? false;
  }

  hasPendingLinks(): boolean {
    return this.linkHistory.size > 0;
  }

  /** Whether search saw the pair linked at `cutoff` (ms); see `searchable`. */
  linkedAt(
    type: ObjectTypeId,
    id: string,
    toType: ObjectTypeId,
    toId: string,
    cutoff: number,
  ): boolean {
    const key = pairKey(type, id, toType, toId);
    const history = this.linkHistory.get(key);
    if (!history) return this.isLinked(type, id, toType, toId);
    const { versions } = history;
    while (versions.length > 0 && versions[0] !== undefined && versions[0].at <= cutoff) {
      history.base = versions[0].linked;
      versions.shift();
    }
    if (versions.length > 0) return history.base;
    this.linkHistory.delete(key);
    this.forgetPending(`${type}:${id}`, `${toType}:${toId}`);
    this.forgetPending(`${toType}:${toId}`, `${type}:${id}`);
    return this.isLinked(type, id, toType, toId);
  }

  /** Ids of `partnerType` records whose link to (type, id) changed recently (search lag). */
  pendingPartners(type: ObjectTypeId, id: string, partnerType: ObjectTypeId): string[] {
    const prefix = `${partnerType}:`;
    return [...(this.pendingLinks.get(`${type}:${id}`) ?? [])]
      .filter((partner) => partner.startsWith(prefix))
      .map((partner) => partner.slice(prefix.length));
  }

  clearHistory(): void {
    for (const type of OBJECT_TYPE_IDS) this.history[type].clear();
    this.linkHistory.clear();
    this.pendingLinks.clear();
  }

  private recordLinkChange(
    fromType: ObjectTypeId,
    fromId: string,
    toType: ObjectTypeId,
    toId: string,
    before: boolean,
    after: boolean,
    now: number,
  ): void {
    const key = pairKey(fromType, fromId, toType, toId);
    const history = this.linkHistory.get(key) ?? { base: before, versions: [] };
    history.versions.push({ at: now, linked: after });
    this.linkHistory.set(key, history);
    this.rememberPending(`${fromType}:${fromId}`, `${toType}:${toId}`);
    this.rememberPending(`${toType}:${toId}`, `${fromType}:${fromId}`);
  }

  private rememberPending(record: string, partner: string): void {
    let partners = this.pendingLinks.get(record);
    if (!partners) {
      partners = new Set();
      this.pendingLinks.set(record, partners);
    }
    partners.add(partner);
  }

  private forgetPending(record: string, partner: string): void {
    const partners = this.pendingLinks.get(record);
    partners?.delete(partner);
    if (partners?.size === 0) this.pendingLinks.delete(record);
  }

  toSnapshot(): SandboxSnapshot {
    const associations: SandboxSnapshot['associations'] = [];
    for (const [key, table] of this.links) {
      const separator = key.indexOf(':');
      const fromType = key.slice(0, separator) as ObjectTypeId;
      const fromId = key.slice(separator + 1);
      for (const [toType, targets] of table) {
        // Each pair is stored in both directions; dump one, restoring adds the other.
        if (toType <= fromType) continue;
        for (const [toId, typeIds] of targets) {
          associations.push([fromType, fromId, toType, toId, [...typeIds]]);
        }
      }
    }
    return {
      version: 1,
      seed: this.seed,
      nextId: this.nextId,
      objects: byTypeFrom((type) => [...this.records[type].values()]),
      associations,
      properties: byTypeFrom((type) => [...this.properties[type].values()]),
      pipelines: this.pipelines,
      associationTypes: [...this.associationTypes.values()],
      owners: [...this.owners],
      validationRules: [...this.validationRules],
    };
  }

  private putObject(type: ObjectTypeId, record: StoredRecord, options: ApplyOptions): void {
    const records = this.records[type];
    const previous = records.get(record.id);
    records.set(record.id, record);
    this.indexUnique(type, previous, record);
    const numericId = Number(record.id);
    if (numericId >= this.nextId) this.nextId = numericId + 1;
    if (options.trackHistory) {
      const history = this.history[type].get(record.id) ?? { base: previous ?? null, versions: [] };
      history.versions.push({ at: options.now, record });
      this.history[type].set(record.id, history);
    }
  }

  private indexUnique(
    type: ObjectTypeId,
    previous: StoredRecord | undefined,
    next: StoredRecord,
  ): void {
    for (const [property, index] of this.unique[type]) {
      const before = previous?.properties[property];
      if (before !== undefined && index.get(before) === next.id) index.delete(before);
      const after = next.properties[property];
      if (after !== undefined && !next.archived) index.set(after, next.id);
    }
  }

  private inverseOf(typeId: number): number {
    return this.associationTypes.get(typeId)?.inverseTypeId ?? typeId;
  }

  private addLink(
    fromType: ObjectTypeId,
    fromId: string,
    toType: ObjectTypeId,
    toId: string,
    typeIds: number[],
  ): void {
    this.addOneWay(fromType, fromId, toType, toId, typeIds);
    this.addOneWay(
      toType,
      toId,
      fromType,
      fromId,
      typeIds.map((typeId) => this.inverseOf(typeId)),
    );
  }

  private addOneWay(
    fromType: ObjectTypeId,
    fromId: string,
    toType: ObjectTypeId,
    toId: string,
    typeIds: number[],
  ): void {
    const key = `${fromType}:${fromId}`;
    let table = this.links.get(key);
    if (!table) {
      table = new Map();
      this.links.set(key, table);
    }
    let targets = table.get(toType);
    if (!targets) {
      targets = new Map();
      table.set(toType, targets);
    }
    const existing = targets.get(toId);
    if (!existing) {
      targets.set(toId, [...typeIds]);
      return;
    }
    for (const typeId of typeIds) if (!existing.includes(typeId)) existing.push(typeId);
  }

  private removeLink(
    fromType: ObjectTypeId,
    fromId: string,
    toType: ObjectTypeId,
    toId: string,
    typeIds: number[] | null,
  ): void {
    this.removeOneWay(fromType, fromId, toType, toId, typeIds);
    this.removeOneWay(
      toType,
      toId,
      fromType,
      fromId,
      typeIds === null ? null : typeIds.map((typeId) => this.inverseOf(typeId)),
    );
  }

  private removeOneWay(
    fromType: ObjectTypeId,
    fromId: string,
    toType: ObjectTypeId,
    toId: string,
    typeIds: number[] | null,
  ): void {
    const key = `${fromType}:${fromId}`;
    const table = this.links.get(key);
    const targets = table?.get(toType);
    const existing = targets?.get(toId);
    if (!table || !targets || !existing) return;
    const kept = typeIds === null ? [] : existing.filter((typeId) => !typeIds.includes(typeId));
    if (kept.length > 0) {
      targets.set(toId, kept);
      return;
    }
    targets.delete(toId);
    if (targets.size === 0) table.delete(toType);
    if (table.size === 0) this.links.delete(key);
  }
}

/** One key per unordered pair of records. */
function pairKey(type: ObjectTypeId, id: string, toType: ObjectTypeId, toId: string): string {
  return type < toType ? `${type}:${id}|${toType}:${toId}` : `${toType}:${toId}|${type}:${id}`;
}

function byTypeFrom<T>(make: (type: ObjectTypeId) => T): Record<ObjectTypeId, T> {
  return { '0-1': make('0-1'), '0-2': make('0-2'), '0-5': make('0-5') };
}
