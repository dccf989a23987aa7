import type { FieldError, RecordType } from '../../../cards/contract';

/**
 * The record the card sits on. Its id comes only from `propertiesToSend.hs_object_id`,
 * which HubSpot fills from the record itself; a record id in `parameters` is never used.
 */

export interface RecordRef {
  type: RecordType;
  id: string;
}

export function readRecordId(propertiesToSend: unknown): { id: string } | { error: FieldError } {
  const raw =
    typeof propertiesToSend === 'object' && propertiesToSend !== null
      ? (propertiesToSend as Record<string, unknown>).hs_object_id
      : undefined;
  const text = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw;
  if (typeof text === 'string' && /^[1-9]\d{0,17}$/.test(text)) return { id: text };
  return {
    error: {
      field: 'hs_object_id',
      message: 'The card did not send the id of the record it is on.',
    },
  };
}
