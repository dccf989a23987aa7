import type { LinkedRecords, TicketDetails } from '../../../cards/contract';
import type { PortalSchema } from '../portal/portalSchemaCache';
import {
  SUMMARY_PROPERTIES,
  toTicketSummary,
  type LinkContext,
  type RawTicket,
} from './toTicketSummary';

/** A ticket as the details panel shows it: the summary plus the longer fields. */

export const DETAIL_PROPERTIES = [
  ...SUMMARY_PROPERTIES,
  'content',
  'source_type',
  'time_to_close',
  'time_to_first_agent_reply',
];

function millisOrNull(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const ms = Number(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

function optionLabel(schema: PortalSchema, property: string, value: string | null | undefined) {
  if (!value) return null;
  const option = schema.properties.get(property)?.options.find((item) => item.value === value);
  return option?.label ?? value;
}

export function toTicketDetails(
  ticket: RawTicket,
  schema: PortalSchema,
  link: LinkContext,
  labels: string[],
  linked: { contacts: LinkedRecords; companies: LinkedRecords },
): TicketDetails {
  const props = ticket.properties;
  return {
    ...toTicketSummary(ticket, schema, link, labels),
    description: props.content ?? '',
    source: optionLabel(schema, 'source_type', props.source_type),
    timeToCloseMs: millisOrNull(props.time_to_close),
    timeToFirstResponseMs: millisOrNull(props.time_to_first_agent_reply),
    contacts: linked.contacts,
    companies: linked.companies,
  };
}
