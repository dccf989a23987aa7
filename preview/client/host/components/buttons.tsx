/** Button, LoadingButton, Dropdown (+ its ButtonItem) and the CRM action buttons. */
import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { callRemote, toCardEvent } from '../events';
import { useOverlayOwner, useOverlays, type Reactions } from '../overlays';
import { hrefOf } from '../spacing';

interface ButtonProps {
  children?: ReactNode;
  testId?: string;
  onClick?: (event: unknown, reactions: Reactions) => unknown;
  href?: unknown;
  disabled?: boolean;
  variant?: 'primary' | 'secondary' | 'destructive' | 'transparent';
  type?: 'button' | 'reset' | 'submit';
  size?: 'xs' | 'sm' | 'md' | 'extra-small' | 'small' | 'medium';
  overlay?: ReactNode;
  loading?: boolean;
  resultIconName?: string;
}

function sizeClass(size: ButtonProps['size']): string {
  if (size === 'xs' || size === 'extra-small') return 'hs-button--xs';
  if (size === 'sm' || size === 'small') return 'hs-button--sm';
  return '';
}

export function Button({
  children,
  testId,
  onClick,
  href,
  disabled,
  variant = 'secondary',
  type = 'button',
  size,
  overlay,
  loading,
}: ButtonProps) {
  const overlays = useOverlays();
  const { ownerRef, renderOverlay } = useOverlayOwner();
  const target = hrefOf(href);
  const click = (event: MouseEvent) => {
    if (target) window.open(target.url, '_blank', 'noopener');
    callRemote(onClick, toCardEvent(event), overlays.reactions);
    if (ownerRef.current) overlays.open(ownerRef.current);
  };
  return (
    <span className="hs-overlay-anchor">
      <button
        className={`hs-button hs-button--${variant} ${sizeClass(size)}`}
        type={type}
        disabled={disabled || loading}
        aria-busy={loading || undefined}
        data-testid={testId}
        onClick={click}
      >
        {loading ? <span className="hs-spinner hs-spinner--inline" aria-hidden="true" /> : null}
        {children}
      </button>
      {renderOverlay(overlay)}
    </span>
  );
}

export function LoadingButton(props: ButtonProps) {
  return <Button {...props} />;
}

const DropdownCloseContext = createContext<() => void>(() => undefined);

interface DropdownProps {
  children?: ReactNode;
  testId?: string;
  options?: { label: string; onClick?: () => unknown }[];
  variant?: 'primary' | 'secondary' | 'transparent';
  buttonText?: string;
  buttonSize?: ButtonProps['size'];
  disabled?: boolean;
}

function menuItemsOf(menu: HTMLElement | null): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])')] : [];
}

/** Arrow keys, Home and End move between the items of an open menu, wrapping around. */
function moveFocus(menu: HTMLElement | null, key: string): boolean {
  const items = menuItemsOf(menu);
  if (items.length === 0) return false;
  const current = items.indexOf(document.activeElement as HTMLElement);
  const next =
    key === 'Home'
      ? 0
      : key === 'End'
        ? items.length - 1
        : key === 'ArrowUp'
          ? (current <= 0 ? items.length : current) - 1
          : key === 'ArrowDown'
            ? (current + 1) % items.length
            : -1;
  if (next < 0) return false;
  items[next]?.focus();
  return true;
}

export function Dropdown({
  children,
  testId,
  options,
  variant = 'secondary',
  buttonText = 'More',
  buttonSize,
  disabled,
}: DropdownProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLSpanElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  /** Which item takes focus once the menu is drawn (a keyboard opening asks for one). */
  const focusOnOpen = useRef<'first' | 'last' | null>(null);
  useEffect(() => {
    if (!open) return;
    const closeOnOutsideClick = (event: globalThis.MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => document.removeEventListener('mousedown', closeOnOutsideClick);
  }, [open]);
  useEffect(() => {
    if (!open || !focusOnOpen.current) return;
    moveFocus(menuRef.current, focusOnOpen.current === 'first' ? 'Home' : 'End');
    focusOnOpen.current = null;
  }, [open]);
  /** Closing from inside the menu hands focus back to its button, as a menu button does. */
  const closeToToggle = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const onToggleKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    focusOnOpen.current = event.key === 'ArrowDown' ? 'first' : 'last';
    if (open) moveFocus(menuRef.current, event.key === 'ArrowDown' ? 'Home' : 'End');
    else setOpen(true);
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // A ButtonItem's Panel or Modal is portaled out of the menu, but React still bubbles
    // its keys through here: those are not the menu's.
    if (!(event.target instanceof Node) || !menuRef.current?.contains(event.target)) return;
    if (event.key === 'Escape') {
      // Handled here: the Panel or Modal around this menu must stay open.
      event.preventDefault();
      event.stopPropagation();
      closeToToggle();
    } else if (event.key === 'Tab') {
      setOpen(false);
    } else if (moveFocus(menuRef.current, event.key)) {
      event.preventDefault();
    }
  };
  return (
    <span className="hs-dropdown" ref={rootRef} data-testid={testId}>
      <button
        ref={toggleRef}
        type="button"
        className={`hs-button hs-button--${variant} ${sizeClass(buttonSize)} hs-dropdown__toggle`}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        onKeyDown={onToggleKeyDown}
        onClick={(event) => {
          // Enter and Space arrive as a click with detail 0: open onto the first item.
          if (!open && event.detail === 0) focusOnOpen.current = 'first';
          setOpen((value) => !value);
        }}
      >
        {buttonText} <span aria-hidden="true">▾</span>
      </button>
      {/* Kept mounted while closed: a ButtonItem's overlay (Panel/Modal) lives inside it. */}
      <div
        ref={menuRef}
        className="hs-dropdown__menu"
        role="menu"
        hidden={!open}
        onKeyDown={onMenuKeyDown}
      >
        <DropdownCloseContext.Provider value={closeToToggle}>
          {options?.map((option, index) => (
            <button
              key={`${option.label}-${index}`}
              type="button"
              role="menuitem"
              className="hs-dropdown__item"
              onClick={() => {
                closeToToggle();
                callRemote(option.onClick);
              }}
            >
              {option.label}
            </button>
          ))}
          {children}
        </DropdownCloseContext.Provider>
      </div>
    </span>
  );
}

export function DropdownButtonItem({
  children,
  testId,
  onClick,
  overlay,
}: {
  children?: ReactNode;
  testId?: string;
  onClick?: ButtonProps['onClick'];
  overlay?: ReactNode;
}) {
  const close = useContext(DropdownCloseContext);
  const overlays = useOverlays();
  const { ownerRef, renderOverlay } = useOverlayOwner();
  return (
    <>
      <button
        type="button"
        role="menuitem"
        className="hs-dropdown__item"
        data-testid={testId}
        onClick={(event) => {
          close();
          callRemote(onClick, toCardEvent(event), overlays.reactions);
          if (ownerRef.current) overlays.open(ownerRef.current);
        }}
      >
        {children}
      </button>
      {renderOverlay(overlay)}
    </>
  );
}

interface CrmActionProps {
  children?: ReactNode;
  testId?: string;
  actionType?: string;
  actionContext?: { objectTypeId?: string; objectId?: number | string };
  variant?: ButtonProps['variant'];
}

/** HubSpot opens its own previews/editors for these; the preview only says what would happen. */
function describeCrmAction({ actionType, actionContext }: CrmActionProps): string {
  const target = actionContext?.objectId
    ? ` for ${actionContext.objectTypeId ?? 'record'} ${actionContext.objectId}`
    : '';
  return `HubSpot would run ${actionType ?? 'a CRM action'}${target}.`;
}

export function CrmActionButton(props: CrmActionProps) {
  return (
    <button
      type="button"
      className={`hs-button hs-button--${props.variant ?? 'secondary'}`}
      data-testid={props.testId}
      onClick={() =>
        window.dispatchEvent(
          new CustomEvent('preview-toast', {
            detail: { type: 'info', message: describeCrmAction(props) },
          }),
        )
      }
    >
      {props.children}
    </button>
  );
}

export function CrmActionLink(props: CrmActionProps) {
  return (
    <a
      href="#"
      className="hs-link hs-link--primary"
      data-testid={props.testId}
      onClick={(event) => {
        event.preventDefault();
        window.dispatchEvent(
          new CustomEvent('preview-toast', {
            detail: { type: 'info', message: describeCrmAction(props) },
          }),
        );
      }}
    >
      {props.children}
    </a>
  );
}
