import type { TicketFilter, TicketSort, TicketSummary } from '../../../cards/contract';

/**
 * The list's order, in memory, matching what the search sorts give: priority ranks
 * URGENT > HIGH > MEDIUM > LOW > anything else > none (HubSpot would sort the raw strings
 * alphabetically), then newest first; ties by id, as HubSpot breaks them.
 */

export const PRIORITY_RANK: Record<string, number> = { URGENT: 4, HIGH: 3, MEDIUM: 2, LOW: 1 };

/** The search segments walked in order for the priority sort. */
export const PRIORITY_SEGMENTS: Array<string[] | null> = [
  ['URGENT', 'HIGH'],
  ['MEDIUM', 'LOW'],
  null,
];

export function priorityRank(ticket: TicketSummary): number {
  if (!ticket.priority) return -1;
  return PRIORITY_RANK[ticket.priority.value] ?? 0;
}

export function segmentOf(ticket: TicketSummary): number {
  const value = ticket.priority?.value;
  const index = PRIORITY_SEGMENTS.findIndex((segment) => !!value && !!segment?.includes(value));
  return index === -1 ? PRIORITY_SEGMENTS.length - 1 : index;
}

function byId(a: TicketSummary, b: TicketSummary): number {
  return a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function byTime(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

export function compareTickets(sort: TicketSort): (a: TicketSummary, b: TicketSummary) => number {
  switch (sort) {
    case 'oldest':
      return (a, b) => byTime(a.createdAt, b.createdAt) || byId(a, b);
    case 'updated':
      return (a, b) => byTime(b.updatedAt, a.updatedAt) || byId(a, b);
    case 'priority':
      return (a, b) =>
        priorityRank(b) - priorityRank(a) || byTime(b.createdAt, a.createdAt) || byId(a, b);
    case 'newest':
      return (a, b) => byTime(b.createdAt, a.createdAt) || byId(a, b);
  }
}

export function matchesFilter(ticket: TicketSummary, filter: TicketFilter): boolean {
  if (filter === 'all') return true;
  return filter === 'open' ? ticket.stage.state === 'OPEN' : ticket.stage.state === 'CLOSED';
}

export function countStates(tickets: TicketSummary[]): { open: number; closed: number } {
  let open = 0;
  for (const ticket of tickets) if (ticket.stage.state === 'OPEN') open += 1;
  return { open, closed: tickets.length - open };
}
