/**
 * The portal's validation rules as 2026-09 enforces them on ticket writes: properties the
 * create form requires, and properties that become required in a pipeline, stage or
 * state. A rule is checked on the record as it would be after the write, so values the
 * ticket already has count.
 */
import type { CrmStore } from './crmStore';
import type { ObjectTypeId, StoredRecord, ValidationRule } from './types';
import { ticketState } from './propertyWrites';
import { validationError, type RequiredPropertyProblem } from '../http/hubspotError';

/** One required property a write left empty, and why it is required. */
export type MissingProperty = RequiredPropertyProblem;

/** A write refused by the portal's rules: which record (or input) and what it lacks. */
export interface RuleRefusal {
  /** The record id; for a create, the input's position as `inputs[2]`. */
  id: string;
  missing: MissingProperty[];
}

/** Thrown by writes that change nothing because a rule refused them; the route renders it. */
export class RuleViolation extends Error {
  constructor(readonly refusals: RuleRefusal[]) {
    super(`Missing required properties: ${missingNames(refusals).join(', ')}`);
    this.name = 'RuleViolation';
  }
}

export function missingNames(refusals: readonly RuleRefusal[]): string[] {
  return [...new Set(refusals.flatMap((refusal) => refusal.missing.map((item) => item.name)))];
}

/** "a Billing ticket is closed", for the refusal's message. */
function describeCondition(
  store: CrmStore,
  rule: ValidationRule & { kind: 'conditionalRequired' },
): string {
  const { pipelineId, stageIds, ticketState: state } = rule.when;
  const pipeline = store.pipelines.find((candidate) => candidate.id === pipelineId);
  const subject =
    pipelineId === undefined ? 'a ticket' : `a ${pipeline?.label ?? pipelineId} ticket`;
  const predicates: string[] = [];
  if (stageIds?.length) {
    const stages = store.pipelines.flatMap((candidate) => candidate.stages);
    const labels = stageIds.map((id) => stages.find((stage) => stage.id === id)?.label ?? id);
    predicates.push(`is in stage ${labels.join(' or ')}`);
  }
  if (state !== undefined) predicates.push(`is ${state === 'CLOSED' ? 'closed' : 'open'}`);
  return predicates.length > 0 ? `${subject} ${predicates.join(' and ')}` : `${subject} is saved`;
}

function applies(
  store: CrmStore,
  rule: ValidationRule,
  record: StoredRecord,
  isCreate: boolean,
): boolean {
  if (rule.kind === 'createRequired') return isCreate;
  const { pipelineId, stageIds, ticketState: state } = rule.when;
  const properties = record.properties;
  if (pipelineId !== undefined && properties.hs_pipeline !== pipelineId) return false;
  if (stageIds?.length && !stageIds.includes(properties.hs_pipeline_stage ?? '')) return false;
  if (state !== undefined && ticketState(store.pipelines, properties) !== state) return false;
  return true;
}

/** What the portal's rules find missing on `record` after a write; empty when it passes. */
export function missingRequired(
  store: CrmStore,
  type: ObjectTypeId,
  record: StoredRecord,
  isCreate: boolean,
): MissingProperty[] {
  const missing = new Map<string, MissingProperty>();
  for (const rule of store.validationRules) {
    if (rule.objectType !== type || !applies(store, rule, record, isCreate)) continue;
    for (const name of rule.required) {
      const value = record.properties[name];
      if ((value !== undefined && value !== '') || missing.has(name)) continue;
      const reason =
        rule.kind === 'createRequired'
          ? `${name} is required to create a ticket`
          : `${name} is required when ${describeCondition(store, rule)}`;
      missing.set(name, { name, reason });
    }
  }
  return [...missing.values()];
}

const VALIDATION_RULE_KINDS = ['conditionalRequired', 'createRequired'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');
}

/** `{rules: ValidationRule[]}` from the control API, checked; ticket properties must exist. */
export function parseValidationRules(body: unknown, store: CrmStore): ValidationRule[] {
  if (!isRecord(body) || !Array.isArray(body.rules)) {
    throw validationError('Expected {"rules": [...]}');
  }
  const problems: string[] = [];
  const rules: ValidationRule[] = [];
  const ids = new Set<string>();
  for (const [index, raw] of body.rules.entries()) {
    const where = `rules[${index}]`;
    if (!isRecord(raw)) {
      problems.push(`${where} must be an object`);
      continue;
    }
    const { id, objectType, kind, required } = raw;
    if (typeof id !== 'string' || id === '')
      problems.push(`${where}.id must be a non-empty string`);
    else if (ids.has(id)) problems.push(`${where}.id ${JSON.stringify(id)} is used twice`);
    else ids.add(id);
    if (objectType !== '0-5') problems.push(`${where}.objectType must be "0-5" (tickets)`);
    if (!VALIDATION_RULE_KINDS.includes(kind as (typeof VALIDATION_RULE_KINDS)[number])) {
      problems.push(`${where}.kind must be one of ${VALIDATION_RULE_KINDS.join(', ')}`);
    }
    if (!stringList(required) || required.length === 0) {
      problems.push(`${where}.required must be a non-empty array of property names`);
    } else {
      for (const name of required) {
        if (!store.properties['0-5'].has(name)) {
          problems.push(
            `${where}.required: ticket property ${JSON.stringify(name)} does not exist`,
          );
        }
      }
    }
    if (kind === 'conditionalRequired') {
      const when = raw.when;
      if (!isRecord(when)) {
        problems.push(`${where}.when must be {pipelineId?, stageIds?, ticketState?}`);
        continue;
      }
      const { pipelineId, stageIds, ticketState: state } = when;
      if (pipelineId !== undefined && typeof pipelineId !== 'string') {
        problems.push(`${where}.when.pipelineId must be a string`);
      }
      if (stageIds !== undefined && !stringList(stageIds)) {
        problems.push(`${where}.when.stageIds must be an array of stage ids`);
      }
      if (state !== undefined && state !== 'OPEN' && state !== 'CLOSED') {
        problems.push(`${where}.when.ticketState must be OPEN or CLOSED`);
      }
      if (pipelineId === undefined && stageIds === undefined && state === undefined) {
        problems.push(`${where}.when needs pipelineId, stageIds or ticketState`);
      }
      if (typeof id === 'string' && stringList(required)) {
        rules.push({
          id,
          objectType: '0-5',
          kind,
          when: {
            ...(typeof pipelineId === 'string' ? { pipelineId } : {}),
            ...(stringList(stageIds) ? { stageIds } : {}),
            ...(state === 'OPEN' || state === 'CLOSED' ? { ticketState: state } : {}),
          },
          required,
        });
      }
    } else if (kind === 'createRequired' && typeof id === 'string' && stringList(required)) {
      rules.push({ id, objectType: '0-5', kind, required });
    }
  }
  if (problems.length > 0)
    throw validationError(`Invalid validation rules: ${problems.join('; ')}`);
  return rules;
}
