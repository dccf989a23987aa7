/**
 * Tabs and Tab. The host cannot read a remote child's props, so each Tab registers its id
 * and title with its Tabs, which draws the tab list (a WAI-ARIA tablist: arrow keys,
 * Home and End move and select) and shows the selected Tab's content only.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { callRemote } from '../events';
import { useSyncedValue } from './field';

type TabId = string | number;

interface TabEntry {
  key: string;
  tabId: TabId;
  title: string;
  disabled: boolean;
}

interface TabsState {
  baseId: string;
  selected: TabId | undefined;
  register(entry: TabEntry): () => void;
}

const TabsContext = createContext<TabsState | null>(null);

export function Tabs({
  children,
  testId,
  selected,
  defaultSelected,
  onSelectedChange,
  variant = 'default',
  fill,
}: {
  children?: ReactNode;
  testId?: string;
  selected?: TabId;
  defaultSelected?: TabId;
  onSelectedChange?: (selectedId: TabId) => unknown;
  variant?: 'default' | 'enclosed';
  fill?: boolean;
}) {
  const baseId = useId();
  const [entries, setEntries] = useState<TabEntry[]>([]);
  const [current, setCurrent] = useSyncedValue<TabId | undefined>(selected, defaultSelected);
  const listRef = useRef<HTMLDivElement>(null);
  const register = useCallback((entry: TabEntry) => {
    setEntries((list) => [...list.filter((other) => other.key !== entry.key), entry]);
    return () => setEntries((list) => list.filter((other) => other.key !== entry.key));
  }, []);
  const enabled = entries.filter((entry) => !entry.disabled);
  // With nothing chosen, the first tab is selected (as HubSpot's Tabs do).
  const shown = entries.some((entry) => entry.tabId === current) ? current : enabled[0]?.tabId;
  const choose = (tabId: TabId) => {
    setCurrent(tabId);
    callRemote(onSelectedChange, tabId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = enabled.findIndex((entry) => entry.tabId === shown);
    const next =
      event.key === 'ArrowRight'
        ? enabled[(index + 1) % enabled.length]
        : event.key === 'ArrowLeft'
          ? enabled[(index - 1 + enabled.length) % enabled.length]
          : event.key === 'Home'
            ? enabled[0]
            : event.key === 'End'
              ? enabled[enabled.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    choose(next.tabId);
    listRef.current?.querySelector<HTMLElement>(`[data-tab-key="${next.key}"]`)?.focus();
  };
  return (
    <div className={`hs-tabs hs-tabs--${variant}`} data-testid={testId}>
      <div
        ref={listRef}
        className={fill ? 'hs-tabs__list hs-tabs__list--fill' : 'hs-tabs__list'}
        role="tablist"
        onKeyDown={onKeyDown}
      >
        {entries.map((entry) => {
          const on = entry.tabId === shown;
          return (
            <button
              key={entry.key}
              type="button"
              role="tab"
              id={`${baseId}-tab-${entry.key}`}
              aria-selected={on}
              aria-controls={`${baseId}-panel-${entry.key}`}
              tabIndex={on ? 0 : -1}
              disabled={entry.disabled}
              data-tab-key={entry.key}
              className={on ? 'hs-tabs__tab hs-tabs__tab--on' : 'hs-tabs__tab'}
              onClick={() => choose(entry.tabId)}
            >
              {entry.title}
            </button>
          );
        })}
      </div>
      <TabsContext.Provider value={{ baseId, selected: shown, register }}>
        {children}
      </TabsContext.Provider>
    </div>
  );
}

export function Tab({
  children,
  testId,
  tabId,
  title = '',
  disabled = false,
}: {
  children?: ReactNode;
  testId?: string;
  tabId?: TabId;
  title?: string;
  disabled?: boolean;
}) {
  const tabs = useContext(TabsContext);
  const key = useId().replace(/:/g, '');
  const id = tabId ?? key;
  const register = tabs?.register;
  useEffect(
    () => register?.({ key, tabId: id, title, disabled }),
    [register, key, id, title, disabled],
  );
  if (!tabs || tabs.selected !== id) return null;
  return (
    <div
      className="hs-tabs__panel"
      role="tabpanel"
      id={`${tabs.baseId}-panel-${key}`}
      aria-labelledby={`${tabs.baseId}-tab-${key}`}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
