/**
 * The row's checkbox in the list's "Select" mode, inline before the subject. A ticket
 * rolled up from one of the company's contacts cannot be changed from the company (it is
 * not linked to it): its box is shown disabled, and the row says why.
 */
import { Checkbox } from '@hubspot/ui-extensions';
import type { TicketSummary } from '../../../contract';
import { strings } from '../../strings';

export interface RowSelection {
  checked: boolean;
  onChange(checked: boolean): void;
}

interface Props {
  ticket: TicketSummary;
  selection: RowSelection;
}

export function RowSelect({ ticket, selection }: Props) {
  const rolledUp = Boolean(ticket.viaContact);
  return (
    <Checkbox
      name={`select-${ticket.id}`}
      value={ticket.id}
      checked={!rolledUp && selection.checked}
      readOnly={rolledUp}
      aria-label={strings.selectTicketNamed(ticket.subject)}
      onChange={(checked) => {
        if (!rolledUp) selection.onChange(checked);
      }}
      testId={`select-${ticket.id}`}
    />
  );
}
