import type { TicketSummary } from '../../../cards/contract';
import type { PortalSchema } from '../portal/portalSchemaCache';
import type { RecordRef } from '../record/readRecordContext';
import { readLinksOf } from '../record/recordAssociations';
import type { Invocation } from '../run/runFunction';
import { readTickets } from '../tickets/readTickets';
import { toTicketSummary, type LinkContext } from '../tickets/toTicketSummary';

/**
 * The card's recent-write hints, checked against HubSpot. The card names the tickets it
 * changed in the last minutes (from any container); a search-based list leaves them out
 * of its searches, whose index may still hold their old state, and takes them from here
 * instead. A hint is untrusted input: each ticket is read by id and its links to the
 * record type read in one batch, both immediate in HubSpot (no index lag) and issued in
 * parallel. Only tickets that exist (not archived) and are linked to this very record come
 * back, as they are now; any other id is simply dropped.
 */
export async function readRecentTickets(
  invocation: Invocation,
  schema: PortalSchema,
  link: LinkContext,
  record: RecordRef,
  ticketIds: string[],
): Promise<TicketSummary[]> {
  if (ticketIds.length === 0) return [];
  const { crm } = invocation;
  const [tickets, links] = await Promise.all([
    readTickets(crm, ticketIds),
    readLinksOf(crm, 'tickets', ticketIds, record.type),
  ]);
  const summaries: TicketSummary[] = [];
  for (const ticketId of ticketIds) {
    const ticket = tickets.get(ticketId);
    if (ticket && (links.get(ticketId) ?? []).includes(record.id)) {
      summaries.push(toTicketSummary(ticket, schema, link));
    }
  }
  return summaries;
}
