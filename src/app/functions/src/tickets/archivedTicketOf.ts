import { asApiFailure } from '../hubspot/apiFailure';
import type { CrmApi } from '../hubspot/crmApi';
import type { RecordRef } from '../record/readRecordContext';

/**
 * Whether a ticket is in HubSpot's recycle bin and was this record's when it went there:
 * one read with `archived=true` and its links to the record's type. What lets a delete
 * retried after a lost answer say "already deleted" - for this record's tickets only, so
 * nobody learns through the card which of another record's tickets were deleted.
 */
export async function isArchivedTicketOf(
  crm: CrmApi,
  record: RecordRef,
  ticketId: string,
): Promise<boolean> {
  try {
    const ticket = await crm.call('GET', '/crm/objects/2026-09/{objectType}/{objectId}', {
      path: { objectType: 'tickets', objectId: ticketId },
      query: { archived: true, properties: ['hs_object_id'], associations: [record.type] },
    });
    if (ticket.archived !== true) return false;
    const linked = ticket.associations?.[record.type]?.results ?? [];
    return linked.some((link) => String(link.id) === record.id);
  } catch (error) {
    if (asApiFailure(error)?.code === 404) return false;
    throw error;
  }
}
