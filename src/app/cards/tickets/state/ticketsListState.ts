/**
 * What the list shows, as one discriminated union, plus the query that produced it.
 * Every load carries a request id; an answer for an older id is dropped, so a slow
 * response to a filter the user already left never paints over the newer one.
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

export interface ListQuery {
  filter: TicketFilter;
  sort: TicketSort;
  includeContactTickets: boolean;
  /** cursors[i] opens page i; page 0 has no cursor. Prev pops, Next pushes. */
  cursors: Array<string | null>;
}

export type ListView =
  | { kind: 'loading'; busy: boolean }
  | { kind: 'ready'; tickets: TicketSummary[]; nextCursor: string | null }
  | { kind: 'error'; error: FunctionError };

/** What stays true across loads: shown in the header and used by pickers. */
export interface ListMeta {
  counts: { open: number; closed: number };
  pipelines: PipelineInfo[];
  priorities: Option[];
}

export interface ListState {
  requestId: number;
  query: ListQuery;
  view: ListView;
  meta: ListMeta | null;
}

export type ListAction =
  | { type: 'requested'; requestId: number; query: ListQuery }
  | { type: 'busy'; requestId: number }
  | { type: 'loaded'; requestId: number; data: TicketsListData }
  | { type: 'failed'; requestId: number; error: FunctionError }
  | { type: 'ticketsAdded'; tickets: TicketSummary[] }
  | { type: 'ticketsUpdated'; tickets: TicketSummary[] }
  | { type: 'ticketRemoved'; ticketId: string };

export const initialQuery: ListQuery = {
  filter: 'open',
  sort: 'newest',
  includeContactTickets: false,
  cursors: [null],
};

export const initialListState: ListState = {
  requestId: 0,
  query: initialQuery,
  view: { kind: 'loading', busy: false },
  meta: null,
};

function matchesFilter(ticket: TicketSummary, filter: TicketFilter): boolean {
  return filter === 'all' || ticket.stage.state.toLowerCase() === filter;
}

function countDelta(ticket: TicketSummary, sign: 1 | -1): { open: number; closed: number } {
  return ticket.stage.state === 'OPEN' ? { open: sign, closed: 0 } : { open: 0, closed: sign };
}

function adjustCounts(meta: ListMeta | null, deltas: Array<{ open: number; closed: number }>) {
  if (!meta) return meta;
  const counts = deltas.reduce(
    (sum, d) => ({
      open: Math.max(0, sum.open + d.open),
      closed: Math.max(0, sum.closed + d.closed),
    }),
    meta.counts,
  );
  return { ...meta, counts };
}

export function ticketsListReducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case 'requested':
      return {
        ...state,
        requestId: action.requestId,
        query: action.query,
        view: { kind: 'loading', busy: false },
      };
    case 'busy':
      if (action.requestId !== state.requestId) return state;
      return { ...state, view: { kind: 'loading', busy: true } };
    case 'loaded': {
      if (action.requestId !== state.requestId) return state;
      const { tickets, nextCursor, counts, pipelines, priorities } = action.data;
      return {
        ...state,
        view: { kind: 'ready', tickets, nextCursor },
        meta: { counts, pipelines, priorities },
      };
    }
    case 'failed':
      if (action.requestId !== state.requestId) return state;
      return { ...state, view: { kind: 'error', error: action.error } };
    case 'ticketsAdded': {
      if (state.view.kind !== 'ready') return state;
      const known = new Set(state.view.tickets.map((t) => t.id));
      const fresh = action.tickets.filter((t) => !known.has(t.id));
      // New and newly linked tickets go on top even if the sort would put them
      // elsewhere: the user just acted on them and expects to see them.
      const shown = fresh.filter((t) => matchesFilter(t, state.query.filter));
      return {
        ...state,
        view: { ...state.view, tickets: [...shown, ...state.view.tickets] },
        meta: adjustCounts(
          state.meta,
          fresh.map((t) => countDelta(t, 1)),
        ),
      };
    }
    case 'ticketsUpdated': {
      if (state.view.kind !== 'ready') return state;
      const byId = new Map(action.tickets.map((t) => [t.id, t]));
      const deltas: Array<{ open: number; closed: number }> = [];
      const tickets: TicketSummary[] = [];
      for (const old of state.view.tickets) {
        const updated = byId.get(old.id);
        if (!updated) {
          tickets.push(old);
          continue;
        }
        if (updated.stage.state !== old.stage.state)
          deltas.push(countDelta(old, -1), countDelta(updated, 1));
        if (matchesFilter(updated, state.query.filter)) tickets.push(updated);
      }
      return { ...state, view: { ...state.view, tickets }, meta: adjustCounts(state.meta, deltas) };
    }
    case 'ticketRemoved': {
      if (state.view.kind !== 'ready') return state;
      const removed = state.view.tickets.find((t) => t.id === action.ticketId);
      if (!removed) return state;
      return {
        ...state,
        view: {
          ...state.view,
          tickets: state.view.tickets.filter((t) => t.id !== action.ticketId),
        },
        meta: adjustCounts(state.meta, [countDelta(removed, -1)]),
      };
    }
  }
}
