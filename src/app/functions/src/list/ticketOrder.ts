import type { TicketSummary } from '../../../cards/contract';

/**
 * The search side of the list's order (the order itself is shared with the card, in
 * src/app/cards/ticketOrder.ts): the priority segments the search walks.
 */

/** The search segments walked in order for the priority sort. */
export const PRIORITY_SEGMENTS: Array<string[] | null> = [
  ['URGENT', 'HIGH'],
  ['MEDIUM', 'LOW'],
  null,
];

export function segmentOf(ticket: TicketSummary): number {
  const value = ticket.priority?.value;
  const index = PRIORITY_SEGMENTS.findIndex((segment) => !!value && !!segment?.includes(value));
  return index === -1 ? PRIORITY_SEGMENTS.length - 1 : index;
}
