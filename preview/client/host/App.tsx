/**
 * The record page: header (picker, settings), fault strip, record columns, card sidebar.
 * The shell and the card need only the record's type and id (from the URL), never
 * HubSpot: with HubSpot down the page loads, says what it is waiting for, and fills in
 * the record's details by itself once HubSpot answers again.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CardContext } from '../worker/hostBridge';
import { CardStage } from './cardStage';
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
import { useRetrying, type Retrying } from './useRetrying';

const SEARCH_LAG_MS = 2000;

interface RecordTarget {
  type: RecordType;
  id: string;
}

const OBJECT_TYPE_IDS: Record<RecordType, '0-1' | '0-2'> = { contacts: '0-1', companies: '0-2' };

function readHash(): RecordTarget | null {
  const match = /^#\/(contacts|companies)\/([^/]+)$/.exec(window.location.hash);
  return match && match[1] && match[2]
    ? { type: match[1] as RecordType, id: decodeURIComponent(match[2]) }
    : null;
}

function buildContext(
  info: PreviewInfo,
  record: RecordTarget,
  settings: PreviewSettings,
  cardTitle: string,
): CardContext {
  // The demo portal's users have helpdesk.example addresses (the seeded owners' emails).
  const email = `${settings.firstName}.${settings.lastName}@helpdesk.example`
    .toLowerCase()
    .replace(/\s+/g, '');
  return {
    location: 'crm.record.sidebar',
    crm: { objectId: Number(record.id), objectTypeId: OBJECT_TYPE_IDS[record.type] },
    user: {
      id: Number(settings.userId) || 1,
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

function RecordWaiting({
  record,
  target,
}: {
  record: Retrying<RecordDetails>;
  target: RecordTarget;
}) {
  const noun = target.type === 'contacts' ? 'contact' : 'company';
  if (record.state === 'failed')
    return (
      <div
        className="record__waiting record__waiting--failed"
        role="alert"
        data-testid="record-failed"
      >
        This {noun} ({target.id}) could not be found: {record.message}
      </div>
    );
  if (record.state === 'retrying')
    return (
      <div className="record__waiting" role="status" data-testid="record-retrying">
        <span className="hs-spinner hs-spinner--inline" aria-hidden="true" /> HubSpot is not
        answering, retrying in {Math.round(record.nextInMs / 1000)} s (attempt {record.attempt}).
        <div className="record__waiting-detail">{record.message}</div>
      </div>
    );
  return (
    <div className="record__waiting" role="status" data-testid="record-loading">
      Loading {noun} {target.id}…
    </div>
  );
}

function RecordColumn({ record, locale }: { record: RecordDetails; locale: string }) {
  return (
    <>
      <div className="record__back">‹ {record.type === 'contacts' ? 'Contacts' : 'Companies'}</div>
      <div className={`record__avatar record__avatar--${record.type}`}>{initials(record.name)}</div>
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
              <dd>{displayValue(property.value, locale) || '--'}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

export function App() {
  const [target, setTarget] = useState<RecordTarget | null>(readHash);
  const [settings, setSettings] = useState(loadSettings);
  const [showSettings, setShowSettings] = useState(false);
  const [reloads, setReloads] = useState(0);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const { toasts, push, dismiss } = useToasts();

  const infoLoad = useRetrying(() => previewApi.info(), 'info');
  const info = infoLoad.state === 'ready' ? infoLoad.value : null;
  const recordKey = target ? `${target.type}/${target.id}` : '';
  const recordLoad = useRetrying(
    target ? () => previewApi.getRecord(target.type, target.id) : null,
    recordKey,
  );
  const record =
    recordLoad.state === 'ready' &&
    target &&
    recordLoad.value.type === target.type &&
    recordLoad.value.id === target.id
      ? recordLoad.value
      : null;
  // No record in the URL: open the first contact, once HubSpot can list them.
  const firstContact = useRetrying(
    target ? null : () => previewApi.listRecords('contacts', ''),
    target ? '' : 'first-contact',
  );
  useEffect(() => {
    if (target || firstContact.state !== 'ready') return;
    const first = firstContact.value.results[0];
    if (first) window.location.hash = `#/contacts/${first.id}`;
  }, [target, firstContact]);

  useEffect(() => {
    const onHash = () => {
      const next = readHash();
      if (next) setTarget(next);
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
  }, [push]);

  const card = useMemo(
    () => info?.cards.find((c) => target && c.objectTypes.includes(target.type)) ?? null,
    [info, target],
  );
  const pick = (summary: RecordSummary) => {
    window.location.hash = `#/${summary.type}/${summary.id}`;
  };
  const pickerCurrent: RecordSummary | null =
    record ?? (target ? { ...target, name: `#${target.id}`, subtitle: '' } : null);
  const closeSettings = () => {
    setShowSettings(false);
    settingsButton.current?.focus();
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
        <RecordPicker current={pickerCurrent} onPick={pick} />
        <button
          ref={settingsButton}
          type="button"
          className="nav__settings"
          aria-label="Preview settings"
          aria-expanded={showSettings}
          onClick={() => (showSettings ? closeSettings() : setShowSettings(true))}
        >
          ⚙ Settings
        </button>
      </header>
      {showSettings ? (
        <SettingsPanel
          settings={settings}
          onClose={closeSettings}
          onSave={(next) => {
            saveSettings(next);
            setSettings(next);
            closeSettings();
          }}
        />
      ) : null}
      <ControlStrip enabled={info?.mode === 'sandbox'} defaultLagMs={SEARCH_LAG_MS} />
      <main className="record">
        <aside className="record__left" data-testid="record-summary">
          {record ? (
            <RecordColumn record={record} locale={settings.locale} />
          ) : target ? (
            <RecordWaiting record={recordLoad} target={target} />
          ) : (
            <RecordWaiting
              record={
                firstContact.state === 'ready'
                  ? { state: 'failed', message: 'the sandbox has no contacts' }
                  : (firstContact as Retrying<RecordDetails>)
              }
              target={{ type: 'contacts', id: 'list' }}
            />
          )}
        </aside>
        <section className="record__middle">
          <nav className="record__tabs" aria-hidden="true">
            <span className="record__tab record__tab--on">Overview</span>
            <span className="record__tab">Activities</span>
          </nav>
          <div className="record__placeholder">
            The record&apos;s timeline is HubSpot&apos;s own; the preview only draws the app&apos;s
            card in the right sidebar.
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
              {info && card && target ? (
                <CardStage
                  frameKey={`${card.workerUrl}|${target.type}/${target.id}|${JSON.stringify(settings)}|${reloads}`}
                  workerUrl={card.workerUrl}
                  context={buildContext(info, target, settings, card.name)}
                  onAlert={push}
                  onReload={() => setReloads((n) => n + 1)}
                />
              ) : (
                <div className="hs-text hs-text--microcopy">
                  {info && target ? `No card is configured for ${target.type}.` : 'Loading…'}
                </div>
              )}
            </div>
          </section>
        </aside>
      </main>
      <ToastStack toasts={toasts} dismiss={dismiss} />
    </div>
  );
}
