/** States and data displays: Alert, spinners, empty/error states, statistics, lists of facts. */
import type { ReactNode } from 'react';
import { callRemote } from '../events';
import { useSyncedValue } from './field';

interface Base {
  children?: ReactNode;
  testId?: string;
}

export function Alert({
  children,
  testId,
  title,
  variant = 'info',
}: Base & { title?: string; variant?: string }) {
  return (
    <div
      className={`hs-alert hs-alert--${variant}`}
      role={variant === 'error' || variant === 'danger' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {title ? <div className="hs-alert__title">{title}</div> : null}
      <div className="hs-alert__body">{children}</div>
    </div>
  );
}

export function LoadingSpinner({
  testId,
  label = 'Loading',
  showLabel = false,
  size = 'md',
  layout = 'inline',
}: Base & { label?: string; showLabel?: boolean; size?: string; layout?: string }) {
  return (
    <div
      className={`hs-loading hs-loading--${layout}`}
      role="status"
      aria-label={label}
      data-testid={testId}
    >
      <span className={`hs-spinner hs-spinner--${size}`} aria-hidden="true" />
      {showLabel ? <span className="hs-loading__label">{label}</span> : null}
    </div>
  );
}

export function ProgressBar({
  testId,
  value = 0,
  maxValue = 100,
  title,
  showPercentage,
  variant = 'success',
  valueDescription,
}: Base & {
  value?: number;
  maxValue?: number;
  title?: string;
  showPercentage?: boolean;
  variant?: string;
  valueDescription?: string;
}) {
  const percent = Math.round((Math.min(value, maxValue) / (maxValue || 1)) * 100);
  return (
    <div className="hs-progress" data-testid={testId}>
      {title || showPercentage ? (
        <div className="hs-progress__top">
          <span>{title}</span>
          {showPercentage ? <span>{percent}%</span> : null}
        </div>
      ) : null}
      <div
        className="hs-progress__track"
        role="progressbar"
        aria-valuenow={value}
        aria-valuemax={maxValue}
      >
        <div
          className={`hs-progress__bar hs-progress__bar--${variant}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      {valueDescription ? <div className="hs-field__description">{valueDescription}</div> : null}
    </div>
  );
}

function Illustration({ kind }: { kind: 'empty' | 'error' }) {
  return (
    <svg className="hs-illustration" width="96" height="72" viewBox="0 0 96 72" aria-hidden="true">
      <rect
        x="14"
        y="14"
        width="68"
        height="48"
        rx="6"
        fill="#eaf0f6"
        stroke="#cbd6e2"
        strokeWidth="2"
      />
      <rect x="24" y="26" width="36" height="5" rx="2" fill="#cbd6e2" />
      <rect x="24" y="36" width="48" height="5" rx="2" fill="#cbd6e2" />
      {kind === 'error' ? (
        <circle cx="74" cy="18" r="12" fill="#f2545b" />
      ) : (
        <circle cx="74" cy="18" r="12" fill="#00bda5" />
      )}
      <text x="74" y="23" textAnchor="middle" fontSize="14" fill="#fff" fontWeight="700">
        {kind === 'error' ? '!' : '✓'}
      </text>
    </svg>
  );
}

export function EmptyState({
  children,
  testId,
  title = 'All is not lost.',
  flush,
}: Base & { title?: string; flush?: boolean; layout?: string }) {
  return (
    <div className="hs-state" style={flush ? { padding: 0 } : undefined} data-testid={testId}>
      <Illustration kind="empty" />
      <h3 className="hs-heading">{title}</h3>
      {children}
    </div>
  );
}

export function ErrorState({
  children,
  testId,
  title = 'Something went wrong.',
}: Base & { title?: string; type?: string }) {
  return (
    <div className="hs-state hs-state--error" role="alert" data-testid={testId}>
      <Illustration kind="error" />
      <h3 className="hs-heading">{title}</h3>
      {children}
    </div>
  );
}

export function Statistics({ children, testId }: Base) {
  return (
    <div className="hs-statistics" data-testid={testId}>
      {children}
    </div>
  );
}

export function StatisticsItem({
  children,
  testId,
  label,
  number,
}: Base & { label?: string; number?: string | number }) {
  return (
    <div className="hs-statistics__item" data-testid={testId}>
      <div className="hs-statistics__label">{label}</div>
      <div className="hs-statistics__number">{number}</div>
      {children}
    </div>
  );
}

export function StatisticsTrend({
  testId,
  direction = 'increase',
  value,
}: Base & { direction?: 'increase' | 'decrease'; value?: string }) {
  return (
    <span className={`hs-trend hs-trend--${direction}`} data-testid={testId}>
      {direction === 'increase' ? '▲' : '▼'} {value}
    </span>
  );
}

export function DescriptionList({
  children,
  testId,
  direction = 'column',
}: Base & { direction?: 'row' | 'column' }) {
  return (
    <dl className={`hs-dl hs-dl--${direction}`} data-testid={testId}>
      {children}
    </dl>
  );
}

export function DescriptionListItem({ children, testId, label }: Base & { label?: string }) {
  return (
    <div className="hs-dl__item" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Accordion({
  children,
  testId,
  title,
  defaultOpen,
  open,
  onClick,
  disabled,
}: Base & {
  title?: string;
  defaultOpen?: boolean;
  open?: boolean;
  onClick?: () => unknown;
  disabled?: boolean;
  size?: string;
}) {
  const [isOpen, setOpen] = useSyncedValue(open, defaultOpen ?? false);
  return (
    <div className="hs-accordion" data-testid={testId}>
      <button
        type="button"
        className="hs-accordion__toggle"
        aria-expanded={isOpen}
        disabled={disabled}
        onClick={() => {
          setOpen(!isOpen);
          callRemote(onClick);
        }}
      >
        <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span> {title}
      </button>
      {isOpen ? <div className="hs-accordion__body">{children}</div> : null}
    </div>
  );
}
