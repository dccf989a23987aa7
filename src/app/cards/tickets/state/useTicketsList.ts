/**
 * Loads the list through `tickets_list` and keeps it in the reducer.
 *
 * Faults: when HubSpot is down or busy (UNAVAILABLE / RATE_LIMITED, retryable) the hook
 * says so at once (`retry` in the state: which attempt failed, when the next starts) and
 * keeps trying in the background with a growing wait, so the card recovers by itself once
 * HubSpot answers. A function that retries on its own side for seconds before answering
 * looks like a slow answer from here: after `slowAfterMs` the state says so too, so the rep
 * never watches a bare spinner. Anything else (daily limit, validation, not linked) is not
 * retried: it is shown with "Try again".
 *
 * Changes made from the card go through `applyChange`: applied at once, remembered for the
 * `recentTicketIds` hint of later list calls (see recentTickets), and followed by a quiet
 * reload when the page would otherwise be wrong (see reloadNeed).
 *
 * A record the function sent whole (at most 100 tickets) answers every later tab, sort,
 * filter and page change on the card, with no call (see answerLocally), for
 * WHOLE_LIST_FRESH_MS; a text filter, the roll-up switch or an older whole list asks the
 * function again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  CurrentUserHint,
  FunctionError,
  RecordType,
  TicketFilter,
  TicketSort,
} from '../../contract';
import type { TicketsClient } from '../client/ticketsClient';
import { recentTicketIds, rememberTickets, type RecentTicket } from './recentTickets';
import {
  answerLocally,
  initialListState,
  initialQuery,
  PAGE_SIZE,
  reloadNeed,
  remoteCursor,
  ticketsListReducer,
  type ListAction,
  type ListQuery,
  type ListState,
} from './ticketsListState';

export { PAGE_SIZE } from './ticketsListState';

export interface RetryPolicy {
  /** Retries after the first attempt before the card gives up and offers "Try again". */
  retries: number;
  delayMs(retry: number, hintMs: number | undefined): number;
  /** A first answer slower than this is called slow on screen. */
  slowAfterMs: number;
}

const MAX_DELAY_MS = 30_000;

/**
 * How long a whole list answers list changes by itself: a rep paging right after opening
 * costs nothing, and a card left open for a while shows what others changed since once
 * the rep moves (the card's own changes are applied to the list either way).
 */
export const WHOLE_LIST_FRESH_MS = 60_000;

export const defaultRetryPolicy: RetryPolicy = {
  // About a quarter of an hour at the capped wait: a card left open recovers on its own.
  retries: 30,
  delayMs: (retry, hintMs) => Math.min(MAX_DELAY_MS, Math.max(hintMs ?? 0, 1000 * 2 ** retry)),
  slowAfterMs: 2_500,
};

/** Worth retrying without asking: HubSpot may be back in a moment. */
export function retriesByItself(error: FunctionError): boolean {
  return error.retryable && (error.code === 'UNAVAILABLE' || error.code === 'RATE_LIMITED');
}

interface Options {
  client: TicketsClient;
  recordType: RecordType;
  portalId: number;
  retryPolicy: RetryPolicy;
  /** Sent with "Assigned to me" so the function finds the user's owner id. */
  currentUser: CurrentUserHint;
}

export type TicketChange = Extract<
  ListAction,
  { type: 'ticketsAdded' | 'ticketsUpdated' | 'ticketsRemoved' }
>;

function changedIds(change: TicketChange): string[] {
  return change.type === 'ticketsRemoved'
    ? change.ticketIds
    : change.tickets.map((ticket) => ticket.id);
}

export function useTicketsList({
  client,
  recordType,
  portalId,
  retryPolicy,
  currentUser,
}: Options) {
  const [state, setState] = useState(initialListState);
  const lastRequestId = useRef(0);
  // A ref, so a caller passing a fresh policy object each render does not trigger reloads.
  const policy = useRef(retryPolicy);
  useEffect(() => {
    policy.current = retryPolicy;
  }, [retryPolicy]);
  const recent = useRef<RecentTicket[]>([]);
  // The state after every action sent so far, reduced once here and rendered from: event
  // handlers decide on it (reload, or answer from the whole list), and a click that comes
  // before the next render must still see the list just loaded.
  const latest = useRef<ListState>(initialListState);
  const send = useCallback((action: ListAction) => {
    latest.current = ticketsListReducer(latest.current, action);
    setState(latest.current);
  }, []);
  // When the whole list in the state came from HubSpot.
  const wholeListAt = useRef(0);
  // Wakes a retry wait early ("Try now").
  const wake = useRef<(() => void) | null>(null);

  const load = useCallback(
    async (query: ListQuery, quiet = false) => {
      const requestId = ++lastRequestId.current;
      const current = () => requestId === lastRequestId.current;
      send({ type: 'requested', requestId, query, quiet });
      const slowTimer = setTimeout(
        () => send({ type: 'slow', requestId }),
        policy.current.slowAfterMs,
      );
      try {
        for (let attempt = 1; ; attempt++) {
          const hints = recentTicketIds(recent.current, Date.now());
          const result = await client.call('tickets_list', {
            recordType,
            portalId,
            filter: query.filter,
            sort: query.sort,
            pageSize: PAGE_SIZE,
            cursor: remoteCursor(query),
            ...(recordType === 'companies'
              ? { includeContactTickets: query.includeContactTickets }
              : {}),
            ...(query.text ? { query: query.text } : {}),
            ...(query.priorities.length > 0 ? { priorities: query.priorities } : {}),
            // Always who the user is: the answer's owner id lets "Assigned to me" be local.
            currentUser,
            ...(query.mine ? { owner: 'me' as const } : {}),
            ...(hints.length > 0 ? { recentTicketIds: hints } : {}),
          });
          if (!current()) return;
          if (result.ok) {
            if (result.data.allTickets) wholeListAt.current = Date.now();
            send({ type: 'loaded', requestId, data: result.data });
            return;
          }
          const { error } = result;
          if (!retriesByItself(error) || attempt > policy.current.retries) {
            send({ type: 'failed', requestId, error });
            return;
          }
          const delay = policy.current.delayMs(attempt - 1, error.retryAfterMs);
          send({ type: 'retrying', requestId, retry: { error, attempt, delayMs: delay } });
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, delay);
            wake.current = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake.current = null;
          if (!current()) return;
        }
      } finally {
        clearTimeout(slowTimer);
      }
    },
    [client, recordType, portalId, currentUser, send],
  );

  useEffect(() => {
    void load(initialQuery);
    // A card that goes away must not set the state of an unmounted hook.
    return () => {
      lastRequestId.current = -1;
      wake.current?.();
    };
  }, [load]);

  const applyChange = useCallback(
    (change: TicketChange) => {
      recent.current = rememberTickets(recent.current, changedIds(change), Date.now());
      const before = latest.current;
      send(change);
      const after = latest.current;
      const { query } = before;
      switch (reloadNeed(before, after, change)) {
        case 'firstPage':
          void load({ ...query, cursors: [null] }, query.cursors.length === 1);
          return;
        case 'samePage':
          void load(query, true);
          return;
        case 'previousPage':
          void load({ ...query, cursors: query.cursors.slice(0, -1) });
          return;
        case 'none':
          return;
      }
    },
    [load, send],
  );

  /** A new query: from the whole list when it can answer, else from the function. */
  const show = useCallback(
    (query: ListQuery) => {
      const fresh = Date.now() - wholeListAt.current <= WHOLE_LIST_FRESH_MS;
      if (!fresh || !answerLocally(latest.current.local, query)) return load(query);
      const action: ListAction = { type: 'localQuery', requestId: ++lastRequestId.current, query };
      // A retry wait of a load this replaces ends now, and stays unanswered.
      wake.current?.();
      send(action);
      return Promise.resolve();
    },
    [load, send],
  );

  // From the latest state, not this render's: a debounced filter may fire after others.
  const firstPage = (change: Partial<ListQuery>) =>
    show({ ...latest.current.query, ...change, cursors: [null] });

  return {
    state,
    applyChange,
    setFilter: (filter: TicketFilter) => firstPage({ filter }),
    setSort: (sort: TicketSort) => firstPage({ sort }),
    setIncludeContactTickets: (includeContactTickets: boolean) =>
      firstPage({ includeContactTickets }),
    setText: (text: string) => {
      const trimmed = text.trim();
      if (trimmed !== latest.current.query.text) void firstPage({ text: trimmed });
    },
    setPriorities: (priorities: string[]) => firstPage({ priorities }),
    setMine: (mine: boolean) => firstPage({ mine }),
    refresh: () => load(latest.current.query, true),
    /** Ends a retry wait now. */
    retryNow: () => wake.current?.(),
    nextPage: (cursor: string) => {
      const { query } = latest.current;
      return show({ ...query, cursors: [...query.cursors, cursor] });
    },
    previousPage: () => {
      const { query } = latest.current;
      return show({ ...query, cursors: query.cursors.slice(0, -1) });
    },
  };
}

export type TicketsList = ReturnType<typeof useTicketsList>;
