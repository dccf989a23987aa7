/** Records as HubSpot's v3 object endpoints return them. */
import type { CrmStore } from '../store/crmStore';
import type { ObjectTypeId, StoredRecord } from '../store/types';
import { OBJECT_TYPES } from '../store/objectTypes';

export interface PublicObject {
  id: string;
  properties: Record<string, string | null>;
  propertiesWithHistory?: Record<
    string,
    { value: string; timestamp: string; sourceType: string }[]
  >;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
  associations?: Record<string, { results: { id: string; type: string }[] }>;
}

export interface ReadOptions {
  /** Asked-for properties; empty = the type's defaults. */
  properties: readonly string[];
  propertiesWithHistory?: readonly string[];
  /** Object types whose links to include (v3 `associations`). */
  associations?: readonly ObjectTypeId[];
}

/** The asked-for properties (plus the always-returned ones), unset ones as null. */
export function selectProperties(
  store: CrmStore,
  type: ObjectTypeId,
  record: StoredRecord,
  asked: readonly string[],
): Record<string, string | null> {
  const info = OBJECT_TYPES[type];
  const definitions = store.properties[type];
  const names = asked.length === 0 ? info.defaultProperties : [...asked, ...info.alwaysProperties];
  const properties: Record<string, string | null> = {};
  for (const name of names) {
    if (asked.length > 0 && !definitions.has(name)) continue;
    properties[name] = record.properties[name] ?? null;
  }
  return properties;
}

export function serializeRecord(
  store: CrmStore,
  type: ObjectTypeId,
  record: StoredRecord,
  options: ReadOptions,
): PublicObject {
  const result: PublicObject = {
    id: record.id,
    properties: selectProperties(store, type, record, options.properties),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archived: record.archived,
  };
  if (record.archivedAt) result.archivedAt = record.archivedAt;
  if (options.propertiesWithHistory?.length) {
    // The sandbox keeps no value history: the current value is the only entry.
    const history: NonNullable<PublicObject['propertiesWithHistory']> = {};
    for (const name of options.propertiesWithHistory) {
      const value = record.properties[name];
      if (!store.properties[type].has(name)) continue;
      history[name] =
        value === undefined ? [] : [{ value, timestamp: record.updatedAt, sourceType: 'API' }];
    }
    result.propertiesWithHistory = history;
  }
  if (options.associations?.length) {
    const associations: NonNullable<PublicObject['associations']> = {};
    for (const toType of options.associations) {
      const links = store.linkedIds(type, record.id, toType);
      const results: { id: string; type: string }[] = [];
      for (const [toId, typeIds] of links ?? []) {
        if (store.get(toType, toId)?.archived !== false) continue;
        for (const typeId of typeIds) {
          results.push({
            id: toId,
            type: store.associationTypes.get(typeId)?.name ?? String(typeId),
          });
        }
      }
      if (results.length > 0) associations[OBJECT_TYPES[toType].plural] = { results };
    }
    if (Object.keys(associations).length > 0) result.associations = associations;
  }
  return result;
}

/** Create/update responses carry every stored property of the record. */
export function serializeWritten(record: StoredRecord): PublicObject {
  return {
    id: record.id,
    properties: { ...record.properties },
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archived: record.archived,
    ...(record.archivedAt ? { archivedAt: record.archivedAt } : {}),
  };
}
