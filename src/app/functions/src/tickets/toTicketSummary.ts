import type { Option, TicketSummary } from '../../../cards/contract';
import type { ObjectSchemas } from '../hubspot/crmPaths';
import { ownerRef } from '../portal/owners';
import type { PortalSchema } from '../portal/portalSchemaCache';

/** A HubSpot ticket (as the 2026-09 API returns it) as the card's summary. */

/** The properties every read asks for: what a summary shows, nothing more. */
export const SUMMARY_PROPERTIES = [
  'subject',
  'hs_pipeline',
  'hs_pipeline_stage',
  'hs_ticket_priority',
  'hs_ticket_category',
  'createdate',
  'hs_lastmodifieddate',
  'closed_date',
  'hubspot_owner_id',
];

/** The part of the spec's SimplePublicObject a summary reads. */
export type RawTicket = Pick<ObjectSchemas['SimplePublicObject'], 'id' | 'properties'> &
  Partial<Pick<ObjectSchemas['SimplePublicObject'], 'createdAt' | 'updatedAt'>>;

export interface LinkContext {
  appHost: string;
  portalId: number | null;
}

function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function optionFor(options: Option[], value: string): Option {
  return options.find((option) => option.value === value) ?? { value, label: value };
}

export function ticketUrl(link: LinkContext, ticketId: string): string | null {
  if (link.portalId === null) return null;
  return `https://${link.appHost}/contacts/${link.portalId}/record/0-5/${ticketId}`;
}

export function toTicketSummary(
  ticket: RawTicket,
  schema: PortalSchema,
  link: LinkContext,
  /** Labels of the ticket's link to the card's record, when the caller read them. */
  labels: string[] = [],
): TicketSummary {
  const props = ticket.properties;
  const stageId = props.hs_pipeline_stage ?? '';
  const stageRef = schema.stages.get(stageId);
  const pipelineId = props.hs_pipeline ?? stageRef?.pipeline.id ?? '';
  const pipeline = schema.pipelines.find((candidate) => candidate.id === pipelineId);
  const priority = props.hs_ticket_priority;
  const categories = (props.hs_ticket_category ?? '')
    .split(';')
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
  const createdAt =
    isoOrNull(props.createdate) ?? isoOrNull(ticket.createdAt) ?? new Date(0).toISOString();
  return {
    id: ticket.id,
    subject: props.subject ?? '',
    pipeline: { id: pipelineId, label: pipeline?.label ?? pipelineId },
    stage: {
      id: stageId,
      label: stageRef?.stage.label ?? stageId,
      state: stageRef?.stage.state ?? 'OPEN',
    },
    priority: priority ? optionFor(schema.priorities, priority) : null,
    categories: categories.map((value) => optionFor(schema.categories, value)),
    createdAt,
    updatedAt: isoOrNull(props.hs_lastmodifieddate) ?? isoOrNull(ticket.updatedAt) ?? createdAt,
    closedAt: isoOrNull(props.closed_date),
    url: ticketUrl(link, ticket.id),
    owner: ownerRef(schema.owners, props.hubspot_owner_id),
    labels,
  };
}
