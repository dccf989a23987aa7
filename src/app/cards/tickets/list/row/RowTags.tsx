/** Stage (open blue, closed grey) and priority tags, wrapping on a narrow card. */
import { Flex, StatusTag, Tag } from '@hubspot/ui-extensions';
import type { TicketSummary } from '../../../contract';
import { priorityVariant, stageVariant } from '../../format/tags';

export function RowTags({ ticket, testId }: { ticket: TicketSummary; testId: string }) {
  return (
    <Flex gap="xs" wrap>
      <StatusTag variant={stageVariant(ticket.stage.state)} testId={`${testId}-stage`}>
        {ticket.stage.label}
      </StatusTag>
      {ticket.priority && (
        <Tag variant={priorityVariant(ticket.priority)} testId={`${testId}-priority`}>
          {ticket.priority.label}
        </Tag>
      )}
    </Flex>
  );
}
