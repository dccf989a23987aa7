/**
 * The tickets ticked so far, from this search and earlier ones, each removable: what
 * "Link 3 tickets" will link is always in sight.
 */
import { Button, Flex, Text } from '@hubspot/ui-extensions';
import type { TicketSummary } from '../../contract';
import { shortSubject } from '../format/shortSubject';
import { strings } from '../strings';

interface Props {
  tickets: TicketSummary[];
  onRemove(ticketId: string): void;
}

export function SelectedTickets({ tickets, onRemove }: Props) {
  if (tickets.length === 0) return null;
  return (
    <Flex direction="column" gap="xs" testId="link-selected">
      <Text format={{ fontWeight: 'demibold' }}>{strings.selectedToLink}</Text>
      {tickets.map((ticket) => (
        <Flex key={ticket.id} justify="between" align="center" gap="xs">
          <Text truncate={{ tooltipText: ticket.subject }} testId={`link-selected-${ticket.id}`}>
            {ticket.subject}
          </Text>
          <Button
            size="xs"
            variant="transparent"
            onClick={() => onRemove(ticket.id)}
            testId={`link-selected-${ticket.id}-remove`}
          >
            {strings.removeFromSelection(shortSubject(ticket.subject, 20))}
          </Button>
        </Flex>
      ))}
    </Flex>
  );
}
