/** Panel and Modal: drawn into document.body only while their id is open. */
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { callRemote } from '../events';
import { useOverlays, useRegisterWithOwner } from '../overlays';

interface OverlayProps {
  children?: ReactNode;
  testId?: string;
  id: string;
  title?: string;
  width?: 'sm' | 'md' | 'lg' | 'small' | 'medium' | 'large';
  variant?: string;
  onOpen?: () => unknown;
  onClose?: () => unknown;
  'aria-label'?: string;
}

/** Calls the card's onOpen/onClose on each transition, like HubSpot. */
function useOpenTransitions(
  id: string,
  onOpen: OverlayProps['onOpen'],
  onClose: OverlayProps['onClose'],
): boolean {
  const overlays = useOverlays();
  const open = overlays.isOpen(id);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open && !wasOpen.current) callRemote(onOpen);
    if (!open && wasOpen.current) callRemote(onClose);
    wasOpen.current = open;
  }, [open, onOpen, onClose]);
  return open;
}

function sizeOf(width: OverlayProps['width']): 'sm' | 'md' | 'lg' {
  if (width === 'sm' || width === 'small') return 'sm';
  if (width === 'lg' || width === 'large') return 'lg';
  return 'md';
}

export function Panel({
  children,
  testId,
  id,
  title,
  width,
  variant,
  onOpen,
  onClose,
  ...rest
}: OverlayProps) {
  useRegisterWithOwner(id);
  const overlays = useOverlays();
  const open = useOpenTransitions(id, onOpen, onClose);
  if (!open) return null;
  return createPortal(
    <div className={variant === 'modal' ? 'hs-panel-layer hs-panel-layer--dim' : 'hs-panel-layer'}>
      <aside
        className={`hs-panel hs-panel--${sizeOf(width)}`}
        role="dialog"
        aria-label={rest['aria-label'] ?? title}
        data-testid={testId}
        data-overlay-id={id}
      >
        <header className="hs-panel__header">
          <h2 className="hs-panel__title">{title}</h2>
          <button
            type="button"
            className="hs-overlay__close"
            aria-label="Close"
            onClick={() => overlays.close(id)}
          >
            ×
          </button>
        </header>
        <div className="hs-panel__content">{children}</div>
      </aside>
    </div>,
    document.body,
  );
}

export function PanelBody({ children, testId }: { children?: ReactNode; testId?: string }) {
  return (
    <div className="hs-panel__body" data-testid={testId}>
      {children}
    </div>
  );
}

export function PanelSection({
  children,
  testId,
  flush,
}: {
  children?: ReactNode;
  testId?: string;
  flush?: boolean;
}) {
  return (
    <section
      className={flush ? 'hs-panel__section hs-panel__section--flush' : 'hs-panel__section'}
      data-testid={testId}
    >
      {children}
    </section>
  );
}

export function PanelFooter({ children, testId }: { children?: ReactNode; testId?: string }) {
  return (
    <footer className="hs-panel__footer" data-testid={testId}>
      {children}
    </footer>
  );
}

export function Modal({
  children,
  testId,
  id,
  title,
  width,
  variant,
  onOpen,
  onClose,
  ...rest
}: OverlayProps) {
  useRegisterWithOwner(id);
  const overlays = useOverlays();
  const open = useOpenTransitions(id, onOpen, onClose);
  if (!open) return null;
  return createPortal(
    <div
      className="hs-modal-layer"
      onMouseDown={(event) => event.target === event.currentTarget && overlays.close(id)}
    >
      <div
        className={`hs-modal hs-modal--${sizeOf(width)} ${variant === 'danger' ? 'hs-modal--danger' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={rest['aria-label'] ?? title}
        data-testid={testId}
        data-overlay-id={id}
      >
        <header className="hs-modal__header">
          <h2 className="hs-modal__title">{title}</h2>
          <button
            type="button"
            className="hs-overlay__close"
            aria-label="Close"
            onClick={() => overlays.close(id)}
          >
            ×
          </button>
        </header>
        {children}
      </div>
    </div>,
    document.body,
  );
}

export function ModalBody({ children, testId }: { children?: ReactNode; testId?: string }) {
  return (
    <div className="hs-modal__body" data-testid={testId}>
      {children}
    </div>
  );
}

export function ModalFooter({ children, testId }: { children?: ReactNode; testId?: string }) {
  return (
    <footer className="hs-modal__footer" data-testid={testId}>
      {children}
    </footer>
  );
}
