/**
 * Runs one change on one ticket and reports it the same way everywhere: busy while it
 * runs, the error kept for the modal, an alert on success. A second click while busy
 * does nothing, so a double click never sends the change twice.
 */
import { useRef, useState } from 'react';
import type { FunctionError, FunctionResult, ItemOutcome } from '../../contract';

export function useTicketMutation() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FunctionError | null>(null);
  const running = useRef(false);

  async function run<T>(
    send: () => Promise<FunctionResult<T>>,
    onDone: (data: T) => void,
    onFailed?: (error: FunctionError) => void,
  ) {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    const result = await send();
    running.current = false;
    setBusy(false);
    if (result.ok) onDone(result.data);
    else {
      setError(result.error);
      onFailed?.(result.error);
    }
  }

  return { busy, error, setError, run };
}

/** A bulk answer about one ticket: its own failure, if any. */
export function outcomeError(results: ItemOutcome[], ticketId: string): FunctionError | null {
  const outcome = results.find((r) => r.ticketId === ticketId);
  return outcome && !outcome.ok ? outcome.error : null;
}
