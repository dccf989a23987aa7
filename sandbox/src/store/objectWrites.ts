/**
 * Record writes (create, update, upsert, archive, and their batches). Each call checks
 * everything first, then commits its effects at once: a failing call changes nothing.
 */
import type { CrmStore } from './crmStore';
import type { ObjectTypeId, StoreEffect, StoredRecord } from './types';
import { OBJECT_TYPES } from './objectTypes';
import { HubSpotError, validationError } from '../http/hubspotError';
import { ticketState, validatePropertyWrite, type PropertyChanges } from './propertyWrites';
import { missingRequired, RuleViolation, type RuleRefusal } from './validationRules';

export interface WriteEnv {
  store: CrmStore;
  /** Applies effects and journals them as one committed write. */
  commit(effects: StoreEffect[]): void;
  now(): number;
}

export interface AssociationInput {
  to: { id: string };
  types: { associationCategory: string; associationTypeId: number }[];
}

export interface CreateInput {
  properties: unknown;
  associations?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A live (not archived) record by id, or by the value of a unique `idProperty`. */
export function findLive(
  store: CrmStore,
  type: ObjectTypeId,
  idOrValue: string,
  idProperty?: string,
): StoredRecord | undefined {
  const id = resolveId(store, type, idOrValue, idProperty);
  const record = id === undefined ? undefined : store.get(type, id);
  return record && !record.archived ? record : undefined;
}

export function resolveId(
  store: CrmStore,
  type: ObjectTypeId,
  idOrValue: string,
  idProperty?: string,
): string | undefined {
  if (!idProperty || idProperty === 'hs_object_id') return idOrValue;
  // HubSpot lets contacts be addressed by email although it is not a unique property.
  if (type === '0-1' && idProperty === 'email') {
    const email = idOrValue.toLowerCase();
    for (const record of store.records['0-1'].values()) {
      if (!record.archived && record.properties.email?.toLowerCase() === email) return record.id;
    }
    return undefined;
  }
  const definition = store.properties[type].get(idProperty);
  if (!definition) {
    throw validationError(`Property "${idProperty}" does not exist`);
  }
  if (!definition.hasUniqueValue) {
    throw validationError(
      `Property "${idProperty}" can't be used as idProperty because it doesn't have unique values`,
    );
  }
  return store.findByUnique(type, idProperty, idOrValue);
}

/** Turns a timestamp into a write time strictly after the record's last write. */
function writeTime(now: number, existing?: StoredRecord): string {
  const last = existing ? Date.parse(existing.updatedAt) : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(now, last + 1)).toISOString();
}

function applyChanges(
  store: CrmStore,
  type: ObjectTypeId,
  id: string,
  requested: PropertyChanges,
  at: string,
  existing?: StoredRecord,
): StoredRecord {
  const changes: PropertyChanges = { ...requested };
  if (type === '0-5') {
    const before = existing ? ticketState(store.pipelines, existing.properties) : undefined;
    const after = ticketState(store.pipelines, {
      ...existing?.properties,
      ...(changes.hs_pipeline ? { hs_pipeline: changes.hs_pipeline } : {}),
      ...(changes.hs_pipeline_stage ? { hs_pipeline_stage: changes.hs_pipeline_stage } : {}),
    });
    // Entering a closed stage stamps closed_date and time_to_close; reopening clears both.
    if (after === 'CLOSED' && before !== 'CLOSED') {
      changes.closed_date = at;
      const created = existing ? Date.parse(existing.createdAt) : Date.parse(at);
      changes.time_to_close = String(Math.max(0, Date.parse(at) - created));
    }
    if (after === 'OPEN') {
      changes.closed_date = null;
      changes.time_to_close = null;
    }
  }
  const properties: Record<string, string> = {};
  for (const [name, value] of Object.entries(existing?.properties ?? {})) {
    if (!(name in changes)) properties[name] = value;
  }
  for (const [name, value] of Object.entries(changes)) {
    if (value !== null) properties[name] = value;
  }
  properties.hs_object_id = id;
  properties[OBJECT_TYPES[type].lastModifiedProperty] = at;
  if (!existing) properties.createdate = at;
  return {
    id,
    properties,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    archived: false,
  };
}

/** Unique values (hasUniqueValue, contact email) must not collide with other live records. */
function checkUnique(
  store: CrmStore,
  type: ObjectTypeId,
  record: StoredRecord,
  claimed: Map<string, string>,
): void {
  for (const property of store.uniqueProperties(type)) {
    const value = record.properties[property];
    if (value === undefined) continue;
    const owner = store.findByUnique(type, property, value) ?? claimed.get(`${property}=${value}`);
    if (owner !== undefined && owner !== record.id) {
      throw new HubSpotError(
        409,
        'CONFLICT',
        `A ${OBJECT_TYPES[type].singular} with ${property}=${JSON.stringify(value)} already exists. Existing ID: ${owner}`,
      );
    }
    claimed.set(`${property}=${value}`, record.id);
  }
  if (type === '0-1' && record.properties.email !== undefined) {
    const email = record.properties.email.toLowerCase();
    const claimedBy = claimed.get(`email=${email}`);
    let owner = claimedBy !== undefined && claimedBy !== record.id ? claimedBy : undefined;
    if (owner === undefined) {
      for (const other of store.records['0-1'].values()) {
        if (
          other.id !== record.id &&
          !other.archived &&
          other.properties.email?.toLowerCase() === email
        ) {
          owner = other.id;
          break;
        }
      }
    }
    if (owner !== undefined) {
      throw new HubSpotError(409, 'CONFLICT', `Contact already exists. Existing ID: ${owner}`);
    }
    claimed.set(`email=${email}`, record.id);
  }
}

/** Validates `associations` of a create input into link effects. */
function associationEffects(
  store: CrmStore,
  type: ObjectTypeId,
  id: string,
  raw: unknown,
): StoreEffect[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw))
    throw validationError('Invalid input JSON: "associations" must be an array');
  const effects: StoreEffect[] = [];
  for (const [index, item] of raw.entries()) {
    if (!isRecord(item) || !isRecord(item.to) || !Array.isArray(item.types)) {
      throw validationError(
        `Invalid input JSON: associations[${index}] must be {to: {id}, types: [{associationCategory, associationTypeId}]}`,
      );
    }
    const toId = String(item.to.id ?? '');
    for (const spec of item.types) {
      const typeId = isRecord(spec) ? Number(spec.associationTypeId) : Number.NaN;
      const definition = store.associationTypes.get(typeId);
      if (!isRecord(spec) || !definition || definition.fromType !== type) {
        throw validationError(
          `${isRecord(spec) ? String(spec.associationTypeId) : 'undefined'} is not a valid association type id for ${OBJECT_TYPES[type].plural}`,
        );
      }
      if (spec.associationCategory !== definition.category) {
        throw validationError(
          `association type ${typeId} is of category ${definition.category}, not ${String(spec.associationCategory)}`,
        );
      }
      const target = store.get(definition.toType, toId);
      if (!target || target.archived) {
        throw new HubSpotError(
          400,
          'VALIDATION_ERROR',
          `One or more associations are invalid: ${OBJECT_TYPES[definition.toType].singular} ${toId} does not exist`,
          { context: { id: [toId] } },
        );
      }
      effects.push({
        kind: 'link',
        fromType: type,
        fromId: id,
        toType: definition.toType,
        toId,
        typeIds: [typeId],
      });
    }
  }
  return effects;
}

function requireInput(input: unknown, what: string): Record<string, unknown> {
  if (!isRecord(input)) throw validationError(`Invalid input JSON: ${what} must be an object`);
  return input;
}

export function createRecords(
  env: WriteEnv,
  type: ObjectTypeId,
  inputs: unknown[],
): StoredRecord[] {
  const { store } = env;
  const now = env.now();
  const effects: StoreEffect[] = [];
  const created: StoredRecord[] = [];
  const claimed = new Map<string, string>();
  const refusals: RuleRefusal[] = [];
  const firstId = store.nextId;
  for (const [index, raw] of inputs.entries()) {
    const where = inputs.length > 1 ? `inputs[${index}]` : 'the body';
    const input = requireInput(raw, where);
    const changes = validatePropertyWrite(input.properties ?? {}, { store, type });
    // Ids are handed out only once everything is valid (below), so peek for now.
    const id = String(firstId + index);
    const record = applyChanges(store, type, id, changes, new Date(now).toISOString());
    const missing = missingRequired(store, type, record, true);
    if (missing.length > 0) refusals.push({ id: where, missing });
    checkUnique(store, type, record, claimed);
    created.push(record);
    effects.push({ kind: 'putObject', objectType: type, record });
    effects.push(...associationEffects(store, type, id, input.associations));
  }
  // A create is all or nothing: one refused input refuses the batch.
  if (refusals.length > 0) throw new RuleViolation(refusals);
  for (let index = 0; index < inputs.length; index += 1) store.allocateId();
  env.commit(effects);
  return created;
}

export interface UpdateInput {
  id: string;
  properties: unknown;
  idProperty?: string;
}

/** Batch update and upsert change an existing record the same way: validate, apply, stay unique. */
function rewriteExisting(
  store: CrmStore,
  type: ObjectTypeId,
  existing: StoredRecord,
  properties: unknown,
  now: number,
  claimed: Map<string, string>,
): StoredRecord {
  const changes = validatePropertyWrite(properties ?? {}, { store, type, existing });
  const record = applyChanges(
    store,
    type,
    existing.id,
    changes,
    writeTime(now, existing),
    existing,
  );
  checkUnique(store, type, record, claimed);
  return record;
}

export interface UpdateOutcome {
  updated: StoredRecord[];
  missing: string[];
  /** Inputs a portal rule refused; nothing of them was written. */
  refused: RuleRefusal[];
}

export function updateRecords(
  env: WriteEnv,
  type: ObjectTypeId,
  inputs: UpdateInput[],
): UpdateOutcome {
  const { store } = env;
  const now = env.now();
  const effects: StoreEffect[] = [];
  const updated: StoredRecord[] = [];
  const missing: string[] = [];
  const refused: RuleRefusal[] = [];
  const claimed = new Map<string, string>();
  const seen = new Set<string>();
  for (const input of inputs) {
    const existing = findLive(store, type, input.id, input.idProperty);
    if (!existing) {
      missing.push(input.id);
      continue;
    }
    if (seen.has(existing.id))
      throw validationError(`Duplicate IDs found in batch input: [${input.id}]`);
    seen.add(existing.id);
    const record = rewriteExisting(store, type, existing, input.properties, now, claimed);
    const lacking = missingRequired(store, type, record, false);
    if (lacking.length > 0) {
      refused.push({ id: input.id, missing: lacking });
      continue;
    }
    updated.push(record);
    effects.push({ kind: 'putObject', objectType: type, record });
  }
  if (effects.length > 0) env.commit(effects);
  return { updated, missing, refused };
}

export interface UpsertResult {
  record: StoredRecord;
  isNew: boolean;
}

export function upsertRecords(
  env: WriteEnv,
  type: ObjectTypeId,
  inputs: { id: string; idProperty?: string; properties: unknown }[],
): UpsertResult[] {
  const { store } = env;
  const now = env.now();
  const effects: StoreEffect[] = [];
  const results: UpsertResult[] = [];
  const claimed = new Map<string, string>();
  const refusals: RuleRefusal[] = [];
  let nextId = store.nextId;
  for (const input of inputs) {
    const existing = findLive(store, type, input.id, input.idProperty);
    if (existing) {
      const record = rewriteExisting(store, type, existing, input.properties, now, claimed);
      const lacking = missingRequired(store, type, record, false);
      if (lacking.length > 0) refusals.push({ id: input.id, missing: lacking });
      results.push({ record, isNew: false });
      effects.push({ kind: 'putObject', objectType: type, record });
      continue;
    }
    if (!input.idProperty || input.idProperty === 'hs_object_id') {
      throw validationError(
        `Object ${input.id} does not exist: upserting a new record needs an idProperty with unique values`,
      );
    }
    const properties = {
      ...(isRecord(input.properties) ? input.properties : {}),
      [input.idProperty]: input.id,
    };
    const changes = validatePropertyWrite(properties, {
      store,
      type,
      allowReadOnly: [input.idProperty],
    });
    const id = String(nextId);
    nextId += 1;
    const record = applyChanges(store, type, id, changes, new Date(now).toISOString());
    const lacking = missingRequired(store, type, record, true);
    if (lacking.length > 0) refusals.push({ id: input.id, missing: lacking });
    checkUnique(store, type, record, claimed);
    results.push({ record, isNew: true });
    effects.push({ kind: 'putObject', objectType: type, record });
  }
  if (refusals.length > 0) throw new RuleViolation(refusals);
  while (store.nextId < nextId) store.allocateId();
  if (effects.length > 0) env.commit(effects);
  return results;
}

/** Moves records to the recycle bin; unknown or already archived ids are ignored. */
export function archiveRecords(env: WriteEnv, type: ObjectTypeId, ids: string[]): number {
  const { store } = env;
  const now = env.now();
  const effects: StoreEffect[] = [];
  for (const id of new Set(ids)) {
    const existing = store.get(type, id);
    if (!existing || existing.archived) continue;
    const at = writeTime(now, existing);
    effects.push({
      kind: 'putObject',
      objectType: type,
      record: { ...existing, archived: true, archivedAt: at, updatedAt: at },
    });
  }
  if (effects.length > 0) env.commit(effects);
  return effects.length;
}
