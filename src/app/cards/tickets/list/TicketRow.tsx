/**
 * One ticket as a compact tile: subject link, stage, priority, pipeline, times, menu; in
 * the list's "Select" mode also a checkbox.
 */
import { Checkbox, Flex, Link, StatusTag, Tag, Text, Tile, Tooltip } from '@hubspot/ui-extensions';
import type { Option, PipelineInfo, TicketSummary } from '../../contract';
import { TicketActions, type TicketChanges } from '../actions/TicketActions';
import type { CardEnv } from '../cardEnv';
import { fullDate, relativeTime } from '../format/dates';
import { priorityVariant, stageVariant } from '../format/tags';
import { ticketUrl } from '../format/ticketUrl';
import { strings } from '../strings';

interface Props extends TicketChanges {
  env: CardEnv;
  ticket: TicketSummary;
  pipelines: PipelineInfo[];
  priorities: Option[];
  /** Present in "Select" mode for tickets a bulk action may change. */
  selection?: { checked: boolean; onChange(checked: boolean): void };
}

/** Updates within a minute of creation are HubSpot filling in fields, not news. */
const SAME_MOMENT_MS = 60_000;

function timesLine(ticket: TicketSummary, locale: string): string {
  const created = relativeTime(ticket.createdAt, locale);
  const changedLater = Date.parse(ticket.updatedAt) - Date.parse(ticket.createdAt) > SAME_MOMENT_MS;
  return changedLater
    ? strings.createdAndUpdated(created, relativeTime(ticket.updatedAt, locale))
    : strings.createdAgo(created);
}

export function TicketRow({
  env,
  ticket,
  pipelines,
  priorities,
  onUpdated,
  onRemoved,
  selection,
}: Props) {
  const testId = `ticket-${ticket.id}`;
  const fullDates = strings.fullDates(
    fullDate(ticket.createdAt, env.locale, env.timeZone),
    fullDate(ticket.updatedAt, env.locale, env.timeZone),
  );
  return (
    <Tile compact testId={testId}>
      <Flex direction="column" gap="xs">
        {selection && (
          <Checkbox
            name={`select-${ticket.id}`}
            value={ticket.id}
            checked={selection.checked}
            onChange={(checked) => selection.onChange(checked)}
            testId={`select-${ticket.id}`}
          >
            {strings.selectTicket}
          </Checkbox>
        )}
        <Flex justify="between" align="start" gap="xs">
          <Link
            href={{ url: ticketUrl(ticket, env.portalId), external: true }}
            overlay={<Tooltip testId={`${testId}-dates`}>{fullDates}</Tooltip>}
            testId={`${testId}-subject`}
          >
            {ticket.subject}
          </Link>
          <TicketActions
            env={env}
            ticket={ticket}
            pipelines={pipelines}
            priorities={priorities}
            onUpdated={onUpdated}
            onRemoved={onRemoved}
          />
        </Flex>
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
        {pipelines.length > 1 && (
          <Text variant="microcopy" testId={`${testId}-pipeline`}>
            {ticket.pipeline.label}
          </Text>
        )}
        {ticket.viaContact && (
          <Text variant="microcopy" testId={`${testId}-via`}>
            {strings.viaContact(ticket.viaContact.name)}
          </Text>
        )}
        <Text variant="microcopy" testId={`${testId}-times`}>
          {timesLine(ticket, env.locale)}
        </Text>
      </Flex>
    </Tile>
  );
}
