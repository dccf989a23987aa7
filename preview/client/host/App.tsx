/** The record page: header (picker, settings), fault strip, record columns, card sidebar. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CardContext } from '../worker/hostBridge';
import { CardFrame } from './cardFrame';
import { ControlStrip } from './controlStrip';
import {
  previewApi,
  type PreviewInfo,
  type RecordDetails,
  type RecordSummary,
  type RecordType,
} from './previewApi';
import { RecordPicker } from './recordPicker';
import { loadSettings, saveSettings, SettingsPanel, type PreviewSettings } from './settings';
import { ToastStack, useToasts } from './toasts';

const SEARCH_LAG_MS = 2000;

function readHash(): { type: RecordType; id: string } | null {
  const match = /^#\/(contacts|companies)\/([^/]+)$/.exec(window.location.hash);
  return match && match[1] && match[2]
    ? { type: match[1] as RecordType, id: decodeURIComponent(match[2]) }
    : null;
}

function buildContext(
  info: PreviewInfo,
  record: RecordDetails,
  settings: PreviewSettings,
  cardTitle: string,
): CardContext {
  const email = `${settings.firstName}.${settings.lastName}@example.com`
    .toLowerCase()
    .replace(/\s+/g, '');
  return {
    location: 'crm.record.sidebar',
    crm: { objectId: Number(record.id), objectTypeId: record.objectTypeId },
    user: {
      id: 1,
      email,
      emails: [email],
      firstName: settings.firstName,
      lastName: settings.lastName,
      locale: settings.locale,
      language: settings.locale.slice(0, 2),
      roles: [],
      teams: [],
      permissions: [],
    },
    portal: { id: info.portalId, timezone: settings.timezone },
    extension: { appId: 1, appName: info.appName, cardTitle },
  };
}

/** HubSpot shows dates as dates, not as the API's ISO strings. */
function displayValue(value: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function App() {
  const [info, setInfo] = useState<PreviewInfo | null>(null);
  const [record, setRecord] = useState<RecordDetails | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [settings, setSettings] = useState(loadSettings);
  const [showSettings, setShowSettings] = useState(false);
  const [reloads, setReloads] = useState(0);
  const { toasts, push, dismiss } = useToasts();

  const open = useCallback((target: { type: RecordType; id: string }) => {
    previewApi.getRecord(target.type, target.id).then(
      (details) => {
        setRecord(details);
        setError(null);
      },
      (e: Error) => setError(`Could not load ${target.type} ${target.id}: ${e.message}`),
    );
  }, []);

  useEffect(() => {
    previewApi.info().then(setInfo, (e: Error) => setError(e.message));
    const fromHash = readHash();
    if (fromHash) open(fromHash);
    else
      previewApi.listRecords('contacts', '').then(
        (body) => body.results[0] && (window.location.hash = `#/contacts/${body.results[0].id}`),
        (e: Error) => setError(e.message),
      );
    const onHash = () => {
      const target = readHash();
      if (target) open(target);
    };
    window.addEventListener('hashchange', onHash);
    // npm start rebuilt the page or a card: show the new code.
    const events = new EventSource('/api/events');
    events.addEventListener('reload', () => window.location.reload());
    const onToast = (event: Event) => push((event as CustomEvent).detail);
    window.addEventListener('preview-toast', onToast);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('preview-toast', onToast);
      events.close();
    };
  }, [open, push]);

  const card = useMemo(
    () => info?.cards.find((c) => record && c.objectTypes.includes(record.type)) ?? null,
    [info, record],
  );
  const pick = (summary: RecordSummary) => {
    window.location.hash = `#/${summary.type}/${summary.id}`;
  };

  return (
    <div className="app">
      <header className="nav">
        <span className="nav__logo" aria-hidden="true">
          ⚙
        </span>
        <span className="nav__title">Tickets cards · local preview</span>
        <span className={`nav__mode nav__mode--${info?.mode ?? 'sandbox'}`}>
          {info?.mode === 'live' ? 'LIVE portal' : 'CRM sandbox'}
        </span>
        <span className="nav__spacer" />
        <RecordPicker current={record} onPick={pick} />
        <button
          type="button"
          className="nav__settings"
          aria-label="Preview settings"
          onClick={() => setShowSettings(!showSettings)}
        >
          ⚙ Settings
        </button>
      </header>
      {showSettings ? (
        <SettingsPanel
          settings={settings}
          onClose={() => setShowSettings(false)}
          onSave={(next) => {
            saveSettings(next);
            setSettings(next);
            setShowSettings(false);
          }}
        />
      ) : null}
      <ControlStrip enabled={info?.mode === 'sandbox'} defaultLagMs={SEARCH_LAG_MS} />
      {error ? (
        <div className="page-error" role="alert">
          {error}
        </div>
      ) : null}
      {record ? (
        <main className="record">
          <aside className="record__left" data-testid="record-summary">
            <div className="record__back">
              ‹ {record.type === 'contacts' ? 'Contacts' : 'Companies'}
            </div>
            <div className={`record__avatar record__avatar--${record.type}`}>
              {initials(record.name)}
            </div>
            <h1 className="record__name">{record.name}</h1>
            <div className="record__subtitle">{record.subtitle}</div>
            <div className="record__actions" aria-hidden="true">
              {['Note', 'Email', 'Call', 'Task', 'Meeting'].map((label) => (
                <span key={label} className="record__action">
                  <span className="record__action-icon" />
                  {label}
                </span>
              ))}
            </div>
            <section className="record__about">
              <h2 className="record__section-title">
                ▾ About this {record.type === 'contacts' ? 'contact' : 'company'}
              </h2>
              <dl>
                {record.properties.map((property) => (
                  <div key={property.label} className="record__property">
                    <dt>{property.label}</dt>
                    <dd>{displayValue(property.value, settings.locale) || '--'}</dd>
                  </div>
                ))}
              </dl>
            </section>
          </aside>
          <section className="record__middle">
            <nav className="record__tabs">
              <span className="record__tab record__tab--on">Overview</span>
              <span className="record__tab">Activities</span>
            </nav>
            <div className="record__placeholder">
              The record&apos;s timeline is HubSpot&apos;s own; the preview only draws the
              app&apos;s card in the right sidebar.
            </div>
          </section>
          <aside className="record__right">
            <section className="sidebar-card" data-testid="card-sidebar">
              <h2 className="sidebar-card__title">
                <span aria-hidden="true">▾ </span>
                {card?.name ?? 'Tickets'}
                <span className="sidebar-card__app">{info?.appName}</span>
              </h2>
              <div className="sidebar-card__body">
                {info && card ? (
                  <CardFrame
                    key={`${card.workerUrl}|${record.type}/${record.id}|${JSON.stringify(settings)}|${reloads}`}
                    workerUrl={card.workerUrl}
                    context={buildContext(info, record, settings, card.name)}
                    onAlert={push}
                    onReload={() => setReloads((n) => n + 1)}
                  />
                ) : (
                  <div className="hs-text hs-text--microcopy">
                    {info ? `No card is configured for ${record.type}.` : 'Loading…'}
                  </div>
                )}
              </div>
            </section>
          </aside>
        </main>
      ) : null}
      <ToastStack toasts={toasts} dismiss={dismiss} />
    </div>
  );
}
