/** The label / description / validation frame every HubSpot form input is drawn in. */
import { useEffect, useState, type ReactNode } from 'react';

export interface FieldProps {
  label?: string;
  name?: string;
  description?: string;
  tooltip?: string;
  required?: boolean;
  error?: boolean;
  validationMessage?: string;
  testId?: string;
}

export function Field({
  label,
  description,
  tooltip,
  required,
  error,
  validationMessage,
  testId,
  htmlFor,
  children,
}: FieldProps & { htmlFor: string; children: ReactNode }) {
  return (
    <div className={error ? 'hs-field hs-field--error' : 'hs-field'} data-testid={testId}>
      {label ? (
        <label className="hs-field__label" htmlFor={htmlFor}>
          {label}
          {required ? <span className="hs-field__required"> *</span> : null}
          {tooltip ? (
            <span className="hs-field__tooltip" title={tooltip} aria-label={tooltip}>
              {' '}
              ⓘ
            </span>
          ) : null}
        </label>
      ) : null}
      {description ? <div className="hs-field__description">{description}</div> : null}
      {children}
      {validationMessage ? (
        <div className={error ? 'hs-field__message hs-field__message--error' : 'hs-field__message'}>
          {validationMessage}
        </div>
      ) : null}
    </div>
  );
}

let fieldSequence = 0;

export function useFieldId(name: string | undefined): string {
  const [id] = useState(() => {
    fieldSequence += 1;
    return `hs-field-${name ?? 'input'}-${fieldSequence}`;
  });
  return id;
}

/**
 * Inputs are controlled by the card across an async boundary: typing updates local
 * state at once and the card's `value` wins whenever it changes.
 */
export function useSyncedValue<T>(value: T | undefined, fallback: T): [T, (next: T) => void] {
  const [local, setLocal] = useState<T>(value ?? fallback);
  useEffect(() => {
    if (value !== undefined) setLocal(value);
  }, [value]);
  return [local, setLocal];
}
