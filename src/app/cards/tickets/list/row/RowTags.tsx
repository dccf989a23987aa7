/**
 * Stage (open blue, closed grey) and priority tags, and the label(s) of the ticket's link
 * to this record (e.g. "Primary"), wrapping on a narrow card.
 */
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
      {ticket.labels.map((label) => (
        <Tag key={label} variant="default" testId={`${testId}-label-${label}`}>
          {label}
        </Tag>
      ))}
    </Flex>
  );
}
