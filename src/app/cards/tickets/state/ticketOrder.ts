/**
 * The list's order on the card, the same as tickets_list gives (the function's
 * list/ticketOrder.ts; the card may not import function code): priority ranks
 * URGENT > HIGH > MEDIUM > LOW > a portal's own > none, then newest first; ties by id.
 * Used to put a ticket the rep just created or linked where the next load would show it.
 */
import type { TicketFilter, TicketSort, TicketSummary } from '../../contract';

const PRIORITY_RANK: Record<string, number> = { URGENT: 4, HIGH: 3, MEDIUM: 2, LOW: 1 };

function priorityRank(ticket: TicketSummary): number {
  if (!ticket.priority) return -1;
  return PRIORITY_RANK[ticket.priority.value] ?? 0;
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
  return filter === 'all' || ticket.stage.state.toLowerCase() === filter;
}
