/**
 * Loads the list through `tickets_list` and keeps it in the reducer. When HubSpot says
 * it is busy (RATE_LIMITED, retryable) the hook waits and tries again a few times
 * before it shows an error; meanwhile the card says "HubSpot is busy, retrying".
 * Changes made from the card go through `applyChange`, which also remembers the tickets
 * for the `recentTicketIds` hint of later list calls (see recentTickets).
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { RecordType, TicketFilter, TicketSort } from '../../contract';
import type { TicketsClient } from '../client/ticketsClient';
import { recentTicketIds, rememberTickets, type RecentTicket } from './recentTickets';
import {
  initialListState,
  initialQuery,
  ticketsListReducer,
  type ListAction,
  type ListQuery,
} from './ticketsListState';

export const PAGE_SIZE = 5;

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  delayMs(retry: number, hintMs: number | undefined): number;
}

export const defaultRetryPolicy: RetryPolicy = {
  retries: 3,
  delayMs: (retry, hintMs) => Math.max(hintMs ?? 0, 1000 * 2 ** retry),
};

interface Options {
  client: TicketsClient;
  recordType: RecordType;
  portalId: number;
  retryPolicy: RetryPolicy;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type TicketChange = Extract<
  ListAction,
  { type: 'ticketsAdded' | 'ticketsUpdated' | 'ticketRemoved' }
>;

function changedIds(change: TicketChange): string[] {
  return change.type === 'ticketRemoved'
    ? [change.ticketId]
    : change.tickets.map((ticket) => ticket.id);
}

export function useTicketsList({ client, recordType, portalId, retryPolicy }: Options) {
  const [state, dispatch] = useReducer(ticketsListReducer, initialListState);
  const lastRequestId = useRef(0);
  // A ref, so a caller passing a fresh policy object each render does not trigger reloads.
  const policy = useRef(retryPolicy);
  policy.current = retryPolicy;
  const recent = useRef<RecentTicket[]>([]);

  const load = useCallback(
    async (query: ListQuery) => {
      const requestId = ++lastRequestId.current;
      dispatch({ type: 'requested', requestId, query });
      for (let retry = 0; ; retry++) {
        const hints = recentTicketIds(recent.current, Date.now());
        const result = await client.call('tickets_list', {
          recordType,
          portalId,
          filter: query.filter,
          sort: query.sort,
          pageSize: PAGE_SIZE,
          cursor: query.cursors[query.cursors.length - 1] ?? null,
          ...(recordType === 'companies'
            ? { includeContactTickets: query.includeContactTickets }
            : {}),
          ...(hints.length > 0 ? { recentTicketIds: hints } : {}),
        });
        if (requestId !== lastRequestId.current) return;
        if (result.ok) {
          dispatch({ type: 'loaded', requestId, data: result.data });
          return;
        }
        const { error } = result;
        if (error.code === 'RATE_LIMITED' && error.retryable && retry < policy.current.retries) {
          dispatch({ type: 'busy', requestId });
          await wait(policy.current.delayMs(retry, error.retryAfterMs));
          if (requestId !== lastRequestId.current) return;
          continue;
        }
        dispatch({ type: 'failed', requestId, error });
        return;
      }
    },
    [client, recordType, portalId],
  );

  useEffect(() => {
    void load(initialQuery);
    // A card that goes away must not dispatch into an unmounted reducer.
    return () => {
      lastRequestId.current = -1;
    };
  }, [load]);

  const applyChange = useCallback((change: TicketChange) => {
    recent.current = rememberTickets(recent.current, changedIds(change), Date.now());
    dispatch(change);
  }, []);

  const { query } = state;
  const firstPage = (change: Partial<ListQuery>) => load({ ...query, ...change, cursors: [null] });

  return {
    state,
    applyChange,
    setFilter: (filter: TicketFilter) => firstPage({ filter }),
    setSort: (sort: TicketSort) => firstPage({ sort }),
    setIncludeContactTickets: (includeContactTickets: boolean) =>
      firstPage({ includeContactTickets }),
    refresh: () => load(query),
    nextPage: (cursor: string) => load({ ...query, cursors: [...query.cursors, cursor] }),
    previousPage: () => load({ ...query, cursors: query.cursors.slice(0, -1) }),
  };
}

export type TicketsList = ReturnType<typeof useTicketsList>;
