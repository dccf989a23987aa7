/**
 * The details panel's data: one ticket_details call when the panel opens (again on each
 * open, so it never shows a stale description), an answer to an older request dropped.
 */
import { useCallback, useRef, useState } from 'react';
import type { FunctionError, TicketDetailsData, TicketSummary } from '../../contract';
import type { CardEnv } from '../cardEnv';

export type DetailsState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; data: TicketDetailsData; requestId: number }
  | { kind: 'error'; error: FunctionError };

/** What a successful save changed, applied to the details shown. */
export interface SavedChange {
  ticket: TicketSummary;
  description?: string;
  labelTypeIds?: number[];
}

export function useTicketDetails(env: CardEnv, ticketId: string) {
  const [state, setState] = useState<DetailsState>({ kind: 'idle' });
  const lastRequest = useRef(0);

  const load = useCallback(async () => {
    const requestId = ++lastRequest.current;
    setState({ kind: 'loading' });
    const result = await env.client.call('ticket_details', {
      recordType: env.recordType,
      portalId: env.portalId,
      ticketId,
    });
    if (requestId !== lastRequest.current) return;
    setState(
      result.ok
        ? { kind: 'ready', data: result.data, requestId }
        : { kind: 'error', error: result.error },
    );
  }, [env, ticketId]);

  const saved = useCallback((change: SavedChange) => {
    setState((before) => {
      if (before.kind !== 'ready') return before;
      const { data } = before;
      return {
        ...before,
        data: {
          ...data,
          ticket: {
            ...data.ticket,
            ...change.ticket,
            ...(change.description !== undefined ? { description: change.description } : {}),
          },
          currentLabelTypeIds: change.labelTypeIds ?? data.currentLabelTypeIds,
        },
      };
    });
  }, []);

  return { state, load, saved };
}
