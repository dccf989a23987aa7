import type { z } from 'zod';
import type { FieldError } from '../../../cards/contract';
import { readRecordId, type RecordRef } from '../record/readRecordContext';
import { parseWith, throwIfInvalid } from './parseParams';

/**
 * Parses a call's parameters and its record together, so one answer lists every problem
 * (the card highlights all of them at once).
 */
export function parseCall<T extends { recordType: RecordRef['type'] }>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  parameters: unknown,
  propertiesToSend: unknown,
): { params: T; record: RecordRef } {
  const errors: FieldError[] = [];
  const parsed = parseWith(schema, parameters);
  if (!parsed.ok) errors.push(...parsed.errors);
  const record = readRecordId(propertiesToSend);
  if ('error' in record) errors.push(record.error);
  throwIfInvalid(errors);
  if (!parsed.ok || 'error' in record) throw new Error('unreachable: errors were thrown');
  return { params: parsed.value, record: { type: parsed.value.recordType, id: record.id } };
}
