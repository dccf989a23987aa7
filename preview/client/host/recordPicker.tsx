/** Header control to choose the contact or company whose record page is shown. */
import { useEffect, useRef, useState } from 'react';
import { previewApi, UnavailableError, type RecordSummary, type RecordType } from './previewApi';

const RETRY_MS = 2000;

export function RecordPicker({
  current,
  onPick,
}: {
  current: RecordSummary | null;
  onPick(record: RecordSummary): void;
}) {
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<RecordType>(current?.type ?? 'contacts');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<RecordSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  /** Bumped to search again while HubSpot is down: the list fills in once it is back. */
  const [retry, setRetry] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    let retryTimer: number | undefined;
    const timer = window.setTimeout(
      () => {
        previewApi.listRecords(type, query).then(
          (body) => !cancelled && (setResults(body.results), setError(null)),
          (e: Error) => {
            if (cancelled) return;
            setError(
              e instanceof UnavailableError
                ? `HubSpot is not answering, retrying… (${e.message})`
                : e.message,
            );
            if (e instanceof UnavailableError)
              retryTimer = window.setTimeout(() => setRetry((n) => n + 1), RETRY_MS);
          },
        );
      },
      retry > 0 ? 0 : 200,
    );
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      window.clearTimeout(retryTimer);
    };
  }, [open, type, query, retry]);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) =>
      rootRef.current && !rootRef.current.contains(event.target as Node) && setOpen(false);
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div
      className="picker"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          close();
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="picker__toggle"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="record-picker"
      >
        {current
          ? `${current.type === 'contacts' ? 'Contact' : 'Company'}: ${current.name}`
          : 'Choose a record'}{' '}
        ▾
      </button>
      {open ? (
        <div className="picker__popover" role="dialog" aria-label="Choose a record">
          <div className="picker__tabs" role="tablist">
            {(['contacts', 'companies'] as const).map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                aria-selected={type === t}
                className={type === t ? 'picker__tab picker__tab--on' : 'picker__tab'}
                onClick={() => setType(t)}
              >
                {t === 'contacts' ? 'Contacts' : 'Companies'}
              </button>
            ))}
          </div>
          <input
            className="hs-input"
            type="search"
            placeholder={`Search ${type}`}
            aria-label={`Search ${type}`}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            autoFocus
          />
          {error ? (
            <div className="picker__error" role="status" data-testid="picker-error">
              {error}
            </div>
          ) : null}
          <ul className="picker__results">
            {results.map((record) => (
              <li key={record.id}>
                <button
                  type="button"
                  className="picker__result"
                  onClick={() => {
                    close();
                    onPick(record);
                  }}
                >
                  <span className="picker__name">{record.name}</span>
                  <span className="picker__subtitle">{record.subtitle}</span>
                </button>
              </li>
            ))}
            {results.length === 0 && !error ? (
              <li className="picker__empty">No {type} found</li>
            ) : null}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
