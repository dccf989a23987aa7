/**
 * Associations 2026-09: single-pair PUT/DELETE, the per-input paged batch read, batch
 * create/default/archive/labels archive, and labels. Differences from v4 (which this
 * sandbox no longer serves): ids as strings (`toObjectId`, `fromObjectId`), 200 with a
 * body for batch create and both archives.
 */
import type { FastifyReply } from 'fastify';
import type { SandboxCore } from '../sandboxCore';
import type { AssociationType, ObjectTypeId, StoreEffect } from '../store/types';
import { OBJECT_TYPES } from '../store/objectTypes';
import { FIRST_USER_TYPE_ID } from '../store/associationTypes';
import { findLive } from '../store/objectWrites';
import { HubSpotError, objectNotFound, validationError } from './hubspotError';
import { objectTypeParam, params, type RouteTable } from './routeTable';
import { ROUTE_KEYS } from '../routeKeys';

const PAGE_LIMIT = 500;
const BATCH_LIMIT = 1000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface LinkedObject {
  toObjectId: string;
  associationTypes: { category: string; typeId: number; label: string | null }[];
}

function describe(core: SandboxCore, typeId: number): LinkedObject['associationTypes'][number] {
  const type = core.store.associationTypes.get(typeId);
  return { category: type?.category ?? 'HUBSPOT_DEFINED', typeId, label: type?.label ?? null };
}

/** Live linked objects of one record, from offset `after`, at most `limit`. */
function linkedPage(
  core: SandboxCore,
  fromType: ObjectTypeId,
  fromId: string,
  toType: ObjectTypeId,
  after: number,
  limit: number,
): { results: LinkedObject[]; next?: number } {
  const links = core.store.linkedIds(fromType, fromId, toType);
  const results: LinkedObject[] = [];
  let position = 0;
  for (const [toId, typeIds] of links ?? []) {
    if (core.store.get(toType, toId)?.archived !== false) continue;
    if (position >= after) {
      if (results.length === limit) return { results, next: position };
      results.push({
        toObjectId: toId,
        associationTypes: typeIds.map((typeId) => describe(core, typeId)),
      });
    }
    position += 1;
  }
  return { results };
}

function defaultType(
  core: SandboxCore,
  fromType: ObjectTypeId,
  toType: ObjectTypeId,
): AssociationType {
  for (const type of core.store.associationTypes.values()) {
    if (type.fromType === fromType && type.toType === toType && type.isDefault) return type;
  }
  throw validationError(
    `No default association between ${OBJECT_TYPES[fromType].plural} and ${OBJECT_TYPES[toType].plural}`,
  );
}

/** Checks association specs `[{associationCategory, associationTypeId}]` for a pair of types. */
function parseSpecs(
  core: SandboxCore,
  raw: unknown,
  fromType: ObjectTypeId,
  toType: ObjectTypeId,
  where: string,
): AssociationType[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw validationError(
      `Invalid input JSON: ${where} must be a non-empty array of {associationCategory, associationTypeId}`,
    );
  }
  return raw.map((spec, index) => {
    const typeId = isRecord(spec) ? Number(spec.associationTypeId) : Number.NaN;
    const type = core.store.associationTypes.get(typeId);
    if (!isRecord(spec) || !type || type.fromType !== fromType || type.toType !== toType) {
      throw validationError(
        `${where}[${index}]: ${isRecord(spec) ? String(spec.associationTypeId) : 'undefined'} is not a valid association type id from ${OBJECT_TYPES[fromType].plural} to ${OBJECT_TYPES[toType].plural}`,
      );
    }
    if (spec.associationCategory !== type.category) {
      throw validationError(
        `${where}[${index}]: association type ${typeId} has category ${type.category}, not ${String(spec.associationCategory)}`,
      );
    }
    return type;
  });
}

function idOf(value: unknown, where: string): string {
  const id = isRecord(value) ? value.id : undefined;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number') return String(id);
  throw validationError(`Invalid input JSON: ${where} must be {"id": "..."}`);
}

function batchInputs(body: unknown): unknown[] {
  if (!isRecord(body) || !Array.isArray(body.inputs)) {
    throw validationError('Invalid input JSON: expected {"inputs": [...]}');
  }
  if (body.inputs.length > BATCH_LIMIT) {
    throw validationError(`Batch input limit exceeded: at most ${BATCH_LIMIT} inputs allowed`);
  }
  return body.inputs;
}

function times(startedAt: string): { startedAt: string; completedAt: string } {
  return { startedAt, completedAt: new Date().toISOString() };
}

function missingObjects(
  fromType: ObjectTypeId,
  fromId: string,
  toType: ObjectTypeId,
  toId: string,
): Record<string, unknown> {
  return {
    status: 'error',
    category: 'VALIDATION_ERROR',
    subCategory: 'crm.associations.INVALID_OBJECT_IDS',
    message: `One or both objects do not exist: ${OBJECT_TYPES[fromType].singular} ${fromId}, ${OBJECT_TYPES[toType].singular} ${toId}`,
    context: { fromObjectId: [fromId], toObjectId: [toId] },
  };
}

/** One `{from, to, types}` input of the labelled batch create and batch label archive. */
function labelledLinkInput(
  core: SandboxCore,
  input: unknown,
  index: number,
  fromType: ObjectTypeId,
  toType: ObjectTypeId,
) {
  const fromId = idOf(isRecord(input) ? input.from : undefined, `inputs[${index}].from`);
  const toId = idOf(isRecord(input) ? input.to : undefined, `inputs[${index}].to`);
  const types = parseSpecs(
    core,
    isRecord(input) ? input.types : undefined,
    fromType,
    toType,
    `inputs[${index}].types`,
  );
  return { fromId, toId, types };
}

export function registerAssociationRoutes(routes: RouteTable, core: SandboxCore): void {
  /** 2026-09 answers archives with a BatchResponseVoid (v4 answered 204). */
  const archived = (reply: FastifyReply, startedAt: string) =>
    reply.code(200).send({ status: 'COMPLETE', results: [], ...times(startedAt) });

  const pair = (p: Record<string, string>): { fromType: ObjectTypeId; toType: ObjectTypeId } => ({
    fromType: objectTypeParam(p.fromObjectType ?? p.objectType),
    toType: objectTypeParam(p.toObjectType),
  });

  routes.add(ROUTE_KEYS.associateDefault, (request) => {
    const p = params(request);
    const { fromType, toType } = pair(p);
    const fromId = p.fromObjectId ?? '';
    const toId = p.toObjectId ?? '';
    if (!findLive(core.store, fromType, fromId)) throw objectNotFound(fromId);
    if (!findLive(core.store, toType, toId)) throw objectNotFound(toId);
    const startedAt = new Date().toISOString();
    const type = defaultType(core, fromType, toType);
    core.commit([{ kind: 'link', fromType, fromId, toType, toId, typeIds: [type.typeId] }]);
    return {
      status: 'COMPLETE',
      results: [
        {
          from: { id: fromId },
          to: { id: toId },
          associationSpec: { associationCategory: type.category, associationTypeId: type.typeId },
        },
        {
          from: { id: toId },
          to: { id: fromId },
          associationSpec: {
            associationCategory: type.category,
            associationTypeId: type.inverseTypeId,
          },
        },
      ],
      ...times(startedAt),
    };
  });

  routes.add(ROUTE_KEYS.associateLabelled, (request, reply) => {
    const p = params(request);
    const { fromType, toType } = pair(p);
    const fromId = p.objectId ?? '';
    const toId = p.toObjectId ?? '';
    const types = parseSpecs(core, request.body, fromType, toType, 'body');
    if (!findLive(core.store, fromType, fromId)) throw objectNotFound(fromId);
    if (!findLive(core.store, toType, toId)) throw objectNotFound(toId);
    core.commit([
      { kind: 'link', fromType, fromId, toType, toId, typeIds: types.map((type) => type.typeId) },
    ]);
    const all = core.store.linkedIds(fromType, fromId, toType)?.get(toId) ?? [];
    return reply.code(201).send({
      fromObjectTypeId: fromType,
      fromObjectId: fromId,
      toObjectTypeId: toType,
      toObjectId: toId,
      labels: all
        .map((typeId) => core.store.associationTypes.get(typeId)?.label)
        .filter((label): label is string => !!label),
    });
  });

  routes.add(ROUTE_KEYS.removeAssociations, (request, reply) => {
    const p = params(request);
    const { fromType, toType } = pair(p);
    core.commit([
      {
        kind: 'unlink',
        fromType,
        fromId: p.objectId ?? '',
        toType,
        toId: p.toObjectId ?? '',
        typeIds: null,
      },
    ]);
    return reply.code(204).send();
  });

  routes.add(ROUTE_KEYS.associationsBatchRead, (request, reply) => {
    const { fromType, toType } = pair(params(request));
    const startedAt = new Date().toISOString();
    const results: Record<string, unknown>[] = [];
    const errors: Record<string, unknown>[] = [];
    for (const [index, input] of batchInputs(request.body).entries()) {
      const fromId = idOf(input, `inputs[${index}]`);
      const afterRaw = isRecord(input) ? input.after : undefined;
      const after = typeof afterRaw === 'string' && /^\d+$/.test(afterRaw) ? Number(afterRaw) : 0;
      const page = linkedPage(core, fromType, fromId, toType, after, PAGE_LIMIT);
      if (page.results.length === 0 || !findLive(core.store, fromType, fromId)) {
        errors.push({
          status: 'error',
          category: 'OBJECT_NOT_FOUND',
          subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
          message: `No ${OBJECT_TYPES[toType].singular} is associated with ${OBJECT_TYPES[fromType].singular} ${fromId}.`,
          context: {
            fromObjectId: [fromId],
            fromObjectType: [OBJECT_TYPES[fromType].upper],
            toObjectType: [OBJECT_TYPES[toType].upper],
          },
        });
        continue;
      }
      results.push({
        from: { id: fromId },
        to: page.results,
        ...(page.next !== undefined ? { paging: { next: { after: String(page.next) } } } : {}),
      });
    }
    if (errors.length === 0) return { status: 'COMPLETE', results, ...times(startedAt) };
    return reply.code(207).send({
      status: 'COMPLETE',
      results,
      numErrors: errors.length,
      errors,
      ...times(startedAt),
    });
  });

  routes.add(ROUTE_KEYS.associationsBatchCreate, (request, reply) => {
    const { fromType, toType } = pair(params(request));
    const startedAt = new Date().toISOString();
    const effects: StoreEffect[] = [];
    const results: Record<string, unknown>[] = [];
    const errors: Record<string, unknown>[] = [];
    for (const [index, input] of batchInputs(request.body).entries()) {
      const { fromId, toId, types } = labelledLinkInput(core, input, index, fromType, toType);
      if (!findLive(core.store, fromType, fromId) || !findLive(core.store, toType, toId)) {
        errors.push(missingObjects(fromType, fromId, toType, toId));
        continue;
      }
      effects.push({
        kind: 'link',
        fromType,
        fromId,
        toType,
        toId,
        typeIds: types.map((type) => type.typeId),
      });
      results.push({
        fromObjectTypeId: fromType,
        fromObjectId: fromId,
        toObjectTypeId: toType,
        toObjectId: toId,
        labels: types.map((type) => type.label).filter((label): label is string => !!label),
      });
    }
    if (effects.length > 0) core.commit(effects);
    const body = {
      status: 'COMPLETE',
      results,
      ...(errors.length ? { numErrors: errors.length, errors } : {}),
      ...times(startedAt),
    };
    return reply.code(errors.length ? 207 : 200).send(body);
  });

  routes.add(ROUTE_KEYS.associationsBatchDefault, (request) => {
    const { fromType, toType } = pair(params(request));
    const startedAt = new Date().toISOString();
    const type = defaultType(core, fromType, toType);
    const effects: StoreEffect[] = [];
    const results: Record<string, unknown>[] = [];
    const errors: Record<string, unknown>[] = [];
    for (const [index, input] of batchInputs(request.body).entries()) {
      const fromId = idOf(isRecord(input) ? input.from : undefined, `inputs[${index}].from`);
      const toId = idOf(isRecord(input) ? input.to : undefined, `inputs[${index}].to`);
      if (!findLive(core.store, fromType, fromId) || !findLive(core.store, toType, toId)) {
        errors.push(missingObjects(fromType, fromId, toType, toId));
        continue;
      }
      effects.push({ kind: 'link', fromType, fromId, toType, toId, typeIds: [type.typeId] });
      results.push({
        from: { id: fromId },
        to: { id: toId },
        associationSpec: { associationCategory: type.category, associationTypeId: type.typeId },
      });
    }
    if (effects.length > 0) core.commit(effects);
    // The SDK accepts only 200 here, so partial failures travel in `errors`.
    return {
      status: 'COMPLETE',
      results,
      ...(errors.length ? { numErrors: errors.length, errors } : {}),
      ...times(startedAt),
    };
  });

  routes.add(ROUTE_KEYS.associationsBatchArchive, (request, reply) => {
    const { fromType, toType } = pair(params(request));
    const startedAt = new Date().toISOString();
    const effects: StoreEffect[] = [];
    for (const [index, input] of batchInputs(request.body).entries()) {
      const fromId = idOf(isRecord(input) ? input.from : undefined, `inputs[${index}].from`);
      const targets = isRecord(input) ? input.to : undefined;
      if (!Array.isArray(targets))
        throw validationError(`Invalid input JSON: inputs[${index}].to must be an array of {id}`);
      for (const [position, target] of targets.entries()) {
        const toId = idOf(target, `inputs[${index}].to[${position}]`);
        effects.push({ kind: 'unlink', fromType, fromId, toType, toId, typeIds: null });
      }
    }
    if (effects.length > 0) core.commit(effects);
    return archived(reply, startedAt);
  });

  routes.add(ROUTE_KEYS.associationsBatchArchiveLabels, (request, reply) => {
    const { fromType, toType } = pair(params(request));
    const startedAt = new Date().toISOString();
    const effects: StoreEffect[] = [];
    for (const [index, input] of batchInputs(request.body).entries()) {
      const { fromId, toId, types } = labelledLinkInput(core, input, index, fromType, toType);
      effects.push({
        kind: 'unlink',
        fromType,
        fromId,
        toType,
        toId,
        typeIds: types.map((type) => type.typeId),
      });
    }
    if (effects.length > 0) core.commit(effects);
    return archived(reply, startedAt);
  });

  routes.add(ROUTE_KEYS.associationLabels, (request) => {
    const { fromType, toType } = pair(params(request));
    const results = [...core.store.associationTypes.values()]
      .filter((type) => type.fromType === fromType && type.toType === toType)
      .map((type) => ({ category: type.category, typeId: type.typeId, label: type.label }));
    return { results };
  });

  routes.add(ROUTE_KEYS.createAssociationLabel, (request) => {
    const { fromType, toType } = pair(params(request));
    const body = request.body;
    if (
      !isRecord(body) ||
      typeof body.label !== 'string' ||
      body.label === '' ||
      typeof body.name !== 'string' ||
      body.name === ''
    ) {
      throw validationError(
        'Invalid input JSON: expected {"label": "...", "name": "...", "inverseLabel"?: "..."}',
      );
    }
    if (body.inverseLabel !== undefined && typeof body.inverseLabel !== 'string') {
      throw validationError('Invalid input JSON: inverseLabel must be a string');
    }
    const name = body.name.toLowerCase();
    for (const type of core.store.associationTypes.values()) {
      if (type.fromType === fromType && type.toType === toType && type.name === name) {
        throw new HubSpotError(
          409,
          'CONFLICT',
          `An association label named ${body.name} already exists between these object types`,
        );
      }
    }
    const typeIds = [...core.store.associationTypes.keys()];
    const typeId = Math.max(FIRST_USER_TYPE_ID, ...typeIds) + 1;
    const forward: AssociationType = {
      fromType,
      toType,
      typeId,
      inverseTypeId: typeId + 1,
      category: 'USER_DEFINED',
      label: body.label,
      name,
      isDefault: false,
    };
    const inverse: AssociationType = {
      fromType: toType,
      toType: fromType,
      typeId: typeId + 1,
      inverseTypeId: typeId,
      category: 'USER_DEFINED',
      label: typeof body.inverseLabel === 'string' ? body.inverseLabel : body.label,
      name: `${name}_inverse`,
      isDefault: false,
    };
    core.commit([
      { kind: 'putAssociationType', type: forward },
      { kind: 'putAssociationType', type: inverse },
    ]);
    return {
      results: [forward, ...(fromType === toType ? [inverse] : [])].map((type) => ({
        category: type.category,
        typeId: type.typeId,
        label: type.label,
      })),
    };
  });

  /** A USER_DEFINED label between the pair, or HubSpot's 400 naming the id. */
  const userLabel = (fromType: ObjectTypeId, toType: ObjectTypeId, raw: unknown) => {
    const typeId = Number(raw);
    const type = core.store.associationTypes.get(typeId);
    if (!type || type.fromType !== fromType || type.toType !== toType) {
      throw validationError(
        `${String(raw)} is not a valid association type id from ${OBJECT_TYPES[fromType].plural} to ${OBJECT_TYPES[toType].plural}`,
      );
    }
    if (type.category !== 'USER_DEFINED') {
      throw validationError(
        `Association type ${typeId} is ${type.category}: only USER_DEFINED labels can change`,
      );
    }
    return type;
  };

  routes.add(ROUTE_KEYS.updateAssociationLabel, (request, reply) => {
    const { fromType, toType } = pair(params(request));
    const body = request.body;
    if (!isRecord(body) || typeof body.label !== 'string' || body.label === '') {
      throw validationError(
        'Invalid input JSON: expected {"associationTypeId": 123, "label": "...", "inverseLabel"?: "..."}',
      );
    }
    if (body.inverseLabel !== undefined && typeof body.inverseLabel !== 'string') {
      throw validationError('Invalid input JSON: inverseLabel must be a string');
    }
    const forward = userLabel(fromType, toType, body.associationTypeId);
    const inverse = core.store.associationTypes.get(forward.inverseTypeId);
    const effects: StoreEffect[] = [
      { kind: 'putAssociationType', type: { ...forward, label: body.label } },
    ];
    if (inverse && inverse.typeId !== forward.typeId && typeof body.inverseLabel === 'string') {
      effects.push({ kind: 'putAssociationType', type: { ...inverse, label: body.inverseLabel } });
    }
    core.commit(effects);
    return reply.code(204).send();
  });

  routes.add(ROUTE_KEYS.deleteAssociationLabel, (request, reply) => {
    const p = params(request);
    const { fromType, toType } = pair(p);
    const type = userLabel(fromType, toType, p.associationTypeId);
    core.commit([{ kind: 'removeAssociationType', typeId: type.typeId }]);
    return reply.code(204).send();
  });
}
