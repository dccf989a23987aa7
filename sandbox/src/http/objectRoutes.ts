/** CRM objects 2026-09: single-record CRUD, list, batch endpoints and search. */
import type { FastifyRequest } from 'fastify';
import type { SandboxCore } from '../sandboxCore';
import type { ObjectTypeId } from '../store/types';
import { OBJECT_TYPES, resolveObjectType } from '../store/objectTypes';
import {
  archiveRecords,
  createRecords,
  resolveId,
  updateRecords,
  upsertRecords,
} from '../store/objectWrites';
import {
  HubSpotError,
  objectNotFound,
  requiredPropertiesBatchError,
  requiredPropertiesError,
  validationError,
} from './hubspotError';
import { RuleViolation, type RuleRefusal } from '../store/validationRules';
import { queryBoolean, queryInteger, queryList, queryString, type Query } from './query';
import { serializeRecord, serializeWritten, type ReadOptions } from './serializeRecord';
import { objectTypeParam, params, type RouteTable } from './routeTable';
import { ROUTE_KEYS } from '../routeKeys';
import { parseSearchRequest, SEARCH_LIMITS } from '../search/searchRequest';
import { runSearch } from '../search/searchEngine';

const BATCH_LIMIT = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function associationTypesParam(query: Query): ObjectTypeId[] {
  const types: ObjectTypeId[] = [];
  for (const name of queryList(query, 'associations')) {
    const type = resolveObjectType(name);
    // HubSpot ignores association types it does not know.
    if (type && !types.includes(type)) types.push(type);
  }
  return types;
}

function readOptions(query: Query): ReadOptions {
  return {
    properties: queryList(query, 'properties'),
    propertiesWithHistory: queryList(query, 'propertiesWithHistory'),
    associations: associationTypesParam(query),
  };
}

/** `{inputs: [...]}` with 1..100 entries (HubSpot answers 400 past 100). */
function batchInputs(body: unknown): unknown[] {
  if (!isRecord(body) || !Array.isArray(body.inputs)) {
    throw validationError('Invalid input JSON: expected {"inputs": [...]}');
  }
  if (body.inputs.length > BATCH_LIMIT) {
    throw validationError(
      `Batch input limit exceeded: ${body.inputs.length} inputs given, at most ${BATCH_LIMIT} allowed`,
    );
  }
  return body.inputs;
}

function inputId(input: unknown, index: number): string {
  const id = isRecord(input) ? input.id : undefined;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number') return String(id);
  throw validationError(`Invalid input JSON: inputs[${index}].id must be a string`);
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string')
    throw validationError(`Invalid input JSON: ${name} must be a string`);
  return value;
}

function batchTimes(startedAt: string): { startedAt: string; completedAt: string } {
  return { startedAt, completedAt: new Date().toISOString() };
}

function notFoundError(type: ObjectTypeId, ids: string[], verb: string): Record<string, unknown> {
  return {
    status: 'error',
    category: 'OBJECT_NOT_FOUND',
    message: `Could not ${verb} some ${OBJECT_TYPES[type].upper} objects, they may be deleted or not exist. Check that ids are valid.`,
    context: { ids },
  };
}

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export function registerObjectRoutes(routes: RouteTable, core: SandboxCore): void {
  const refusalError = (refusals: readonly RuleRefusal[]): HubSpotError =>
    requiredPropertiesError(
      refusals.flatMap((refusal) => refusal.missing),
      core.config.validationErrorShape,
    );
  /** Runs an all-or-nothing write, answering a portal rule's refusal as HubSpot's 400. */
  const ruleChecked = <T>(write: () => T): T => {
    try {
      return write();
    } catch (error) {
      if (error instanceof RuleViolation) throw refusalError(error.refusals);
      throw error;
    }
  };

  routes.add(ROUTE_KEYS.createObject, (request, reply) => {
    const type = objectTypeParam(params(request).objectType);
    if (!isRecord(request.body))
      throw validationError('Invalid input JSON: expected {"properties": {...}}');
    const body = request.body;
    const [record] = ruleChecked(() => createRecords(core, type, [body]));
    if (!record) throw new HubSpotError(500, 'INTERNAL_ERROR', 'create returned nothing');
    return reply.code(201).send(serializeWritten(record));
  });

  routes.add(ROUTE_KEYS.listObjects, (request) => {
    const type = objectTypeParam(params(request).objectType);
    const query = request.query as Query;
    const limit = queryInteger(query, 'limit', 10, { min: 1, max: 100 });
    const afterRaw = queryString(query, 'after');
    if (afterRaw !== undefined && !/^\d+$/.test(afterRaw)) {
      throw validationError(`Invalid value for query parameter after: ${JSON.stringify(afterRaw)}`);
    }
    const after = afterRaw === undefined ? 0 : Number(afterRaw);
    const archived = queryBoolean(query, 'archived');
    const options = readOptions(query);
    const store = core.store;
    const results = [];
    let next: string | undefined;
    // Records sit in id order (ids only grow), so the cursor is the next id to return.
    for (const record of store.records[type].values()) {
      if (record.archived !== archived || Number(record.id) < after) continue;
      if (results.length === limit) {
        next = record.id;
        break;
      }
      results.push(serializeRecord(store, type, record, options));
    }
    const path = request.url.split('?')[0] ?? '';
    return {
      results,
      ...(next
        ? { paging: { next: { after: next, link: `${baseUrl(request)}${path}?after=${next}` } } }
        : {}),
    };
  });

  routes.add(ROUTE_KEYS.getObject, (request) => {
    const { objectType, objectId = '' } = params(request);
    const type = objectTypeParam(objectType);
    const query = request.query as Query;
    const archived = queryBoolean(query, 'archived');
    const idProperty = queryString(query, 'idProperty');
    const store = core.store;
    const id = resolveId(store, type, objectId, idProperty);
    const record = id === undefined ? undefined : store.get(type, id);
    // archived=true reads the recycle bin only, as HubSpot does.
    if (!record || record.archived !== archived) throw objectNotFound(objectId);
    return serializeRecord(store, type, record, readOptions(query));
  });

  routes.add(ROUTE_KEYS.updateObject, (request) => {
    const { objectType, objectId = '' } = params(request);
    const type = objectTypeParam(objectType);
    const idProperty = queryString(request.query as Query, 'idProperty');
    if (!isRecord(request.body))
      throw validationError('Invalid input JSON: expected {"properties": {...}}');
    const outcome = updateRecords(core, type, [
      { id: objectId, properties: request.body.properties, ...(idProperty ? { idProperty } : {}) },
    ]);
    if (outcome.refused.length > 0) throw refusalError(outcome.refused);
    const [record] = outcome.updated;
    if (!record) throw objectNotFound(objectId);
    return serializeWritten(record);
  });

  routes.add(ROUTE_KEYS.archiveObject, (request, reply) => {
    const { objectType, objectId = '' } = params(request);
    const type = objectTypeParam(objectType);
    // HubSpot answers 204 for unknown or already archived ids too.
    archiveRecords(core, type, [objectId]);
    return reply.code(204).send();
  });

  routes.add(ROUTE_KEYS.batchRead, (request, reply) => {
    const type = objectTypeParam(params(request).objectType);
    const startedAt = new Date().toISOString();
    const inputs = batchInputs(request.body);
    const body = request.body as Record<string, unknown>;
    const archived = queryBoolean(request.query as Query, 'archived');
    const idProperty = optionalString(body.idProperty, 'idProperty');
    const list = (name: string): string[] => {
      const value = body[name];
      if (value === undefined || value === null) return [];
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
        throw validationError(`Invalid input JSON: ${name} must be an array of strings`);
      }
      return value;
    };
    const options: ReadOptions = {
      properties: list('properties'),
      propertiesWithHistory: list('propertiesWithHistory'),
    };
    const ids = inputs.map(inputId);
    const store = core.store;
    const results = [];
    const missing: string[] = [];
    for (const requested of new Set(ids)) {
      const id = resolveId(store, type, requested, idProperty);
      const record = id === undefined ? undefined : store.get(type, id);
      if (!record || record.archived !== archived) missing.push(requested);
      else results.push(serializeRecord(store, type, record, options));
    }
    if (missing.length === 0) return { status: 'COMPLETE', results, ...batchTimes(startedAt) };
    return reply.code(207).send({
      status: 'COMPLETE',
      results,
      numErrors: 1,
      errors: [notFoundError(type, missing, 'get')],
      ...batchTimes(startedAt),
    });
  });

  routes.add(ROUTE_KEYS.batchCreate, (request, reply) => {
    const type = objectTypeParam(params(request).objectType);
    const startedAt = new Date().toISOString();
    const inputs = batchInputs(request.body);
    const created = ruleChecked(() => createRecords(core, type, inputs));
    return reply.code(201).send({
      status: 'COMPLETE',
      results: created.map(serializeWritten),
      ...batchTimes(startedAt),
    });
  });

  routes.add(ROUTE_KEYS.batchUpdate, (request, reply) => {
    const type = objectTypeParam(params(request).objectType);
    const startedAt = new Date().toISOString();
    const inputs = batchInputs(request.body).map((input, index) => {
      const id = inputId(input, index);
      const record = input as Record<string, unknown>;
      const idProperty = optionalString(record.idProperty, `inputs[${index}].idProperty`);
      return { id, properties: record.properties, ...(idProperty ? { idProperty } : {}) };
    });
    const duplicates = inputs
      .map((input) => input.id)
      .filter((id, index, all) => all.indexOf(id) !== index);
    if (duplicates.length > 0) {
      throw validationError(
        `Duplicate IDs found in batch input: [${[...new Set(duplicates)].join(', ')}]. IDs must be unique`,
      );
    }
    const outcome = updateRecords(core, type, inputs);
    // Every input refused by a rule: nothing was written, so the whole call is the 400.
    if (outcome.refused.length > 0 && outcome.updated.length === 0 && !outcome.missing.length) {
      throw refusalError(outcome.refused);
    }
    const results = outcome.updated.map(serializeWritten);
    const errors = [
      ...(outcome.missing.length > 0 ? [notFoundError(type, outcome.missing, 'update')] : []),
      ...outcome.refused.map((refusal) =>
        requiredPropertiesBatchError(refusal.id, refusal.missing, core.config.validationErrorShape),
      ),
    ];
    if (errors.length === 0) return { status: 'COMPLETE', results, ...batchTimes(startedAt) };
    return reply.code(207).send({
      status: 'COMPLETE',
      results,
      numErrors: errors.length,
      errors,
      ...batchTimes(startedAt),
    });
  });

  routes.add(ROUTE_KEYS.batchUpsert, (request) => {
    const type = objectTypeParam(params(request).objectType);
    const startedAt = new Date().toISOString();
    const inputs = batchInputs(request.body).map((input, index) => {
      const id = inputId(input, index);
      const record = input as Record<string, unknown>;
      const idProperty = optionalString(record.idProperty, `inputs[${index}].idProperty`);
      return { id, properties: record.properties, ...(idProperty ? { idProperty } : {}) };
    });
    const results = ruleChecked(() => upsertRecords(core, type, inputs)).map(
      ({ record, isNew }) => ({
        ...serializeWritten(record),
        new: isNew,
      }),
    );
    return { status: 'COMPLETE', results, ...batchTimes(startedAt) };
  });

  routes.add(ROUTE_KEYS.batchArchive, (request, reply) => {
    const type = objectTypeParam(params(request).objectType);
    const ids = batchInputs(request.body).map(inputId);
    archiveRecords(core, type, ids);
    return reply.code(204).send();
  });

  routes.add(ROUTE_KEYS.search, (request) => {
    const type = objectTypeParam(params(request).objectType);
    const search = parseSearchRequest(request.body);
    const store = core.store;
    const outcome = runSearch(store, type, search, {
      now: core.now(),
      indexLagMs: core.config.indexLagMs,
    });
    const options: ReadOptions = { properties: search.properties };
    const nextOffset = search.after + search.limit;
    const hasNext = nextOffset < outcome.total && search.limit > 0;
    return {
      total: outcome.total,
      results: outcome.results.map((record) => serializeRecord(store, type, record, options)),
      ...(hasNext && nextOffset <= SEARCH_LIMITS.maxResults
        ? { paging: { next: { after: String(nextOffset) } } }
        : {}),
    };
  });
}
