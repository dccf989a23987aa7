import type { TicketSummary } from '../../contract';

/** The function leaves `url` null when it does not know the portal; the card does. */
export function ticketUrl(ticket: TicketSummary, portalId: number): string {
  return ticket.url ?? `https://app.hubspot.com/contacts/${portalId}/record/0-5/${ticket.id}`;
}
