/** Panel and Modal: drawn into document.body only while their id is open. */
import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
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

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest('[hidden]'),
  );
}

/**
 * Moves focus into a newly opened overlay: its first field or button after the close
 * button, so a keyboard user lands where the work is (the provider returns it on close).
 */
function useFocusOnOpen(ref: RefObject<HTMLElement>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root || root.contains(document.activeElement)) return;
    const content = root.querySelector<HTMLElement>('[data-overlay-content]') ?? root;
    (focusablesIn(content)[0] ?? root).focus();
  }, [ref]);
}

/** Tab and Shift+Tab cycle inside a modal instead of leaving it for the page behind. */
function trapTab(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const items = focusablesIn(event.currentTarget);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
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
    <PanelView
      id={id}
      title={title}
      width={width}
      variant={variant}
      testId={testId}
      label={rest['aria-label'] ?? title}
      onCloseClick={() => overlays.close(id)}
    >
      {children}
    </PanelView>,
    document.body,
  );
}

function PanelView({
  children,
  id,
  title,
  width,
  variant,
  testId,
  label,
  onCloseClick,
}: {
  children?: ReactNode;
  id: string;
  title?: string;
  width: OverlayProps['width'];
  variant?: string;
  testId?: string;
  label?: string;
  onCloseClick(): void;
}) {
  const ref = useRef<HTMLElement>(null);
  useFocusOnOpen(ref);
  return (
    <div className={variant === 'modal' ? 'hs-panel-layer hs-panel-layer--dim' : 'hs-panel-layer'}>
      <aside
        ref={ref}
        className={`hs-panel hs-panel--${sizeOf(width)}`}
        role="dialog"
        aria-label={label}
        tabIndex={-1}
        data-testid={testId}
        data-overlay-id={id}
      >
        <header className="hs-panel__header">
          <h2 className="hs-panel__title">{title}</h2>
          <button
            type="button"
            className="hs-overlay__close"
            aria-label="Close"
            onClick={onCloseClick}
          >
            ×
          </button>
        </header>
        <div className="hs-panel__content" data-overlay-content="">
          {children}
        </div>
      </aside>
    </div>
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
    <ModalView
      id={id}
      title={title}
      width={width}
      variant={variant}
      testId={testId}
      label={rest['aria-label'] ?? title}
      onCloseClick={() => overlays.close(id)}
    >
      {children}
    </ModalView>,
    document.body,
  );
}

function ModalView({
  children,
  id,
  title,
  width,
  variant,
  testId,
  label,
  onCloseClick,
}: {
  children?: ReactNode;
  id: string;
  title?: string;
  width: OverlayProps['width'];
  variant?: string;
  testId?: string;
  label?: string;
  onCloseClick(): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusOnOpen(ref);
  return (
    <div
      className="hs-modal-layer"
      onMouseDown={(event) => event.target === event.currentTarget && onCloseClick()}
    >
      <div
        ref={ref}
        className={`hs-modal hs-modal--${sizeOf(width)} ${variant === 'danger' ? 'hs-modal--danger' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        tabIndex={-1}
        data-testid={testId}
        data-overlay-id={id}
        onKeyDown={trapTab}
      >
        <header className="hs-modal__header">
          <h2 className="hs-modal__title">{title}</h2>
          <button
            type="button"
            className="hs-overlay__close"
            aria-label="Close"
            onClick={onCloseClick}
          >
            ×
          </button>
        </header>
        <div className="hs-modal__content" data-overlay-content="">
          {children}
        </div>
      </div>
    </div>
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
