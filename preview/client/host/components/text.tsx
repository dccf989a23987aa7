/** Text-like components: Text, Heading, Link, Tag, StatusTag, Icon, Image, Tooltip. */
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import { callRemote, toCardEvent } from '../events';
import { useOverlayOwner, useOverlays, type Reactions } from '../overlays';
import { hrefOf } from '../spacing';

interface Base {
  children?: ReactNode;
  testId?: string;
}

interface TextFormat {
  fontWeight?: 'regular' | 'bold' | 'demibold';
  italic?: boolean;
  lineDecoration?: 'none' | 'underline' | 'strikethrough';
  textTransform?: 'none' | 'uppercase' | 'lowercase' | 'capitalize' | 'sentenceCase';
}

function formatStyle(format: TextFormat | undefined): CSSProperties {
  if (!format) return {};
  return {
    fontWeight:
      format.fontWeight === 'bold' ? 700 : format.fontWeight === 'demibold' ? 600 : undefined,
    fontStyle: format.italic ? 'italic' : undefined,
    textDecoration:
      format.lineDecoration === 'strikethrough'
        ? 'line-through'
        : format.lineDecoration === 'underline'
          ? 'underline'
          : undefined,
    textTransform:
      format.textTransform === 'sentenceCase' || format.textTransform === 'none'
        ? undefined
        : format.textTransform,
  };
}

interface TextProps extends Base {
  variant?: 'bodytext' | 'microcopy';
  inline?: boolean;
  format?: TextFormat;
  truncate?: boolean | { maxWidth?: number; tooltipText?: string };
}

export function Text({
  children,
  testId,
  variant = 'bodytext',
  inline,
  format,
  truncate,
}: TextProps) {
  const style: CSSProperties = { ...formatStyle(format) };
  if (truncate) {
    Object.assign(style, {
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
      display: 'block',
    });
    if (typeof truncate === 'object' && truncate.maxWidth) style.maxWidth = truncate.maxWidth;
  }
  const className = `hs-text hs-text--${variant}`;
  const title = typeof truncate === 'object' ? truncate.tooltipText : undefined;
  return inline ? (
    <span className={className} style={style} data-testid={testId} title={title}>
      {children}
    </span>
  ) : (
    <p className={className} style={style} data-testid={testId} title={title}>
      {children}
    </p>
  );
}

export function Heading({ children, testId, inline }: Base & { inline?: boolean }) {
  return (
    <h3
      className="hs-heading"
      style={inline ? { display: 'inline' } : undefined}
      data-testid={testId}
    >
      {children}
    </h3>
  );
}

interface ClickableProps extends Base {
  onClick?: (event: unknown, reactions: Reactions) => unknown;
  overlay?: ReactNode;
}

/** Shared by everything with `onClick(event, reactions)` and an optional `overlay`. */
function useClickWithOverlay(onClick: ClickableProps['onClick']) {
  const overlays = useOverlays();
  const { ownerRef, renderOverlay } = useOverlayOwner();
  const handle = (event: MouseEvent) => {
    callRemote(onClick, toCardEvent(event), overlays.reactions);
    if (ownerRef.current) overlays.open(ownerRef.current);
  };
  return { handle, renderOverlay };
}

export function Link({
  children,
  testId,
  href,
  variant = 'primary',
  onClick,
  overlay,
  preventDefault,
}: ClickableProps & { href?: unknown; variant?: string; preventDefault?: boolean }) {
  const target = hrefOf(href);
  const { handle, renderOverlay } = useClickWithOverlay(onClick);
  return (
    <span className="hs-overlay-anchor">
      <a
        className={`hs-link hs-link--${variant}`}
        href={target?.url ?? '#'}
        // Every card link leaves the record page in HubSpot too: a new tab.
        target="_blank"
        rel="noopener noreferrer"
        data-testid={testId}
        onClick={(event) => {
          if (!target || preventDefault) event.preventDefault();
          handle(event);
        }}
      >
        {children}
        {target?.external ? (
          <span className="hs-link__external" aria-hidden="true">
            {' '}
            ↗
          </span>
        ) : null}
      </a>
      {renderOverlay(overlay)}
    </span>
  );
}

export function Tag({
  children,
  testId,
  variant = 'default',
  onClick,
  overlay,
  inline,
}: ClickableProps & { variant?: string; inline?: boolean }) {
  const { handle, renderOverlay } = useClickWithOverlay(onClick);
  const clickable = Boolean(onClick) || Boolean(overlay);
  return (
    <span className="hs-overlay-anchor" style={inline ? { display: 'inline-flex' } : undefined}>
      {clickable ? (
        <button
          type="button"
          className={`hs-tag hs-tag--${variant} hs-tag--clickable`}
          data-testid={testId}
          onClick={handle}
        >
          {children}
        </button>
      ) : (
        <span className={`hs-tag hs-tag--${variant}`} data-testid={testId}>
          {children}
        </span>
      )}
      {renderOverlay(overlay)}
    </span>
  );
}

interface StatusTagProps extends Base {
  variant?: 'danger' | 'warning' | 'info' | 'success' | 'default';
  hollow?: boolean;
  onClick?: () => unknown;
  showRemoveIcon?: boolean;
  onRemoveClick?: () => unknown;
}

export function StatusTag({
  children,
  testId,
  variant = 'default',
  hollow,
  onClick,
  showRemoveIcon,
  onRemoveClick,
}: StatusTagProps) {
  const content = (
    <>
      <span
        className={hollow ? 'hs-status-tag__dot hs-status-tag__dot--hollow' : 'hs-status-tag__dot'}
        aria-hidden="true"
      />
      {children}
    </>
  );
  // A clickable tag is a real button (keyboard and screen readers); its remove icon
  // then sits next to it, not inside it (no button in a button).
  return (
    <span className={`hs-status-tag hs-status--${variant}`} data-testid={testId}>
      {onClick ? (
        <button type="button" className="hs-status-tag__button" onClick={() => callRemote(onClick)}>
          {content}
        </button>
      ) : (
        content
      )}
      {showRemoveIcon ? (
        <button
          type="button"
          className="hs-status-tag__remove"
          aria-label="Remove"
          onClick={() => callRemote(onRemoveClick)}
        >
          ×
        </button>
      ) : null}
    </span>
  );
}

const ICON_GLYPHS: Record<string, string> = {
  add: '+',
  remove: '−',
  delete: '🗑',
  edit: '✎',
  search: '⌕',
  refresh: '↻',
  success: '✓',
  warning: '⚠',
  error: '⨯',
  info: 'ℹ',
  link: '🔗',
  unlink: '⛓',
  ticket: '🎫',
  contact: '👤',
  company: '🏢',
  upCarat: '▴',
  downCarat: '▾',
  left: '‹',
  right: '›',
  exclamation: '!',
  question: '?',
  filter: '⏷',
  calendar: '📅',
  email: '✉',
  externalLink: '↗',
  clock: '🕑',
  star: '★',
  copy: '⧉',
  more: '⋯',
  settings: '⚙',
};

export function Icon({
  testId,
  name,
  size = 'md',
  screenReaderText,
}: Base & { name?: string; size?: string; screenReaderText?: string; color?: string }) {
  const glyph = (name && ICON_GLYPHS[name]) ?? '•';
  return (
    <span
      className={`hs-icon hs-icon--${size}`}
      data-testid={testId}
      data-icon={name}
      role={screenReaderText ? 'img' : undefined}
      aria-label={screenReaderText}
      aria-hidden={screenReaderText ? undefined : true}
    >
      {glyph}
    </span>
  );
}

export function Image({
  testId,
  src,
  alt,
  width,
  height,
  href,
  onClick,
  overlay,
}: ClickableProps & {
  src?: string;
  alt?: string;
  width?: number;
  height?: number;
  href?: unknown;
}) {
  const { handle, renderOverlay } = useClickWithOverlay(onClick);
  const target = hrefOf(href);
  const clickable = Boolean(onClick) || Boolean(overlay);
  const image = (
    <img
      className="hs-image"
      src={src}
      alt={alt ?? ''}
      width={width}
      height={height}
      data-testid={testId}
      onClick={target || !clickable ? handle : undefined}
    />
  );
  return (
    <span className="hs-overlay-anchor">
      {target ? (
        <a href={target.url} target="_blank" rel="noopener noreferrer">
          {image}
        </a>
      ) : clickable ? (
        <button type="button" className="hs-image__button" onClick={handle}>
          {image}
        </button>
      ) : (
        image
      )}
      {renderOverlay(overlay)}
    </span>
  );
}

/** Only meaningful as an `overlay` of a Link/Button/Tag: shown while the owner is hovered. */
export function Tooltip({ children, testId, placement = 'top' }: Base & { placement?: string }) {
  return (
    <span className={`hs-tooltip hs-tooltip--${placement}`} role="tooltip" data-testid={testId}>
      {children}
    </span>
  );
}

/** HubSpot's illustrations are its own artwork: the preview shows a plain stand-in with the name. */
export function Illustration({
  testId,
  name,
  alt,
  width,
  height,
}: Base & { name?: string; alt?: string; width?: number; height?: number }) {
  return (
    <span
      className="hs-illustration"
      role={alt ? 'img' : undefined}
      aria-label={alt}
      aria-hidden={alt ? undefined : true}
      title={name}
      style={{ width, height }}
      data-testid={testId}
      data-illustration={name}
    >
      🖼
    </span>
  );
}
