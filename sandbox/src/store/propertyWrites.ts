/**
 * Validates and normalises property values on write, the way HubSpot does: unknown
 * names, bad options, read-only properties and pipeline/stage consistency are
 * VALIDATION_ERRORs listing every problem at once.
 */
import type { CrmStore } from './crmStore';
import type { ObjectTypeId, Pipeline, PropertyDefinition, StoredRecord } from './types';
import { HubSpotError, type ErrorDetail } from '../http/hubspotError';

/** Normalised changes: a string sets, null clears. */
export type PropertyChanges = Record<string, string | null>;

interface PropertyProblem {
  name: string;
  error: string;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function propertyValidationError(problems: PropertyProblem[]): HubSpotError {
  const details = problems.map((problem) => ({
    isValid: false,
    message: problem.message,
    error: problem.error,
    name: problem.name,
    localizedErrorMessage: problem.message,
  }));
  const errors: ErrorDetail[] = problems.map((problem) => ({
    message: problem.message,
    code: problem.error,
    context: { propertyName: [problem.name] },
  }));
  return new HubSpotError(
    400,
    'VALIDATION_ERROR',
    `Property values were not valid: ${JSON.stringify(details)}`,
    { errors },
  );
}

function toText(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** Epoch ms or an ISO date -> ISO with ms and Z; undefined when it is neither. */
export function normaliseDateTime(value: string): string | undefined {
  const ms = /^-?\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function checkValue(
  definition: PropertyDefinition,
  value: string,
): { value: string } | { error: string; message: string } {
  switch (definition.type) {
    case 'number':
      return Number.isFinite(Number(value))
        ? { value }
        : { error: 'INVALID_DOUBLE', message: `${JSON.stringify(value)} is not a valid number.` };
    case 'bool':
      return value === 'true' || value === 'false'
        ? { value }
        : { error: 'INVALID_BOOLEAN', message: `${JSON.stringify(value)} is not a valid boolean.` };
    case 'date':
    case 'datetime': {
      const iso = normaliseDateTime(value);
      return iso === undefined
        ? { error: 'INVALID_DATE', message: `${JSON.stringify(value)} is not a valid date.` }
        : { value: definition.type === 'date' ? `${iso.slice(0, 10)}` : iso };
    }
    case 'enumeration': {
      if (definition.externalOptions || definition.options.length === 0) return { value };
      const allowed = definition.options.map((option) => option.value);
      const values = definition.fieldType === 'checkbox' ? value.split(';') : [value];
      const bad = values.find((item) => !allowed.includes(item));
      return bad === undefined
        ? { value }
        : {
            error: 'INVALID_OPTION',
            message: `${bad} was not one of the allowed options: [${allowed.join(', ')}]`,
          };
    }
    default:
      return { value };
  }
}

export interface WriteContext {
  store: CrmStore;
  type: ObjectTypeId;
  /** The record being updated; undefined on create. */
  existing?: StoredRecord;
  /** Properties the caller may set although they are read-only (upsert's idProperty). */
  allowReadOnly?: readonly string[];
}

export function defaultPipeline(pipelines: readonly Pipeline[]): Pipeline | undefined {
  return [...pipelines].sort((a, b) => a.displayOrder - b.displayOrder)[0];
}

/** HubSpot's limit for one property value (text properties), in characters. */
export const MAX_PROPERTY_VALUE_LENGTH = 65_536;

/** Checks a `properties` object; throws a VALIDATION_ERROR listing every problem. */
export function validatePropertyWrite(input: unknown, context: WriteContext): PropertyChanges {
  if (input === undefined) return {};
  if (!isRecord(input)) {
    throw new HubSpotError(
      400,
      'VALIDATION_ERROR',
      'Invalid input JSON: "properties" must be an object',
    );
  }
  const { store, type, existing } = context;
  const definitions = store.properties[type];
  const problems: PropertyProblem[] = [];
  const changes: PropertyChanges = {};
  for (const [name, raw] of Object.entries(input)) {
    const definition = definitions.get(name);
    if (!definition || definition.archived) {
      problems.push({
        name,
        error: 'PROPERTY_DOESNT_EXIST',
        message: `Property "${name}" does not exist`,
      });
      continue;
    }
    const text = toText(raw);
    if (text === undefined) {
      problems.push({
        name,
        error: 'INVALID_PROPERTY_VALUE',
        message: `Property "${name}" must be a string, a number, a boolean or null`,
      });
      continue;
    }
    if (definition.modificationMetadata.readOnlyValue && !context.allowReadOnly?.includes(name)) {
      problems.push({
        name,
        error: 'READ_ONLY_VALUE',
        message: `"${name}" is a read only property; its value cannot be set.`,
      });
      continue;
    }
    if (text !== null && text.length > MAX_PROPERTY_VALUE_LENGTH) {
      // HubSpot stores at most 65,536 characters in a property; a 4 MB subject would
      // also make every later search over it slow.
      problems.push({
        name,
        error: 'INVALID_PROPERTY_VALUE',
        message: `"${name}" is ${text.length} characters long; a property value holds at most ${MAX_PROPERTY_VALUE_LENGTH}.`,
      });
      continue;
    }
    if (text === null || name === 'hs_pipeline' || name === 'hs_pipeline_stage') {
      changes[name] = text;
      continue;
    }
    if (name === 'hubspot_owner_id' && !store.owners.some((owner) => owner.id === text)) {
      problems.push({
        name,
        error: 'INVALID_OWNER_ID',
        message: `${text} is not a valid owner id`,
      });
      continue;
    }
    const checked = checkValue(definition, text);
    if ('error' in checked) problems.push({ name, ...checked });
    else changes[name] = checked.value;
  }
  if (type === '0-5') checkPipelineStage(store, changes, existing, problems);
  if (problems.length > 0) throw propertyValidationError(problems);
  return changes;
}

function checkPipelineStage(
  store: CrmStore,
  changes: PropertyChanges,
  existing: StoredRecord | undefined,
  problems: PropertyProblem[],
): void {
  const pipelineChanged = 'hs_pipeline' in changes;
  const stageChanged = 'hs_pipeline_stage' in changes;
  if (existing && !pipelineChanged && !stageChanged) return;
  const pipelineId =
    changes.hs_pipeline ??
    (pipelineChanged ? null : existing?.properties.hs_pipeline) ??
    defaultPipeline(store.pipelines)?.id;
  const pipeline = store.pipelines.find((candidate) => candidate.id === pipelineId);
  if (!pipeline) {
    problems.push({
      name: 'hs_pipeline',
      error: 'INVALID_OPTION',
      message: `${pipelineId ?? ''} was not one of the allowed options: [${store.pipelines
        .map((candidate) => candidate.id)
        .join(', ')}]`,
    });
    return;
  }
  if (!existing && changes.hs_pipeline === undefined) changes.hs_pipeline = pipeline.id;
  const stageId = stageChanged ? changes.hs_pipeline_stage : existing?.properties.hs_pipeline_stage;
  if (stageId === null || stageId === undefined) {
    problems.push({
      name: 'hs_pipeline_stage',
      error: 'REQUIRED_PROPERTY',
      message: 'hs_pipeline_stage is required: every ticket must be in a pipeline stage',
    });
    return;
  }
  if (!pipeline.stages.some((stage) => stage.id === stageId)) {
    problems.push({
      name: 'hs_pipeline_stage',
      error: 'INVALID_OPTION',
      message: `${stageId} is not a valid pipeline stage ID for pipeline ${pipeline.id}: allowed [${pipeline.stages
        .map((stage) => stage.id)
        .join(', ')}]`,
    });
  }
}

/** The `ticketState` of a ticket's stage, or undefined for non-tickets / unknown stages. */
export function ticketState(
  pipelines: readonly Pipeline[],
  properties: Readonly<Record<string, string>>,
): 'OPEN' | 'CLOSED' | undefined {
  const pipeline = pipelines.find((candidate) => candidate.id === properties.hs_pipeline);
  return pipeline?.stages.find((stage) => stage.id === properties.hs_pipeline_stage)?.metadata
    .ticketState;
}
