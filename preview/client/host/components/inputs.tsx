/** Form and its inputs. `onInput` fires per keystroke, `onChange` on blur/commit - as in HubSpot. */
import type { FormEvent, ReactNode } from 'react';
import { callRemote, toCardEvent } from '../events';
import { useOverlays, type Reactions } from '../overlays';
import { Field, useFieldId, useSyncedValue, type FieldProps } from './field';

export function Form({
  children,
  testId,
  onSubmit,
  autoComplete,
}: {
  children?: ReactNode;
  testId?: string;
  onSubmit?: (event: unknown, reactions: Reactions) => unknown;
  autoComplete?: 'on' | 'off';
}) {
  const overlays = useOverlays();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values: Record<string, string> = {};
    new FormData(event.currentTarget).forEach((value, key) => {
      if (typeof value === 'string') values[key] = value;
    });
    callRemote(onSubmit, toCardEvent(event.nativeEvent, values), overlays.reactions);
  };
  return (
    <form
      className="hs-form"
      data-testid={testId}
      onSubmit={submit}
      autoComplete={autoComplete}
      noValidate
    >
      {children}
    </form>
  );
}

interface TextInputProps extends FieldProps {
  value?: string;
  defaultValue?: string;
  placeholder?: string;
  readOnly?: boolean;
  type?: 'text' | 'password';
  onChange?: (value: string) => unknown;
  onInput?: (value: string) => unknown;
  onBlur?: (value: string) => unknown;
  onFocus?: (value: string) => unknown;
  rows?: number;
  maxLength?: number;
  resize?: 'vertical' | 'horizontal' | 'both' | 'none';
  clearable?: boolean;
}

function useTextInput(props: TextInputProps) {
  const id = useFieldId(props.name);
  const [value, setValue] = useSyncedValue(props.value, props.defaultValue ?? '');
  const handlers = {
    id,
    name: props.name,
    value,
    placeholder: props.placeholder,
    readOnly: props.readOnly,
    'aria-invalid': props.error || undefined,
    'aria-required': props.required || undefined,
    onChange: (event: { currentTarget: { value: string } }) => {
      setValue(event.currentTarget.value);
      callRemote(props.onInput, event.currentTarget.value);
    },
    onBlur: () => {
      callRemote(props.onChange, value);
      callRemote(props.onBlur, value);
    },
    onFocus: () => callRemote(props.onFocus, value),
  };
  return { id, value, setValue, handlers };
}

export function Input(props: TextInputProps) {
  const { id, handlers } = useTextInput(props);
  return (
    <Field {...props} htmlFor={id}>
      <input className="hs-input" type={props.type ?? 'text'} {...handlers} />
    </Field>
  );
}

export function TextArea(props: TextInputProps) {
  const { id, handlers } = useTextInput(props);
  return (
    <Field {...props} htmlFor={id}>
      <textarea
        className="hs-input hs-textarea"
        rows={props.rows ?? 3}
        maxLength={props.maxLength}
        style={{ resize: props.resize ?? 'vertical' }}
        {...handlers}
      />
    </Field>
  );
}

export function SearchInput(props: TextInputProps) {
  const { id, value, setValue, handlers } = useTextInput(props);
  return (
    <Field {...props} htmlFor={id}>
      <span className="hs-search">
        <span className="hs-search__icon" aria-hidden="true">
          ⌕
        </span>
        <input
          className="hs-input hs-search__input"
          type="search"
          {...handlers}
          // Enter commits the search like HubSpot's SearchInput does.
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              callRemote(props.onChange, value);
            }
          }}
        />
        {props.clearable !== false && value ? (
          <button
            type="button"
            className="hs-search__clear"
            aria-label="Clear search"
            onClick={() => {
              setValue('');
              callRemote(props.onInput, '');
              callRemote(props.onChange, '');
            }}
          >
            ×
          </button>
        ) : null}
      </span>
    </Field>
  );
}

export function NumberInput(
  props: FieldProps & {
    value?: number;
    defaultValue?: number;
    min?: number;
    max?: number;
    placeholder?: string;
    onChange?: (value: number) => unknown;
    onInput?: (value: number) => unknown;
  },
) {
  const id = useFieldId(props.name);
  const [value, setValue] = useSyncedValue<number | ''>(props.value, props.defaultValue ?? '');
  return (
    <Field {...props} htmlFor={id}>
      <input
        id={id}
        className="hs-input"
        type="number"
        name={props.name}
        min={props.min}
        max={props.max}
        value={value}
        placeholder={props.placeholder}
        onChange={(event) => {
          const next = event.currentTarget.value === '' ? '' : Number(event.currentTarget.value);
          setValue(next);
          if (next !== '') callRemote(props.onInput, next);
        }}
        onBlur={() => {
          if (value !== '') callRemote(props.onChange, value);
        }}
      />
    </Field>
  );
}

interface DateValue {
  year: number;
  month: number;
  date: number;
}

function toIsoDate(value: DateValue | null | undefined): string {
  if (!value) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  // HubSpot's DateInput months are zero-based, like JavaScript's.
  return `${value.year}-${pad(value.month + 1)}-${pad(value.date)}`;
}

export function DateInput(
  props: FieldProps & {
    value?: DateValue | null;
    defaultValue?: DateValue;
    onChange?: (value: (DateValue & { formattedDate: string }) | null) => unknown;
  },
) {
  const id = useFieldId(props.name);
  const [value, setValue] = useSyncedValue(toIsoDate(props.value), toIsoDate(props.defaultValue));
  return (
    <Field {...props} htmlFor={id}>
      <input
        id={id}
        className="hs-input"
        type="date"
        name={props.name}
        value={value}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setValue(text);
          const [year, month, date] = text.split('-').map(Number);
          callRemote(
            props.onChange,
            text && year && month && date
              ? { year, month: month - 1, date, formattedDate: text }
              : null,
          );
        }}
      />
    </Field>
  );
}

type OptionValue = string | number | boolean;

interface SelectProps extends FieldProps {
  value?: OptionValue;
  variant?: 'transparent' | 'input';
  placeholder?: string;
  readOnly?: boolean;
  options?: { label: string; value: OptionValue }[];
  onChange?: (value: OptionValue) => unknown;
}

export function Select(props: SelectProps) {
  const id = useFieldId(props.name);
  const options = props.options ?? [];
  const index = options.findIndex((option) => option.value === props.value);
  return (
    <Field {...props} htmlFor={id}>
      <select
        id={id}
        className={
          props.variant === 'transparent'
            ? 'hs-select hs-select--transparent'
            : 'hs-input hs-select'
        }
        name={props.name}
        disabled={props.readOnly}
        value={index >= 0 ? String(index) : ''}
        aria-invalid={props.error || undefined}
        onChange={(event) => {
          const chosen = options[Number(event.currentTarget.value)];
          if (chosen) callRemote(props.onChange, chosen.value);
        }}
      >
        {index < 0 ? (
          <option value="" disabled>
            {props.placeholder ?? 'Select an option'}
          </option>
        ) : null}
        {options.map((option, optionIndex) => (
          <option key={String(optionIndex)} value={String(optionIndex)}>
            {option.label}
          </option>
        ))}
      </select>
      {/* Form submit reads the real value, not the option index. */}
      {props.name && index >= 0 ? (
        <input type="hidden" name={props.name} value={String(props.value)} />
      ) : null}
    </Field>
  );
}

export function MultiSelect(
  props: Omit<SelectProps, 'value' | 'onChange'> & {
    value?: OptionValue[];
    onChange?: (value: OptionValue[]) => unknown;
  },
) {
  const id = useFieldId(props.name);
  // Ticked at once, like the other inputs; the card's value wins when it answers.
  const [selected, setSelected] = useSyncedValue<OptionValue[]>(props.value, []);
  const options = props.options ?? [];
  const toggle = (value: OptionValue) => {
    const next = selected.includes(value)
      ? selected.filter((item) => item !== value)
      : [...selected, value];
    setSelected(next);
    callRemote(props.onChange, next);
  };
  return (
    <Field {...props} htmlFor={id}>
      <div id={id} className="hs-multiselect" role="group" aria-label={props.label}>
        {options.map((option) => (
          <label
            key={String(option.value)}
            className={selected.includes(option.value) ? 'hs-chip hs-chip--on' : 'hs-chip'}
          >
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              disabled={props.readOnly}
              onChange={() => toggle(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </Field>
  );
}

interface CheckProps {
  children?: ReactNode;
  testId?: string;
  name?: string;
  value?: string;
  checked?: boolean;
  initialIsChecked?: boolean;
  readOnly?: boolean;
  readonly?: boolean;
  description?: string;
  inline?: boolean;
  onChange?: (checked: boolean, value: string) => unknown;
  'aria-label'?: string;
}

function Check({ kind, ...props }: CheckProps & { kind: 'checkbox' | 'radio' }) {
  const [checked, setChecked] = useSyncedValue(props.checked, props.initialIsChecked ?? false);
  return (
    <label
      className={props.inline ? 'hs-check hs-check--inline' : 'hs-check'}
      data-testid={props.testId}
    >
      <input
        type={kind}
        name={props.name}
        value={props.value}
        checked={checked}
        disabled={props.readOnly || props.readonly}
        aria-label={props['aria-label']}
        onChange={(event) => {
          setChecked(event.currentTarget.checked);
          callRemote(props.onChange, event.currentTarget.checked, props.value ?? '');
        }}
      />
      <span>
        {props.children}
        {props.description ? (
          <span className="hs-field__description">{props.description}</span>
        ) : null}
      </span>
    </label>
  );
}

export function Checkbox(props: CheckProps) {
  return <Check kind="checkbox" {...props} />;
}

export function RadioButton(props: CheckProps) {
  return <Check kind="radio" {...props} />;
}

export function Toggle({
  testId,
  label,
  checked,
  initialIsChecked,
  readonly,
  readOnly,
  onChange,
  textChecked = 'On',
  textUnchecked = 'Off',
  labelDisplay = 'inline',
}: {
  testId?: string;
  label?: string;
  checked?: boolean;
  initialIsChecked?: boolean;
  readonly?: boolean;
  readOnly?: boolean;
  onChange?: (checked: boolean) => unknown;
  textChecked?: string;
  textUnchecked?: string;
  labelDisplay?: string;
}) {
  const [on, setOn] = useSyncedValue(checked, initialIsChecked ?? false);
  return (
    <label className="hs-toggle" data-testid={testId}>
      {labelDisplay !== 'hidden' ? <span className="hs-toggle__label">{label}</span> : null}
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-label={label}
        disabled={readonly || readOnly}
        className={on ? 'hs-toggle__switch hs-toggle__switch--on' : 'hs-toggle__switch'}
        onClick={() => {
          setOn(!on);
          callRemote(onChange, !on);
        }}
      >
        <span className="hs-toggle__knob" />
      </button>
      <span className="hs-toggle__state">{on ? textChecked : textUnchecked}</span>
    </label>
  );
}

export function ToggleGroup(
  props: FieldProps & {
    toggleType?: 'checkboxList' | 'radioButtonList';
    options?: { label: string; value: string; description?: string }[];
    value?: string | string[];
    inline?: boolean;
    onChange?: (value: string | string[]) => unknown;
  },
) {
  const id = useFieldId(props.name);
  const radio = props.toggleType === 'radioButtonList';
  const current = props.value ?? (radio ? '' : []);
  const isOn = (value: string) =>
    Array.isArray(current) ? current.includes(value) : current === value;
  return (
    <Field {...props} htmlFor={id}>
      <div
        id={id}
        className={props.inline ? 'hs-toggle-group hs-toggle-group--inline' : 'hs-toggle-group'}
        role={radio ? 'radiogroup' : 'group'}
        aria-label={props.label}
      >
        {(props.options ?? []).map((option) => (
          <label key={option.value} className="hs-check">
            <input
              type={radio ? 'radio' : 'checkbox'}
              name={props.name}
              value={option.value}
              checked={isOn(option.value)}
              onChange={(event) => {
                if (radio) callRemote(props.onChange, option.value);
                else {
                  const list = Array.isArray(current) ? current : [];
                  callRemote(
                    props.onChange,
                    event.currentTarget.checked
                      ? [...list, option.value]
                      : list.filter((value) => value !== option.value),
                  );
                }
              }}
            />
            <span>
              {option.label}
              {option.description ? (
                <span className="hs-field__description">{option.description}</span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
    </Field>
  );
}

type NumberProps = Parameters<typeof NumberInput>[0];

/** CurrencyInput is a NumberInput with the currency named in its label. */
export function CurrencyInput({ currency, ...props }: NumberProps & { currency?: string }) {
  return (
    <NumberInput {...props} label={currency ? `${props.label ?? ''} (${currency})` : props.label} />
  );
}

/** StepperInput: a NumberInput with − and + buttons moving by `stepSize` within min/max. */
export function StepperInput(props: NumberProps & { stepSize?: number }) {
  const [value, setValue] = useSyncedValue<number>(
    props.value,
    props.defaultValue ?? props.min ?? 0,
  );
  const step = props.stepSize ?? 1;
  const move = (by: number) => {
    const next = Math.min(props.max ?? Infinity, Math.max(props.min ?? -Infinity, value + by));
    setValue(next);
    callRemote(props.onInput, next);
    callRemote(props.onChange, next);
  };
  return (
    <span className="hs-stepper">
      <button
        type="button"
        className="hs-button hs-button--secondary hs-button--xs"
        aria-label="Decrease"
        onClick={() => move(-step)}
      >
        −
      </button>
      <NumberInput {...props} value={value} />
      <button
        type="button"
        className="hs-button hs-button--secondary hs-button--xs"
        aria-label="Increase"
        onClick={() => move(step)}
      >
        +
      </button>
    </span>
  );
}

interface TimeValue {
  hours: number;
  minutes: number;
}

export function TimeInput(
  props: FieldProps & {
    value?: TimeValue | null;
    defaultValue?: TimeValue;
    onChange?: (value: TimeValue | null) => unknown;
  },
) {
  const id = useFieldId(props.name);
  const text = (time: TimeValue | null | undefined) =>
    time ? `${String(time.hours).padStart(2, '0')}:${String(time.minutes).padStart(2, '0')}` : '';
  const [value, setValue] = useSyncedValue(text(props.value), text(props.defaultValue));
  return (
    <Field {...props} htmlFor={id}>
      <input
        id={id}
        className="hs-input"
        type="time"
        name={props.name}
        value={value}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setValue(next);
          const [hours, minutes] = next.split(':').map(Number);
          callRemote(
            props.onChange,
            next && hours !== undefined && minutes !== undefined ? { hours, minutes } : null,
          );
        }}
      />
    </Field>
  );
}
