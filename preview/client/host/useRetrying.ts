/**
 * Loads something the page needs from HubSpot and, while HubSpot is down or busy, keeps
 * trying on its own (1 s, 2 s, 4 s, then every 5 s) until it answers: the page recovers
 * without a reload. A load whose inputs changed meanwhile is dropped.
 */
import { useEffect, useState } from 'react';
import { NotFoundError } from './previewApi';

export type Retrying<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'retrying'; message: string; attempt: number; nextInMs: number }
  | { state: 'failed'; message: string };

const MAX_DELAY_MS = 5000;

export function retryDelayMs(attempt: number): number {
  return Math.min(1000 * 2 ** (attempt - 1), MAX_DELAY_MS);
}

export function useRetrying<T>(load: (() => Promise<T>) | null, key: string): Retrying<T> {
  const [result, setResult] = useState<Retrying<T>>({ state: 'loading' });
  useEffect(() => {
    if (!load) return;
    let cancelled = false;
    let timer: number | undefined;
    setResult({ state: 'loading' });
    const attempt = (n: number) => {
      load().then(
        (value) => !cancelled && setResult({ state: 'ready', value }),
        (error: Error) => {
          if (cancelled) return;
          if (error instanceof NotFoundError) {
            setResult({ state: 'failed', message: error.message });
            return;
          }
          const nextInMs = retryDelayMs(n);
          setResult({ state: 'retrying', message: error.message, attempt: n, nextInMs });
          timer = window.setTimeout(() => attempt(n + 1), nextInMs);
        },
      );
    };
    attempt(1);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
    // `key` names what `load` loads; a new closure for the same key is the same load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result;
}
