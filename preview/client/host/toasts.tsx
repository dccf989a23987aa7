/**
 * `actions.addAlert` toasts, stacked at the top of the record's middle column: they must
 * never hide the card that raised them. Each can be dismissed; an error stays longest.
 */
import { useCallback, useState } from 'react';
import type { AlertRequest } from '../worker/hostBridge';

interface Toast extends AlertRequest {
  key: number;
}

let toastSequence = 0;
/** A confirmation is read at a glance; an error may need reading twice. */
export function lifetimeOf(type: AlertRequest['type']): number {
  if (type === 'danger') return 10_000;
  if (type === 'warning') return 6000;
  return 4000;
}
/** Older toasts give way: a burst of actions must not bury the page. */
const MAX_TOASTS = 3;

export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback(
    (key: number) => setToasts((list) => list.filter((toast) => toast.key !== key)),
    [],
  );
  const push = useCallback(
    (alert: AlertRequest) => {
      toastSequence += 1;
      const key = toastSequence;
      setToasts((list) => [...list, { ...alert, key }].slice(-MAX_TOASTS));
      window.setTimeout(() => dismiss(key), lifetimeOf(alert.type));
    },
    [dismiss],
  );
  return { toasts, push, dismiss };
}

export function ToastStack({ toasts, dismiss }: { toasts: Toast[]; dismiss(key: number): void }) {
  return (
    <div className="toast-stack" aria-live="polite" data-testid="toast-stack">
      {toasts.map((toast) => (
        <div
          key={toast.key}
          className={`toast toast--${toast.type ?? 'info'}`}
          role={toast.type === 'danger' ? 'alert' : 'status'}
          data-testid="toast"
        >
          <div className="toast__text">
            {toast.title ? <div className="toast__title">{toast.title}</div> : null}
            <div>{toast.message}</div>
          </div>
          <button
            type="button"
            className="toast__close"
            aria-label="Dismiss"
            onClick={() => dismiss(toast.key)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
