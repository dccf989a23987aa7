import { Select } from '@hubspot/ui-extensions';
import type { Option } from '../../contract';
import { strings } from '../strings';

/** A Select has no null value: "no priority" travels as '' and leaves as null. */
const NO_PRIORITY = '';

export function priorityChoice(priority: string | null | undefined): string {
  return priority ?? NO_PRIORITY;
}

export function chosenPriority(choice: string): string | null {
  return choice === NO_PRIORITY ? null : choice;
}

interface Props {
  value: string;
  priorities: Option[];
  onChange: (choice: string) => void;
  testId: string;
}

/** The portal's priorities plus "no priority", for one ticket or a selection. */
export function PrioritySelect({ value, priorities, onChange, testId }: Props) {
  return (
    <Select
      label={strings.priorityLabel}
      name="priority"
      value={value}
      options={[{ label: strings.noPriority, value: NO_PRIORITY }, ...priorities]}
      onChange={(next) => onChange(String(next))}
      testId={testId}
    />
  );
}
