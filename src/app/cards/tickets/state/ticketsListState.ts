/**
 * What the list shows, as one discriminated union, plus the query that produced it.
 * Every load carries a request id; an answer for an older id is dropped, so a slow
 * response to a filter the user already left never paints over the newer one.
 *
 * A load is either visible (the list makes way for a spinner) or quiet (the tickets stay
 * on screen while the page is fetched again, e.g. to refill it after a close). While a
 * load waits to retry, `retry` says why and when the next attempt starts, so the card
 * can say so in plain words instead of spinning.
 *
 * A record read whole (tickets_list's `allTickets`, at most 100 tickets) is kept as `local`:
 * tab, sort, priority and owner changes and every page are then answered from it
 * (`localQuery`), and the card's own changes are applied to it, so the list stays exact
 * without another call. Its pages have cursors of the card's own (`local:<offset>`).
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
import { pageInMemory } from '../../listInMemory';
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
  /** The user's owner id (null: not an owner); undefined when the answer did not say. */
  currentOwnerId: string | null | undefined;
}

/** A record's whole list from the last load, and what answering from it needs. */
export interface LocalList {
  all: TicketSummary[];
  /** The user's owner id for "Assigned to me"; undefined = not known (the function asks HubSpot). */
  currentOwnerId: string | null | undefined;
  /** The roll-up setting of the load it came from: the other setting needs the function. */
  includeContactTickets: boolean;
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
  local: LocalList | null;
}

export type ListAction =
  | { type: 'requested'; requestId: number; query: ListQuery; quiet: boolean }
  | { type: 'slow'; requestId: number }
  | { type: 'retrying'; requestId: number; retry: RetryInfo }
  | { type: 'loaded'; requestId: number; data: TicketsListData }
  /** A query answered from `local`, with no call. */
  | { type: 'localQuery'; requestId: number; query: ListQuery }
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
  local: null,
};

const LOCAL_CURSOR = /^local:(\d+)$/;

function localCursor(offset: number): string {
  return `local:${offset}`;
}

/** The offset a cursor of the card's own opens; null for the first page's and the function's. */
export function localOffset(cursor: string | null | undefined): number | null {
  const match = cursor ? LOCAL_CURSOR.exec(cursor) : null;
  return match ? Number(match[1]) : null;
}

/** The cursor to send to tickets_list: the card's own pages are asked for from the start. */
export function remoteCursor(query: ListQuery): string | null {
  const last = pageCursor(query);
  return localOffset(last) === null ? last : null;
}

interface LocalAnswer {
  view: Extract<ListView, { kind: 'ready' }>;
  counts: ListMeta['counts'];
  total: number;
  /** The query, its cursors rebuilt when the list got shorter than the page it was on. */
  query: ListQuery;
}

/**
 * `query` answered from the whole list, or null when only the function can: a text filter
 * (HubSpot's search decides what matches), the other roll-up setting, "Assigned to me" for
 * a user whose owner id is not known, or a page of the function's own cursor.
 */
export function answerLocally(local: LocalList | null, query: ListQuery): LocalAnswer | null {
  if (!local || query.text !== '') return null;
  if (query.includeContactTickets !== local.includeContactTickets) return null;
  if (query.mine && local.currentOwnerId === undefined) return null;
  const last = pageCursor(query);
  const offset = last === null ? 0 : localOffset(last);
  if (offset === null) return null;
  const pageOf = (at: number) =>
    pageInMemory(local.all, {
      filter: query.filter,
      sort: query.sort,
      narrowing: {
        ...(query.priorities.length > 0 ? { priorities: query.priorities } : {}),
        ...(query.mine ? { ownerId: local.currentOwnerId ?? '' } : {}),
      },
      offset: at,
      pageSize: PAGE_SIZE,
    });
  let page = pageOf(offset);
  let cursors = query.cursors;
  // The page it was on is gone (its last tickets closed or removed): the last one there is.
  if (page.tickets.length === 0 && offset > 0) {
    const lastPage = Math.max(0, Math.ceil(page.total / PAGE_SIZE) - 1);
    page = pageOf(lastPage * PAGE_SIZE);
    cursors = [
      null,
      ...Array.from({ length: lastPage }, (_, i) => localCursor((i + 1) * PAGE_SIZE)),
    ];
  }
  return {
    view: {
      kind: 'ready',
      tickets: page.tickets,
      nextCursor: page.nextOffset === null ? null : localCursor(page.nextOffset),
    },
    counts: page.counts,
    total: page.total,
    query: cursors === query.cursors ? query : { ...query, cursors },
  };
}

/** The state with its view and counts answered from `local` (which must answer `query`). */
function withLocalAnswer(state: ListState, local: LocalList, answer: LocalAnswer): ListState {
  return {
    ...state,
    local,
    query: answer.query,
    view: answer.view,
    meta: state.meta ? { ...state.meta, counts: answer.counts, total: answer.total } : state.meta,
  };
}

/** The card's own change applied to the whole list, then the page answered again. */
function changeLocal(
  state: ListState,
  change: (all: TicketSummary[]) => TicketSummary[],
): ListState | null {
  if (!state.local || state.view.kind !== 'ready') return null;
  const local = { ...state.local, all: change(state.local.all) };
  const answer = answerLocally(local, state.query);
  return answer ? withLocalAnswer(state, local, answer) : null;
}

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

/** The cursor of the page the query shows; null on the first page. */
function pageCursor(query: ListQuery): string | null {
  return query.cursors[query.cursors.length - 1] ?? null;
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
      const { data } = action;
      const local: LocalList | null = data.allTickets
        ? {
            all: data.allTickets,
            currentOwnerId: data.currentOwnerId,
            includeContactTickets: state.query.includeContactTickets,
          }
        : null;
      const loaded: ListState = {
        ...state,
        // A page of the card's own was asked for from the start: without the whole list,
        // what came is the first page.
        query:
          !local && localOffset(pageCursor(state.query)) !== null
            ? { ...state.query, cursors: [null] }
            : state.query,
        view: { kind: 'ready', tickets: data.tickets, nextCursor: data.nextCursor },
        meta: {
          counts: data.counts,
          total: data.total,
          pipelines: data.pipelines,
          priorities: data.priorities,
          rollUp: data.rollUp ?? null,
          notice: data.notice ?? null,
          currentOwnerId: data.currentOwnerId,
        },
        retry: null,
        staleError: null,
        local,
      };
      const answer = answerLocally(local, loaded.query);
      return local && answer ? withLocalAnswer(loaded, local, answer) : loaded;
    }
    case 'localQuery': {
      const answer = answerLocally(state.local, action.query);
      if (!state.local || !answer) return state;
      return withLocalAnswer(
        { ...state, requestId: action.requestId, retry: null, staleError: null },
        state.local,
        answer,
      );
    }
    case 'failed':
      if (action.requestId !== state.requestId) return state;
      if (state.view.kind === 'ready') return { ...state, retry: null, staleError: action.error };
      return { ...state, retry: null, view: { kind: 'error', error: action.error } };
    case 'ticketsAdded': {
      if (state.view.kind !== 'ready') return state;
      const added = changeLocal(state, (all) => {
        const ids = new Set(all.map((t) => t.id));
        return [...all, ...action.tickets.filter((t) => !ids.has(t.id))];
      });
      if (added) return added;
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
      const updated = changeLocal(state, (all) => all.map((t) => byId.get(t.id) ?? t));
      if (updated) return updated;
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
      const kept = changeLocal(state, (all) => all.filter((t) => !gone.has(t.id)));
      if (kept) return kept;
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
 * rows while more pages follow is refilled (and an emptied last page steps back). A record
 * held whole needs none of it.
 */
export function reloadNeed(before: ListState, after: ListState, change: ListAction): ReloadNeed {
  if (before.view.kind !== 'ready' || after.view.kind !== 'ready') return 'none';
  // The whole list answered the page again, exactly.
  if (before.local && answerLocally(after.local, after.query)) return 'none';
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
