/**
 * The owner picker: the portal's active owners by name (from ticket_form_options) plus
 * "Unassigned". A Select, so typing jumps to a name and the keyboard works throughout;
 * used by the bulk bar and, later, the row menu and details panel.
 */
import { Select } from '@hubspot/ui-extensions';
import type { OwnerInfo } from '../../contract';
import { strings } from '../strings';

/** A Select has no null value: "unassigned" travels as '' and leaves as null. */
const UNASSIGNED = '';

export function ownerChoice(ownerId: string | null | undefined): string {
  return ownerId ?? UNASSIGNED;
}

export function chosenOwner(choice: string): string | null {
  return choice === UNASSIGNED ? null : choice;
}

interface Props {
  value: string;
  owners: OwnerInfo[];
  onChange(choice: string): void;
  testId: string;
}

export function OwnerSelect({ value, owners, onChange, testId }: Props) {
  return (
    <Select
      label={strings.ownerLabel}
      name="ownerId"
      value={value}
      options={[
        { label: strings.unassigned, value: UNASSIGNED },
        ...owners.map((o) => ({ label: o.name, value: o.id })),
      ]}
      onChange={(next) => onChange(String(next))}
      testId={testId}
    />
  );
}
