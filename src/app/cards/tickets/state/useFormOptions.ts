/**
 * `ticket_form_options` is only needed once a user opens "New ticket" or "Link" (or undoes
 * an unlink, which needs the label ids): it is fetched then, once, and kept for the card's
 * life (a failure can be retried).
 */
import { useCallback, useRef, useState } from 'react';
import type {
  CurrentUserHint,
  FunctionError,
  RecordType,
  TicketFormOptionsData,
} from '../../contract';
import type { TicketsClient } from '../client/ticketsClient';

export type FormOptionsState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; options: TicketFormOptionsData }
  | { kind: 'error'; error: FunctionError };

export function useFormOptions(
  client: TicketsClient,
  recordType: RecordType,
  portalId: number,
  currentUser: CurrentUserHint,
) {
  const [state, setState] = useState<FormOptionsState>({ kind: 'idle' });
  const inFlight = useRef<Promise<TicketFormOptionsData | null> | null>(null);
  const loaded = useRef<TicketFormOptionsData | null>(null);

  /** The options, loading them the first time; null when the load failed. */
  const ensure = useCallback((): Promise<TicketFormOptionsData | null> => {
    if (loaded.current) return Promise.resolve(loaded.current);
    if (inFlight.current) return inFlight.current;
    setState({ kind: 'loading' });
    const pending = client
      .call('ticket_form_options', { recordType, portalId, currentUser })
      .then((result) => {
        inFlight.current = null;
        if (result.ok) loaded.current = result.data;
        setState(
          result.ok
            ? { kind: 'ready', options: result.data }
            : { kind: 'error', error: result.error },
        );
        return result.ok ? result.data : null;
      });
    inFlight.current = pending;
    return pending;
  }, [client, recordType, portalId, currentUser]);

  return { state, ensure };
}

export type FormOptions = ReturnType<typeof useFormOptions>;
