/**
 * One input per property the portal's rules require, of the kind HubSpot's own form would
 * draw for it: options as a Select (several allowed for a multi-checkbox), numbers as a
 * NumberInput, dates as a DateInput, long text as a TextArea. Values are kept in HubSpot's
 * format (`;`-joined options, `YYYY-MM-DD` dates, `true`/`false`), ready to send.
 */
import {
  Alert,
  DateInput,
  Flex,
  Input,
  MultiSelect,
  NumberInput,
  Select,
  Text,
  TextArea,
} from '@hubspot/ui-extensions';
import type { ExtraProperties, RequiredProperty } from '../../contract';
import { strings } from '../strings';

export type InputKind =
  'options' | 'multiOptions' | 'yesNo' | 'number' | 'date' | 'longText' | 'text';

export function inputKind(property: RequiredProperty): InputKind {
  const { type, fieldType } = property;
  if (type === 'bool' || fieldType === 'booleancheckbox') return 'yesNo';
  if (type === 'enumeration') return fieldType === 'checkbox' ? 'multiOptions' : 'options';
  if (type === 'number') return 'number';
  if (type === 'date' || type === 'datetime') return 'date';
  if (fieldType === 'textarea') return 'longText';
  return 'text';
}

function toDate(
  value: string | undefined,
): { year: number; month: number; date: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]) - 1, date: Number(match[3]) };
}

function fromDate(value: { year: number; month: number; date: number } | null): string {
  if (!value) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.year}-${pad(value.month + 1)}-${pad(value.date)}`;
}

interface InputProps {
  property: RequiredProperty;
  value: string;
  onChange(value: string): void;
  testId: string;
}

function PropertyInput({ property, value, onChange, testId }: InputProps) {
  const common = { label: property.label, name: property.name, required: true, testId };
  switch (inputKind(property)) {
    case 'options':
      return (
        <Select
          {...common}
          value={value}
          options={property.options}
          onChange={(next) => onChange(String(next))}
        />
      );
    case 'multiOptions':
      return (
        <MultiSelect
          {...common}
          value={value === '' ? [] : value.split(';')}
          options={property.options}
          onChange={(next) => onChange(next.map(String).join(';'))}
        />
      );
    case 'yesNo':
      // A Select, not a checkbox: an untouched checkbox would answer "no" unasked.
      return (
        <Select
          {...common}
          value={value}
          options={[
            { label: strings.answerYes, value: 'true' },
            { label: strings.answerNo, value: 'false' },
          ]}
          onChange={(next) => onChange(String(next))}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          value={value === '' ? undefined : Number(value)}
          onChange={(next) => onChange(Number.isFinite(next) ? String(next) : '')}
        />
      );
    case 'date':
      return (
        <DateInput
          {...common}
          format="YYYY-MM-DD"
          value={toDate(value)}
          onChange={(next) => onChange(fromDate(next))}
        />
      );
    case 'longText':
      return <TextArea {...common} value={value} rows={3} onInput={onChange} />;
    case 'text':
      return <Input {...common} value={value} onInput={onChange} />;
  }
}

interface Props {
  questions: RequiredProperty[];
  answers: ExtraProperties;
  onAnswer(name: string, value: string): void;
  /** Prefix of the test ids: `<testId>` for the block, `<testId>-<property>` per input. */
  testId: string;
  /** Shown above the inputs: what the answers are for. */
  intro?: string;
}

export function RequiredPropertyInputs({ questions, answers, onAnswer, testId, intro }: Props) {
  if (questions.length === 0) return null;
  return (
    <Flex direction="column" gap="xs" testId={testId}>
      <Alert title={strings.requiredTitle} variant="info" testId={`${testId}-intro`}>
        <Text testId={`${testId}-body`}>{intro ?? strings.requiredBody}</Text>
      </Alert>
      {questions.map((property) => (
        <PropertyInput
          key={property.name}
          property={property}
          value={answers[property.name] ?? ''}
          onChange={(value) => onAnswer(property.name, value)}
          testId={`${testId}-${property.name}`}
        />
      ))}
    </Flex>
  );
}
