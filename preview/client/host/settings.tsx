/** The parts of the card's context a HubSpot user would have: locale, time zone, name. */
import { useEffect, useRef, useState } from 'react';

export interface PreviewSettings {
  locale: string;
  timezone: string;
  firstName: string;
  lastName: string;
  /** HubSpot's user id (context.user.id): the demo seed's owner with this userId is "me". */
  userId: string;
}

const STORAGE_KEY = 'preview-settings';
export const LOCALES = [
  'en-US',
  'en-GB',
  'de-DE',
  'fr-FR',
  'es-ES',
  'pt-BR',
  'ja-JP',
  'nl-NL',
  'it-IT',
];
export const TIME_ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Tokyo',
  'Australia/Sydney',
  'UTC',
];

export function loadSettings(): PreviewSettings {
  const defaults: PreviewSettings = {
    locale: 'en-US',
    timezone: 'America/New_York',
    // The demo seed's first owner (sandbox/src/seeds/demoFacts.ts): "Assign to me" finds her.
    firstName: 'Sofia',
    lastName: 'Lindqvist',
    userId: '9000001',
  };
  try {
    const stored = JSON.parse(
      window.localStorage.getItem(STORAGE_KEY) ?? '{}',
    ) as Partial<PreviewSettings>;
    return { ...defaults, ...stored };
  } catch {
    return defaults;
  }
}

export function saveSettings(settings: PreviewSettings): void {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
}

export function SettingsPanel({
  settings,
  onSave,
  onClose,
}: {
  settings: PreviewSettings;
  onSave(next: PreviewSettings): void;
  onClose(): void;
}) {
  const [draft, setDraft] = useState(settings);
  const rootRef = useRef<HTMLDivElement>(null);
  // Opened from the header: the keyboard lands in the first field (Escape closes).
  useEffect(() => rootRef.current?.querySelector<HTMLElement>('input, select')?.focus(), []);
  const field = (key: keyof PreviewSettings, label: string, options?: string[]) => (
    <label className="settings__field">
      <span>{label}</span>
      {options ? (
        <select
          className="hs-input"
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
        >
          {options.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      ) : (
        <input
          className="hs-input"
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
        />
      )}
    </label>
  );
  return (
    <div
      ref={rootRef}
      className="settings"
      role="dialog"
      aria-label="Preview settings"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h2 className="settings__title">Card context</h2>
      {field('firstName', 'User first name')}
      {field('lastName', 'User last name')}
      {field('userId', 'User id')}
      {field('locale', 'Locale', LOCALES)}
      {field('timezone', 'Portal time zone', TIME_ZONES)}
      <div className="settings__actions">
        <button type="button" className="hs-button hs-button--secondary" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="hs-button hs-button--primary"
          onClick={() => onSave(draft)}
        >
          Apply
        </button>
      </div>
    </div>
  );
}
