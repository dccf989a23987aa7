import type {
  FieldError,
  FunctionResult,
  ItemOutcome,
  TicketSummary,
  TicketUpdateData,
} from '../../../cards/contract';
import { asApiFailure } from '../hubspot/apiFailure';
import type { CrmApi } from '../hubspot/crmApi';
import {
  missingPropertiesOf,
  propertiesRequiredError,
  requiredPropertiesError,
} from '../hubspot/requiredProperties';
import { parseCall } from '../params/functionParams';
import {
  checkCategories,
  checkExtraProperties,
  checkOwner,
  checkPriority,
} from '../params/portalChecks';
import { throwIfInvalid } from '../params/parseParams';
import { ticketUpdateSchema, type ParsedTicketUpdateParams } from '../params/ticketWriteParams';
import { getAssociationTypes, type AssociationTypes } from '../portal/associationLabels';
import { getPortalSchema, type PortalSchema } from '../portal/portalSchemaCache';
import type { RecordRef } from '../record/readRecordContext';
import { labelsOf, readTicketLinkTypes } from '../record/ticketLinkTypes';
import { FunctionFailure, notLinkedFailure } from '../run/functionFailure';
import { runFunction, type FunctionContext } from '../run/runFunction';
import { changeLinkLabel } from '../tickets/changeLinkLabel';
import { readTickets } from '../tickets/readTickets';
import { toTicketSummary, type RawTicket } from '../tickets/toTicketSummary';

/**
 * ticket_update: stage, priority and owner of up to 50 of the record's tickets in one batch
 * update, and the details panel's edits of one ticket (subject, description, categories,
 * the label of its link to the record). Every check happens before the write - each
 * ticket linked to the record, the stage a stage of each ticket's own pipeline ("close"
 * picks each pipeline's first closed stage and leaves tickets already closed alone), the
 * options the portal's, the owner an active owner, `extraProperties` writable properties -
 * so a refused call changes nothing. A portal rule refusing the write (a required
 * property) is answered PROPERTIES_REQUIRED, per item when HubSpot applied the rest.
 * Round trips: the reads in parallel, then the batch update; a label change adds up to 2.
 */

function targetStages(
  schema: PortalSchema,
  tickets: Map<string, RawTicket>,
  ticketIds: string[],
  stageId: string | undefined,
  close: boolean,
): { stages: Map<string, string>; alreadyClosed: Set<string>; errors: FieldError[] } {
  const stages = new Map<string, string>();
  const alreadyClosed = new Set<string>();
  const errors: FieldError[] = [];
  if (stageId === undefined && !close) return { stages, alreadyClosed, errors };
  if (stageId !== undefined && !schema.stages.has(stageId)) {
    return {
      stages,
      alreadyClosed,
      errors: [{ field: 'stageId', message: 'This stage does not exist in HubSpot.' }],
    };
  }
  const misfits: string[] = [];
  for (const ticketId of ticketIds) {
    const current = schema.stages.get(tickets.get(ticketId)?.properties.hs_pipeline_stage ?? '');
    // "Close" must not move a ticket from one closed stage (e.g. Refunded) to another.
    if (close && current?.stage.state === 'CLOSED') {
      alreadyClosed.add(ticketId);
      continue;
    }
    const pipelineId = tickets.get(ticketId)?.properties.hs_pipeline ?? '';
    const pipeline = schema.pipelines.find((candidate) => candidate.id === pipelineId);
    const target = close
      ? pipeline?.stages.find((stage) => stage.state === 'CLOSED')?.id
      : pipeline?.stages.find((stage) => stage.id === stageId)?.id;
    if (target) stages.set(ticketId, target);
    else misfits.push(ticketId);
  }
  if (misfits.length > 0) {
    errors.push(
      close
        ? {
            field: 'close',
            message: `No closed stage in the pipeline of ticket(s) ${misfits.join(', ')}.`,
          }
        : {
            field: 'stageId',
            message: `This stage is not in the pipeline of ticket(s) ${misfits.join(', ')}.`,
          },
    );
  }
  return { stages, alreadyClosed, errors };
}

function checkLabel(
  types: AssociationTypes | null,
  label: ParsedTicketUpdateParams['label'],
): FieldError[] {
  if (!types || !label) return [];
  return types.labels.some(
    (option) => option.typeId === label.typeId && option.category === label.category,
  )
    ? []
    : [
        {
          field: 'label.typeId',
          message: 'This label is not available for tickets on this record.',
        },
      ];
}

/** The properties every ticket of the call gets (a stage is per ticket). */
function commonProperties(params: ParsedTicketUpdateParams): Record<string, string> {
  const properties: Record<string, string> = {};
  if (params.priority !== undefined) properties.hs_ticket_priority = params.priority ?? '';
  if (params.ownerId !== undefined) properties.hubspot_owner_id = params.ownerId ?? '';
  if (params.subject !== undefined) properties.subject = params.subject;
  if (params.description !== undefined) properties.content = params.description;
  if (params.categories !== undefined) properties.hs_ticket_category = params.categories.join(';');
  return properties;
}

async function writeProperties(
  crm: CrmApi,
  schema: PortalSchema,
  inputs: { id: string; properties: Record<string, string> }[],
) {
  try {
    return await crm.call('POST', '/crm/objects/2026-09/{objectType}/batch/update', {
      path: { objectType: 'tickets' },
      body: { inputs },
    });
  } catch (error) {
    const api = asApiFailure(error);
    const ids = api ? missingPropertiesOf(api.body).flatMap((missing) => missing.ids) : [];
    const subject = ids.length > 0 ? `ticket ${[...new Set(ids)].join(', ')}` : undefined;
    const required = api && requiredPropertiesError(api.code, api.body, schema.properties, subject);
    if (required) throw new FunctionFailure(required);
    throw error;
  }
}

export async function main(context: FunctionContext): Promise<FunctionResult<TicketUpdateData>> {
  return runFunction('ticket_update', context, async (invocation) => {
    const { crm, env } = invocation;
    const { params, record } = parseCall(
      ticketUpdateSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    const [schema, tickets, links, associationTypes] = await Promise.all([
      getPortalSchema(env.portalKey, crm),
      readTickets(crm, params.ticketIds),
      readTicketLinkTypes(crm, params.ticketIds, record.type),
      params.label !== undefined
        ? getAssociationTypes(env.portalKey, crm, record.type)
        : Promise.resolve(null),
    ]);
    assertLinked(record, params.ticketIds, links);
    const { stages, alreadyClosed, errors } = targetStages(
      schema,
      tickets,
      params.ticketIds,
      params.stageId,
      params.close === true,
    );
    throwIfInvalid([
      ...errors,
      ...checkPriority(schema, params.priority),
      ...checkOwner(schema.owners.byId, params.ownerId),
      ...checkCategories(schema, params.categories),
      ...checkExtraProperties(schema.properties, params.extraProperties, params),
      ...checkLabel(associationTypes, params.label),
    ]);

    const common = commonProperties(params);
    const inputs = params.ticketIds
      .map((ticketId) => {
        const stage = stages.get(ticketId);
        // The answers to a rule's question belong with the change that needed them.
        const extra = alreadyClosed.has(ticketId) ? {} : (params.extraProperties ?? {});
        return {
          id: ticketId,
          properties: { ...common, ...extra, ...(stage ? { hs_pipeline_stage: stage } : {}) },
        };
      })
      .filter((input) => Object.keys(input.properties).length > 0);
    const response = inputs.length > 0 ? await writeProperties(crm, schema, inputs) : null;

    const ticketId0 = params.ticketIds[0] as string;
    let labelsNow: string[] | null = null;
    if (params.label !== undefined && associationTypes) {
      await changeLinkLabel(crm, ticketId0, record, {
        to: params.label,
        current: links.get(ticketId0)?.get(record.id) ?? [],
        defaultTypeId: associationTypes.defaultTypeId,
      });
      const chosen = params.label;
      labelsNow = chosen
        ? associationTypes.labels
            .filter(
              (option) => option.typeId === chosen.typeId && option.category === chosen.category,
            )
            .map((option) => option.label)
        : [];
    }

    // A 207: HubSpot wrote the others; these broke a portal rule.
    const refused = new Map<string, string[]>();
    for (const error of response?.errors ?? []) {
      for (const missing of missingPropertiesOf(error)) {
        for (const id of missing.ids) refused.set(id, [...(refused.get(id) ?? []), missing.name]);
      }
    }
    const link = { appHost: env.appHost, portalId: params.portalId ?? env.portalIdFromEnv };
    const updated = new Map(response?.results.map((ticket) => [ticket.id, ticket]) ?? []);
    const written = new Map(inputs.map((input) => [input.id, input.properties]));
    const results: ItemOutcome[] = [];
    const summaries: TicketSummary[] = [];
    for (const ticketId of params.ticketIds) {
      const before = tickets.get(ticketId);
      const labels = labelsNow ?? labelsOf(links.get(ticketId)?.get(record.id));
      const names = refused.get(ticketId);
      if (names) {
        results.push({
          ticketId,
          ok: false,
          error: propertiesRequiredError(names, schema.properties, `ticket ${ticketId}`),
        });
        continue;
      }
      if (!written.has(ticketId)) {
        if (alreadyClosed.has(ticketId)) {
          results.push({ ticketId, ok: true, skipped: 'ALREADY_CLOSED' });
        } else {
          // Only the label changed.
          results.push({ ticketId, ok: true });
          if (before) summaries.push(toTicketSummary(before, schema, link, labels));
        }
        continue;
      }
      const fresh = updated.get(ticketId);
      if (!fresh) {
        results.push({
          ticketId,
          ok: false,
          error: {
            code: 'UNAVAILABLE',
            message: `HubSpot did not update ticket ${ticketId}. Try again.`,
            retryable: true,
          },
        });
        continue;
      }
      // Batch update answers with HubSpot's default properties and may leave out cleared
      // ones: start from the read, then HubSpot's answer, then what was written.
      const writtenValues = Object.fromEntries(
        Object.entries(written.get(ticketId) ?? {}).map(([name, value]) => [
          name,
          value === '' ? null : value,
        ]),
      );
      const merged: RawTicket = {
        id: ticketId,
        properties: { ...(before?.properties ?? {}), ...fresh.properties, ...writtenValues },
      };
      summaries.push(toTicketSummary(merged, schema, link, labels));
      results.push({ ticketId, ok: true });
    }
    return { results, tickets: summaries };
  });
}

function assertLinked(
  record: RecordRef,
  ticketIds: string[],
  links: Map<string, Map<string, unknown>>,
): void {
  const errors: FieldError[] = [];
  ticketIds.forEach((ticketId, index) => {
    if (!links.get(ticketId)?.has(record.id)) {
      errors.push({
        field: `ticketIds.${index}`,
        message: `Ticket ${ticketId} is not linked to this record.`,
      });
    }
  });
  if (errors.length > 0) throw notLinkedFailure(errors);
}
