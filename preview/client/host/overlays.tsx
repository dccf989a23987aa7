/**
 * Which overlays (Panel / Modal ids) are open. HubSpot keeps this on the host side:
 * the card only names ids (`reactions.openPanel(id)`, `actions.closeOverlay(id)`) and
 * the overlay components decide on their own whether they are visible.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type MutableRefObject,
  type ReactNode,
} from 'react';

export interface Reactions {
  openPanel(id: string): void;
  closePanel(id: string): void;
  openModal(id: string): void;
  closeModal(id: string): void;
}

export interface OverlayState {
  isOpen(id: string): boolean;
  open(id: string): void;
  close(id: string): void;
  reactions: Reactions;
}

const OverlayContext = createContext<OverlayState | null>(null);

/**
 * Where focus goes back to when an overlay closes: the element that opened it, or for a
 * Dropdown item (hidden once the menu closes) the Dropdown's own button.
 */
function returnTargetOf(active: Element | null): HTMLElement | null {
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  const dropdownToggle = active
    .closest('.hs-dropdown')
    ?.querySelector<HTMLElement>(':scope > .hs-dropdown__toggle');
  return dropdownToggle ?? active;
}

export function OverlayProvider({
  children,
  controlRef,
}: {
  children: ReactNode;
  controlRef?: MutableRefObject<OverlayState | null>;
}) {
  const [openIds, setOpenIds] = useState<readonly string[]>([]);
  const returnFocus = useRef(new Map<string, HTMLElement>());
  const open = useCallback((id: string) => {
    const target = returnTargetOf(document.activeElement);
    if (target && !returnFocus.current.has(id)) returnFocus.current.set(id, target);
    setOpenIds((ids) => (ids.includes(id) ? ids : [...ids, id]));
  }, []);
  const close = useCallback((id: string) => {
    const target = returnFocus.current.get(id);
    returnFocus.current.delete(id);
    setOpenIds((ids) => ids.filter((other) => other !== id));
    // After the overlay has left the DOM; a trigger the card removed meanwhile gets none.
    if (target) window.setTimeout(() => target.isConnected && target.focus(), 0);
  }, []);
  const openIdsRef = useRef(openIds);
  openIdsRef.current = openIds;
  useEffect(() => {
    if (openIds.length === 0) return;
    // Escape closes the overlay opened last; a Dropdown or input that used the key
    // itself marks it handled (preventDefault) first.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const top = openIdsRef.current[openIdsRef.current.length - 1];
      if (top === undefined) return;
      event.preventDefault();
      close(top);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openIds.length, close]);
  const state = useMemo<OverlayState>(
    () => ({
      isOpen: (id) => openIds.includes(id),
      open,
      close,
      reactions: { openPanel: open, closePanel: close, openModal: open, closeModal: close },
    }),
    [openIds, open, close],
  );
  if (controlRef) controlRef.current = state;
  return <OverlayContext.Provider value={state}>{children}</OverlayContext.Provider>;
}

export function useOverlays(): OverlayState {
  const state = useContext(OverlayContext);
  if (!state) throw new Error('Overlay components must be rendered inside <OverlayProvider>.');
  return state;
}

/**
 * A Button/Link/Tag with an `overlay` prop owns the Panel or Modal inside it: the
 * overlay registers its id here so a click on the owner opens it.
 */
const OverlayOwnerContext = createContext<MutableRefObject<string | null> | null>(null);

export function useOverlayOwner(): {
  ownerRef: MutableRefObject<string | null>;
  renderOverlay(overlay: ReactNode): ReactNode;
} {
  const ownerRef = useRef<string | null>(null);
  return {
    ownerRef,
    renderOverlay: (overlay) =>
      overlay ? (
        <OverlayOwnerContext.Provider value={ownerRef}>{overlay}</OverlayOwnerContext.Provider>
      ) : null,
  };
}

export function useRegisterWithOwner(id: string): void {
  const owner = useContext(OverlayOwnerContext);
  if (owner) owner.current = id;
}
