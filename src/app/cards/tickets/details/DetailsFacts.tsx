/**
 * What the details panel tells about a ticket, read-only: ids, people, pipeline, dates,
 * durations HubSpot measured, the link label(s) on this record, and who else it is linked to.
 */
import { DescriptionList, DescriptionListItem, Link, Text } from '@hubspot/ui-extensions';
import type { LinkedRecords, TicketDetailsData } from '../../contract';
import { fullDate } from '../format/dates';
import { ticketUrl } from '../format/ticketUrl';
import { strings } from '../strings';
import { duration } from './duration';

interface Props {
  data: TicketDetailsData;
  portalId: number;
  locale: string;
  timeZone: string;
  testId: string;
}

function linkedText(linked: LinkedRecords): string {
  if (linked.total === 0) return strings.noneLinked;
  const more = linked.total - linked.names.length;
  return more > 0 ? strings.namesAndMore(linked.names.join(', '), more) : linked.names.join(', ');
}

export function DetailsFacts({ data, portalId, locale, timeZone, testId }: Props) {
  const { ticket } = data;
  const date = (iso: string) => fullDate(iso, locale, timeZone);
  const labels = data.associationLabels
    .filter((option) => data.currentLabelTypeIds.includes(option.typeId))
    .map((option) => option.label);
  const items: { key: string; label: string; value: string }[] = [
    { key: 'id', label: strings.ticketIdLabel, value: ticket.id },
    { key: 'owner', label: strings.ownerLabel, value: ticket.owner?.name ?? strings.unassigned },
    { key: 'pipeline', label: strings.pipelineLabel, value: ticket.pipeline.label },
    { key: 'stage', label: strings.stageLabel, value: ticket.stage.label },
    {
      key: 'priority',
      label: strings.priorityLabel,
      value: ticket.priority?.label ?? strings.noPriority,
    },
    {
      key: 'category',
      label: strings.categoryLabel,
      value: ticket.categories.map((c) => c.label).join(', ') || strings.notSet,
    },
    { key: 'source', label: strings.sourceLabel, value: ticket.source ?? strings.notSet },
    { key: 'created', label: strings.createdLabel, value: date(ticket.createdAt) },
    { key: 'updated', label: strings.updatedLabel, value: date(ticket.updatedAt) },
    ...(ticket.closedAt
      ? [{ key: 'closed', label: strings.closedLabel, value: date(ticket.closedAt) }]
      : []),
    ...(ticket.timeToCloseMs !== null
      ? [
          {
            key: 'time-to-close',
            label: strings.timeToCloseLabel,
            value: duration(ticket.timeToCloseMs, locale),
          },
        ]
      : []),
    ...(ticket.timeToFirstResponseMs !== null
      ? [
          {
            key: 'first-response',
            label: strings.timeToFirstResponseLabel,
            value: duration(ticket.timeToFirstResponseMs, locale),
          },
        ]
      : []),
    { key: 'labels', label: strings.linkLabelLabel, value: labels.join(', ') || strings.noLabel },
    {
      key: 'contacts',
      label: strings.linkedContacts(ticket.contacts.total),
      value: linkedText(ticket.contacts),
    },
    {
      key: 'companies',
      label: strings.linkedCompanies(ticket.companies.total),
      value: linkedText(ticket.companies),
    },
  ];
  return (
    <>
      <Link href={{ url: ticketUrl(ticket, portalId), external: true }} testId={`${testId}-open`}>
        {strings.openInHubSpot}
      </Link>
      <DescriptionList direction="column">
        {items.map((item) => (
          <DescriptionListItem key={item.key} label={item.label}>
            <Text testId={`${testId}-fact-${item.key}`}>{item.value}</Text>
          </DescriptionListItem>
        ))}
      </DescriptionList>
    </>
  );
}
