/**
 * `ticket_form_options` is only needed once a user opens "New ticket" or "Link": it is
 * fetched then, once, and kept for the card's life (a failure can be retried).
 */
import { useCallback, useRef, useState } from 'react';
import type {
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

export function useFormOptions(client: TicketsClient, recordType: RecordType, portalId: number) {
  const [state, setState] = useState<FormOptionsState>({ kind: 'idle' });
  const inFlight = useRef(false);
  const loaded = useRef(false);

  const ensure = useCallback(async () => {
    if (inFlight.current || loaded.current) return;
    inFlight.current = true;
    setState({ kind: 'loading' });
    const result = await client.call('ticket_form_options', { recordType, portalId });
    inFlight.current = false;
    loaded.current = result.ok;
    setState(
      result.ok ? { kind: 'ready', options: result.data } : { kind: 'error', error: result.error },
    );
  }, [client, recordType, portalId]);

  return { state, ensure };
}

export type FormOptions = ReturnType<typeof useFormOptions>;
