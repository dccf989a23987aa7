/**
 * What the list shows, as one discriminated union, plus the query that produced it.
 * Every load carries a request id; an answer for an older id is dropped, so a slow
 * response to a filter the user already left never paints over the newer one.
 *
 * A load is either visible (the list makes way for a spinner) or quiet (the tickets stay
 * on screen while the page is fetched again, e.g. to refill it after a close). While a
 * load waits to retry, `retry` says why and when the next attempt starts, so the card
 * can say so in plain words instead of spinning.
 */
import type {
  FunctionError,
  Option,
  PipelineInfo,
  TicketFilter,
  TicketSort,
  TicketSummary,
  TicketsListData,
} from '../../contract';
import { compareTickets, matchesFilter } from '../../ticketOrder';

export const PAGE_SIZE = 5;

export interface ListQuery {
  filter: TicketFilter;
  sort: TicketSort;
  includeContactTickets: boolean;
  /** The text filter, trimmed; '' = none. */
  text: string;
  /** Internal priority values; [] = any priority. */
  priorities: string[];
  /** "Assigned to me": only the tickets the card's user owns. */
  mine: boolean;
  /** cursors[i] opens page i; page 0 has no cursor. Prev pops, Next pushes. */
  cursors: (string | null)[];
}

/** A load that failed in a way worth retrying, and when it will try again. */
export interface RetryInfo {
  error: FunctionError;
  /** The attempt that failed, from 1. */
  attempt: number;
  /** The wait before the next attempt, from when this was dispatched. */
  delayMs: number;
}

export type ListView =
  | { kind: 'loading'; slow: boolean }
  | { kind: 'ready'; tickets: TicketSummary[]; nextCursor: string | null }
  | { kind: 'error'; error: FunctionError };

/** What stays true across loads: shown in the header and used by pickers. */
export interface ListMeta {
  counts: { open: number; closed: number };
  /** Tickets matching the query, all pages. */
  total: number;
  pipelines: PipelineInfo[];
  priorities: Option[];
  rollUp: TicketsListData['rollUp'] | null;
  notice: string | null;
}

export interface ListState {
  requestId: number;
  query: ListQuery;
  view: ListView;
  meta: ListMeta | null;
  /** The load in flight is waiting to retry (shown over the list or instead of it). */
  retry: RetryInfo | null;
  /** A quiet load failed for good; the tickets shown are from before it. */
  staleError: FunctionError | null;
}

export type ListAction =
  | { type: 'requested'; requestId: number; query: ListQuery; quiet: boolean }
  | { type: 'slow'; requestId: number }
  | { type: 'retrying'; requestId: number; retry: RetryInfo }
  | { type: 'loaded'; requestId: number; data: TicketsListData }
  | { type: 'failed'; requestId: number; error: FunctionError }
  | { type: 'ticketsAdded'; tickets: TicketSummary[] }
  | { type: 'ticketsUpdated'; tickets: TicketSummary[] }
  | { type: 'ticketsRemoved'; ticketIds: string[] };

export const initialQuery: ListQuery = {
  filter: 'open',
  sort: 'newest',
  includeContactTickets: false,
  text: '',
  priorities: [],
  mine: false,
  cursors: [null],
};

export const initialListState: ListState = {
  requestId: 0,
  query: initialQuery,
  view: { kind: 'loading', slow: false },
  meta: null,
  retry: null,
  staleError: null,
};

interface Delta {
  open: number;
  closed: number;
  /** Change of `total` (tickets matching the current filter). */
  total: number;
}

function delta(ticket: TicketSummary, sign: 1 | -1, filter: TicketFilter): Delta {
  const open = ticket.stage.state === 'OPEN';
  return {
    open: open ? sign : 0,
    closed: open ? 0 : sign,
    total: matchesFilter(ticket, filter) ? sign : 0,
  };
}

function adjustCounts(meta: ListMeta | null, deltas: Delta[]): ListMeta | null {
  if (!meta) return meta;
  let { open, closed } = meta.counts;
  let { total } = meta;
  for (const d of deltas) {
    open = Math.max(0, open + d.open);
    closed = Math.max(0, closed + d.closed);
    total = Math.max(0, total + d.total);
  }
  return { ...meta, counts: { open, closed }, total };
}

/** The page index shown (0-based). */
export function pageIndex(query: ListQuery): number {
  return query.cursors.length - 1;
}

/** True when the text, priority or owner filter is on: the card cannot tell what matches them. */
export function hasSearchFilter(query: ListQuery): boolean {
  return query.text !== '' || query.priorities.length > 0 || query.mine;
}

/**
 * Puts fresh tickets where the list's sort puts them. A ticket that sorts after the last
 * one shown belongs to a later page when there is one.
 */
function insertSorted(
  shown: TicketSummary[],
  fresh: TicketSummary[],
  sort: TicketSort,
  hasNextPage: boolean,
): TicketSummary[] {
  const compare = compareTickets(sort);
  const last = shown[shown.length - 1];
  const fits = fresh.filter((t) => !hasNextPage || !last || compare(t, last) < 0);
  return [...shown, ...fits].sort(compare);
}

export function ticketsListReducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case 'requested': {
      const keep = action.quiet && state.view.kind === 'ready';
      return {
        ...state,
        requestId: action.requestId,
        query: action.query,
        view: keep ? state.view : { kind: 'loading', slow: false },
        retry: null,
        staleError: null,
      };
    }
    case 'slow':
      if (action.requestId !== state.requestId || state.view.kind !== 'loading') return state;
      return { ...state, view: { kind: 'loading', slow: true } };
    case 'retrying':
      if (action.requestId !== state.requestId) return state;
      return { ...state, retry: action.retry };
    case 'loaded': {
      if (action.requestId !== state.requestId) return state;
      const { tickets, nextCursor, counts, total, pipelines, priorities } = action.data;
      return {
        ...state,
        view: { kind: 'ready', tickets, nextCursor },
        meta: {
          counts,
          total,
          pipelines,
          priorities,
          rollUp: action.data.rollUp ?? null,
          notice: action.data.notice ?? null,
        },
        retry: null,
        staleError: null,
      };
    }
    case 'failed':
      if (action.requestId !== state.requestId) return state;
      if (state.view.kind === 'ready') return { ...state, retry: null, staleError: action.error };
      return { ...state, retry: null, view: { kind: 'error', error: action.error } };
    case 'ticketsAdded': {
      if (state.view.kind !== 'ready') return state;
      const known = new Set(state.view.tickets.map((t) => t.id));
      const fresh = action.tickets.filter((t) => !known.has(t.id));
      const { query } = state;
      // Only page 1 without a search filter can place them; otherwise the hook reloads.
      const placeable = pageIndex(query) === 0 && !hasSearchFilter(query);
      const shown = placeable ? fresh.filter((t) => matchesFilter(t, query.filter)) : [];
      const tickets = insertSorted(
        state.view.tickets,
        shown,
        query.sort,
        state.view.nextCursor !== null,
      ).slice(0, PAGE_SIZE);
      return {
        ...state,
        view: { ...state.view, tickets },
        meta: adjustCounts(
          state.meta,
          fresh.map((t) => delta(t, 1, query.filter)),
        ),
      };
    }
    case 'ticketsUpdated': {
      if (state.view.kind !== 'ready') return state;
      const byId = new Map(action.tickets.map((t) => [t.id, t]));
      const deltas: Delta[] = [];
      const tickets: TicketSummary[] = [];
      const { filter } = state.query;
      for (const old of state.view.tickets) {
        const updated = byId.get(old.id);
        if (!updated) {
          tickets.push(old);
          continue;
        }
        if (updated.stage.state !== old.stage.state)
          deltas.push(delta(old, -1, filter), delta(updated, 1, filter));
        if (matchesFilter(updated, filter)) tickets.push(updated);
      }
      return { ...state, view: { ...state.view, tickets }, meta: adjustCounts(state.meta, deltas) };
    }
    case 'ticketsRemoved': {
      if (state.view.kind !== 'ready') return state;
      const gone = new Set(action.ticketIds);
      const removed = state.view.tickets.filter((t) => gone.has(t.id));
      if (removed.length === 0) return state;
      return {
        ...state,
        view: { ...state.view, tickets: state.view.tickets.filter((t) => !gone.has(t.id)) },
        meta: adjustCounts(
          state.meta,
          removed.map((t) => delta(t, -1, state.query.filter)),
        ),
      };
    }
  }
}

export type ReloadNeed = 'none' | 'firstPage' | 'samePage' | 'previousPage';

/**
 * After a change made on the card, whether the page must be fetched again to stay right:
 * a ticket added while on a later page, or under a search filter, belongs on page 1 in
 * sort order; a full page 1 that grew must hand its last row to page 2; a page that lost
 * rows while more pages follow is refilled (and an emptied last page steps back).
 */
export function reloadNeed(before: ListState, after: ListState, change: ListAction): ReloadNeed {
  if (before.view.kind !== 'ready' || after.view.kind !== 'ready') return 'none';
  const { query } = before;
  if (change.type === 'ticketsAdded') {
    if (pageIndex(query) > 0 || hasSearchFilter(query)) return 'firstPage';
    const grew = before.view.tickets.length + change.tickets.length > PAGE_SIZE;
    return grew ? 'samePage' : 'none';
  }
  const shrank = after.view.tickets.length < before.view.tickets.length;
  if (!shrank) return 'none';
  if (before.view.nextCursor !== null) return 'samePage';
  if (after.view.tickets.length === 0 && pageIndex(query) > 0) return 'previousPage';
  return 'none';
}
