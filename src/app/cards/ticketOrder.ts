/**
 * The list's order and filter, shared by tickets_list (which sorts in memory what it reads
 * exactly, matching what HubSpot's search sorts give) and the card (which puts a ticket the
 * rep just created or linked where the next load would show it). It lives beside the
 * contract because it is part of it: cards may import nothing from outside src/app/cards.
 * Priority ranks URGENT > HIGH > MEDIUM > LOW > a portal's own > none (HubSpot would sort the
 * raw strings alphabetically), then newest first; ties by id, as HubSpot breaks them.
 */
import type { TicketFilter, TicketSort, TicketSummary } from './contract';

export const PRIORITY_RANK: Record<string, number> = { URGENT: 4, HIGH: 3, MEDIUM: 2, LOW: 1 };

export function priorityRank(ticket: TicketSummary): number {
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
