/**
 * Debounced `tickets_search`: waits until typing pauses, and only the answer to the
 * latest query is shown (an earlier, slower answer is dropped). With nothing typed it asks
 * for the portal's recent tickets (query ''), so the panel is never an empty box.
 */
import { useEffect, useRef, useState } from 'react';
import type { FunctionError, TicketsSearchData } from '../../contract';
import type { CardEnv } from '../cardEnv';

export type SearchState =
  | { kind: 'searching' }
  | { kind: 'ready'; query: string; data: TicketsSearchData }
  | { kind: 'error'; error: FunctionError };

export type SearchResult = TicketsSearchData['results'][number];

export function useTicketSearch(env: CardEnv, query: string, debounceMs: number, active: boolean) {
  const [state, setState] = useState<SearchState>({ kind: 'searching' });
  const latest = useRef(0);
  const trimmed = query.trim();

  useEffect(() => {
    const requestId = ++latest.current;
    if (!active) return;
    // Recent tickets need no pause: nobody is typing.
    const timer = setTimeout(
      () => {
        setState({ kind: 'searching' });
        void env.client
          .call('tickets_search', {
            recordType: env.recordType,
            portalId: env.portalId,
            query: trimmed,
            limit: 10,
          })
          .then((result) => {
            if (requestId !== latest.current) return;
            setState(
              result.ok
                ? { kind: 'ready', query: trimmed, data: result.data }
                : { kind: 'error', error: result.error },
            );
          });
      },
      trimmed ? debounceMs : 0,
    );
    return () => clearTimeout(timer);
  }, [env.client, env.recordType, env.portalId, trimmed, debounceMs, active]);

  return { state, setState };
}
