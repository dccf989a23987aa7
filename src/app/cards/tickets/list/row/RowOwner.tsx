/** Who is on the ticket: the owner's name, or "Unassigned" - the first question a rep asks. */
import { Text } from '@hubspot/ui-extensions';
import type { TicketSummary } from '../../../contract';
import { strings } from '../../strings';

export function RowOwner({ ticket, testId }: { ticket: TicketSummary; testId: string }) {
  return (
    <Text variant="microcopy" testId={`${testId}-owner`}>
      {ticket.owner ? strings.ownedBy(ticket.owner.name) : strings.unassigned}
    </Text>
  );
}
