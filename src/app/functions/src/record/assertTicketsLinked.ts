import type { FieldError } from '../../../cards/contract';
import type { CrmApi } from '../hubspot/crmApi';
import { notLinkedFailure } from '../run/functionFailure';
import type { RecordRef } from './readRecordContext';
import { readLinksOf } from './recordAssociations';

/**
 * Update, unlink and delete act only on tickets linked to the card's record: the card is
 * not trusted to send only those. One batch association read covers every id; a ticket
 * that does not exist has no links and is refused the same way.
 */
export async function assertTicketsLinked(
  crm: CrmApi,
  record: RecordRef,
  ticketIds: string[],
  fieldOf: (index: number) => string,
): Promise<void> {
  const links = await readLinksOf(crm, 'tickets', ticketIds, record.type);
  const errors: FieldError[] = [];
  ticketIds.forEach((ticketId, index) => {
    if (!(links.get(ticketId) ?? []).includes(record.id)) {
      errors.push({
        field: fieldOf(index),
        message: `Ticket ${ticketId} is not linked to this record.`,
      });
    }
  });
  if (errors.length > 0) throw notLinkedFailure(errors);
}
