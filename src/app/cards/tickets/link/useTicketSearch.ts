/**
 * Debounced `tickets_search`: waits until typing pauses, and only the answer to the
 * latest query is shown (an earlier, slower answer is dropped).
 */
import { useEffect, useRef, useState } from 'react';
import type { FunctionError, TicketsSearchData } from '../../contract';
import type { CardEnv } from '../cardEnv';

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'ready'; query: string; data: TicketsSearchData }
  | { kind: 'error'; error: FunctionError };

export function useTicketSearch(env: CardEnv, query: string, debounceMs: number) {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);
  const trimmed = query.trim();

  useEffect(() => {
    const requestId = ++latest.current;
    if (!trimmed) {
      setState({ kind: 'idle' });
      return;
    }
    const timer = setTimeout(() => {
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
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [env.client, env.recordType, env.portalId, trimmed, debounceMs]);

  return { state, setState };
}
