/**
 * Which overlays (Panel / Modal ids) are open. HubSpot keeps this on the host side:
 * the card only names ids (`reactions.openPanel(id)`, `actions.closeOverlay(id)`) and
 * the overlay components decide on their own whether they are visible.
 */
import {
  createContext,
  useCallback,
  useContext,
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

export function OverlayProvider({
  children,
  controlRef,
}: {
  children: ReactNode;
  controlRef?: MutableRefObject<OverlayState | null>;
}) {
  const [openIds, setOpenIds] = useState<readonly string[]>([]);
  const open = useCallback(
    (id: string) => setOpenIds((ids) => (ids.includes(id) ? ids : [...ids, id])),
    [],
  );
  const close = useCallback(
    (id: string) => setOpenIds((ids) => ids.filter((other) => other !== id)),
    [],
  );
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
