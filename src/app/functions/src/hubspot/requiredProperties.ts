import type { FieldError, FunctionError } from '../../../cards/contract';
import type { TicketPropertyInfo } from '../portal/ticketProperties';

/**
 * From 2026-09 on HubSpot refuses a write that breaks one of the portal's rules (a
 * property required on create, or required once the ticket reaches some stage) with a
 * 400 VALIDATION_ERROR. HubSpot has not published the exact body; two shapes are known
 * and both are read here:
 * - `errors[].context.propertyName` (HubSpot's usual error envelope), also used per input
 *   in a batch's 207 (`context.ids` names the record);
 * - `message: 'Property values were not valid: [{"isValid":false,"error":"REQUIRED_PROPERTY",
 *   "name":"resolution",...}]'` (the older property-validation wording).
 * The refusal becomes a question to the user: PROPERTIES_REQUIRED with one field error per
 * missing property, carrying what the card needs to draw its input.
 */

export interface MissingProperty {
  name: string;
  /** Ticket ids the rule refused, when HubSpot says (batch errors). */
  ids: string[];
}

const REQUIRED_CODES = new Set(['REQUIRED_PROPERTY', 'MISSING_REQUIRED_PROPERTY', 'REQUIRED']);
const PROPERTY_NAME = /^[A-Za-z0-9_]{1,100}$/;

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function isRequiredError(entry: Record<string, unknown>): boolean {
  const code = entry.code ?? entry.error;
  if (typeof code === 'string') return REQUIRED_CODES.has(code);
  return typeof entry.message === 'string' && /\brequired\b/i.test(entry.message);
}

/** The `[...]` after "Property values were not valid:", when it parses. */
function messageEntries(message: string): Record<string, unknown>[] {
  const start = message.indexOf('[');
  const end = message.lastIndexOf(']');
  if (start === -1 || end <= start) return [];
  try {
    const parsed: unknown = JSON.parse(message.slice(start, end + 1));
    return Array.isArray(parsed) ? parsed.map(record).filter((entry) => entry !== null) : [];
  } catch {
    return [];
  }
}

/** "Missing required properties: a, b" - the summary line, the last resort. */
function summaryNames(message: string): string[] {
  const match = /required propert(?:y|ies):\s*([A-Za-z0-9_,\s]+)$/i.exec(message.trim());
  return match ? (match[1] as string).split(/[\s,]+/).filter((name) => name.length > 0) : [];
}

/**
 * The properties a VALIDATION_ERROR body (a whole 400, or one error of a 207) says are
 * missing; empty when the refusal is about something else (a bad option, an unknown
 * property), which stays a plain validation error.
 */
export function missingPropertiesOf(body: unknown): MissingProperty[] {
  const envelope = record(body);
  if (!envelope || envelope.category !== 'VALIDATION_ERROR') return [];
  const found = new Map<string, Set<string>>();
  const add = (names: string[], ids: string[]): void => {
    for (const name of names) {
      if (!PROPERTY_NAME.test(name)) continue;
      const known = found.get(name) ?? new Set<string>();
      for (const id of ids) known.add(id);
      found.set(name, known);
    }
  };
  const ownContext = record(envelope.context);
  const topIds = strings(ownContext?.ids);
  // A 207's per-input error carries the names in its own context.
  add(strings(ownContext?.propertyName), topIds);
  for (const entry of Array.isArray(envelope.errors) ? envelope.errors : []) {
    const detail = record(entry);
    if (!detail || !isRequiredError(detail)) continue;
    const context = record(detail.context);
    add(strings(context?.propertyName), [...topIds, ...strings(context?.ids)]);
  }
  const message = typeof envelope.message === 'string' ? envelope.message : '';
  if (found.size === 0) {
    for (const entry of messageEntries(message)) {
      if (entry.isValid !== false || !isRequiredError(entry) || typeof entry.name !== 'string')
        continue;
      add([entry.name], topIds);
    }
  }
  if (found.size === 0) add(summaryNames(message), topIds);
  return [...found].map(([name, ids]) => ({ name, ids: [...ids] }));
}

function fieldErrorFor(
  name: string,
  properties: ReadonlyMap<string, TicketPropertyInfo>,
): FieldError {
  const info = properties.get(name);
  const label = info?.label ?? name;
  return {
    field: name,
    message: `${label} is required by this portal's rules.`,
    // A property the cache does not know yet (created in the last minute) is still asked for, as text.
    property: {
      name,
      label,
      type: info?.type ?? 'string',
      fieldType: info?.fieldType ?? 'text',
      options: info?.options ?? [],
    },
  };
}

export function propertiesRequiredError(
  names: string[],
  properties: ReadonlyMap<string, TicketPropertyInfo>,
  subject = 'this change',
): FunctionError {
  const fieldErrors = [...new Set(names)].map((name) => fieldErrorFor(name, properties));
  const labels = fieldErrors.map((error) => error.property?.label ?? error.field);
  return {
    code: 'PROPERTIES_REQUIRED',
    message: `HubSpot needs more details for ${subject}: ${labels.join(', ')}.`,
    retryable: false,
    fieldErrors,
  };
}

/** A whole-call refusal (400) as PROPERTIES_REQUIRED, or null when it is not about required properties. */
export function requiredPropertiesError(
  status: number,
  body: unknown,
  properties: ReadonlyMap<string, TicketPropertyInfo>,
  subject?: string,
): FunctionError | null {
  if (status !== 400) return null;
  const missing = missingPropertiesOf(body);
  if (missing.length === 0) return null;
  return propertiesRequiredError(
    missing.map((property) => property.name),
    properties,
    subject,
  );
}
