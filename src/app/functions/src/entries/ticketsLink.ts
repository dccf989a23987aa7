import type {
  FunctionResult,
  ItemOutcome,
  TicketsLinkData,
  TicketSummary,
} from '../../../cards/contract';
import { parseCall } from '../params/functionParams';
import { ticketsLinkSchema } from '../params/ticketWriteParams';
import { getAssociationTypes } from '../portal/associationLabels';
import { getPortalSchema } from '../portal/portalSchemaCache';
import { readLinksOf } from '../record/recordAssociations';
import { validationFailure } from '../run/functionFailure';
import { runFunction, type FunctionContext } from '../run/runFunction';
import { readTickets } from '../tickets/readTickets';
import { toTicketSummary } from '../tickets/toTicketSummary';

/**
 * tickets_link: links up to 20 existing tickets to the record in one batch association
 * call, optionally with a label from HubSpot's list for ticket -> contact/company. A ticket
 * already linked is a success without a write; one that does not exist is reported per item.
 * Round trips: the reads (tickets, their links, labels) in parallel, then the one write.
 */
export async function main(context: FunctionContext): Promise<FunctionResult<TicketsLinkData>> {
  return runFunction('tickets_link', context, async (invocation) => {
    const { crm, env } = invocation;
    const { params, record } = parseCall(
      ticketsLinkSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    const [schema, associationTypes, links, tickets] = await Promise.all([
      getPortalSchema(env.portalKey, crm),
      getAssociationTypes(env.portalKey, crm, record.type),
      readLinksOf(crm, 'tickets', params.ticketIds, record.type),
      readTickets(crm, params.ticketIds),
    ]);
    const label = params.label ?? null;
    if (
      label &&
      !associationTypes.labels.some(
        (option) => option.typeId === label.typeId && option.category === label.category,
      )
    ) {
      throw validationFailure([
        {
          field: 'label.typeId',
          message: 'This label is not available for tickets on this record.',
        },
      ]);
    }

    const outcomes = new Map<string, ItemOutcome>();
    const toLink: string[] = [];
    for (const ticketId of params.ticketIds) {
      if (!tickets.has(ticketId)) {
        outcomes.set(ticketId, {
          ticketId,
          ok: false,
          error: {
            code: 'NOT_FOUND',
            message: `Ticket ${ticketId} does not exist or is in the recycle bin.`,
            retryable: false,
          },
        });
      } else if ((links.get(ticketId) ?? []).includes(record.id)) {
        outcomes.set(ticketId, { ticketId, ok: true });
      } else {
        toLink.push(ticketId);
      }
    }

    if (toLink.length > 0) {
      const type = label ?? {
        typeId: associationTypes.defaultTypeId,
        category: 'HUBSPOT_DEFINED' as const,
      };
      // Linking is idempotent (an existing link stays one link), so retrying it is safe.
      const response = await crm.call(
        'POST',
        '/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/create',
        {
          path: { fromObjectType: 'tickets', toObjectType: record.type },
          body: {
            inputs: toLink.map((ticketId) => ({
              from: { id: ticketId },
              to: { id: record.id },
              types: [{ associationCategory: type.category, associationTypeId: type.typeId }],
            })),
          },
        },
      );
      const linkedNow = new Set(response.results.map((pair) => String(pair.fromObjectId)));
      for (const ticketId of toLink) {
        outcomes.set(
          ticketId,
          linkedNow.has(ticketId)
            ? { ticketId, ok: true }
            : {
                ticketId,
                ok: false,
                error: {
                  code: 'CONFLICT',
                  message: `HubSpot did not link ticket ${ticketId}. Try again.`,
                  retryable: true,
                },
              },
        );
      }
    }

    const link = { appHost: env.appHost, portalId: params.portalId ?? env.portalIdFromEnv };
    const chosenLabels = label
      ? associationTypes.labels
          .filter((option) => option.typeId === label.typeId && option.category === label.category)
          .map((option) => option.label)
      : [];
    const summaries: TicketSummary[] = [];
    for (const ticketId of params.ticketIds) {
      const ticket = tickets.get(ticketId);
      if (!ticket || !outcomes.get(ticketId)?.ok) continue;
      // A ticket linked just now carries the chosen label; one linked before keeps its own.
      const labels = toLink.includes(ticketId) ? chosenLabels : [];
      const summary = toTicketSummary(ticket, schema, link, labels);
      summaries.push(summary);
    }
    return {
      results: params.ticketIds.map((ticketId) => outcomes.get(ticketId) as ItemOutcome),
      tickets: summaries,
    };
  });
}
