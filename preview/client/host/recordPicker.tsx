/** Header control to choose the contact or company whose record page is shown. */
import { useEffect, useRef, useState } from 'react';
import { previewApi, type RecordSummary, type RecordType } from './previewApi';

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
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      previewApi.listRecords(type, query).then(
        (body) => !cancelled && (setResults(body.results), setError(null)),
        (e: Error) => !cancelled && setError(e.message),
      );
    }, 200);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [open, type, query]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) =>
      rootRef.current && !rootRef.current.contains(event.target as Node) && setOpen(false);
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="picker" ref={rootRef}>
      <button
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
          {error ? <div className="picker__error">{error}</div> : null}
          <ul className="picker__results">
            {results.map((record) => (
              <li key={record.id}>
                <button
                  type="button"
                  className="picker__result"
                  onClick={() => {
                    setOpen(false);
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
