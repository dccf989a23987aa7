/**
 * A record's whole list, held in memory: the one implementation of the exact filters,
 * counts and pages behind tickets_list's exact mode (records with at most 100 tickets, read
 * in one batch) and behind the card's own list changes on such a record. The function
 * sends the whole list with its first page (`allTickets`), so a tab, a sort, a priority or
 * "Assigned to me" filter and every next page are answered on the card, with no HubSpot
 * call, exactly as the function would have answered them. Beside the contract because
 * cards may import nothing from outside src/app/cards.
 */
import type { TicketFilter, TicketSort, TicketSummary } from './contract';
import { compareTickets, matchesFilter } from './ticketOrder';

/** The exact narrowing filters (the text filter is HubSpot's search's, never in memory). */
export interface ExactNarrowing {
  /** Internal priority values; absent = any priority. */
  priorities?: string[];
  /** Only tickets of this owner; '' matches none (a user who owns nothing in HubSpot). */
  ownerId?: string;
}

export function matchesExactNarrowing(ticket: TicketSummary, narrowing: ExactNarrowing): boolean {
  if (narrowing.ownerId !== undefined && ticket.owner?.id !== narrowing.ownerId) return false;
  if (narrowing.priorities && !narrowing.priorities.includes(ticket.priority?.value ?? '')) {
    return false;
  }
  return true;
}

export function countStates(tickets: readonly TicketSummary[]): { open: number; closed: number } {
  let open = 0;
  for (const ticket of tickets) if (ticket.stage.state === 'OPEN') open += 1;
  return { open, closed: tickets.length - open };
}

export interface InMemoryQuery {
  filter: TicketFilter;
  sort: TicketSort;
  narrowing: ExactNarrowing;
  /** Rows before this page. */
  offset: number;
  pageSize: number;
}

export interface InMemoryPage {
  tickets: TicketSummary[];
  /** Over the narrowed list, both states: what the tabs show. */
  counts: { open: number; closed: number };
  /** Narrowed tickets in the filter's state, all pages. */
  total: number;
  /** Where the next page starts; null on the last page. */
  nextOffset: number | null;
}

export function pageInMemory(all: readonly TicketSummary[], query: InMemoryQuery): InMemoryPage {
  const narrowed = all.filter((ticket) => matchesExactNarrowing(ticket, query.narrowing));
  const listed = narrowed.filter((ticket) => matchesFilter(ticket, query.filter));
  listed.sort(compareTickets(query.sort));
  const end = query.offset + query.pageSize;
  return {
    tickets: listed.slice(query.offset, end),
    counts: countStates(narrowed),
    total: listed.length,
    nextOffset: end < listed.length ? end : null,
  };
}
