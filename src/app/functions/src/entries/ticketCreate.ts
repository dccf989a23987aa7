import type { Client } from '@hubspot/api-client';
import type { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/tickets/models/AssociationSpec';
import type { FunctionResult, TicketCreateData } from '../../../cards/contract';
import { asApiFailure } from '../hubspot/apiFailure';
import type { Budget } from '../hubspot/callWithBudget';
import { parseCall } from '../params/functionParams';
import { checkCategories, checkPipelineStage, checkPriority } from '../params/portalChecks';
import { throwIfInvalid } from '../params/parseParams';
import { ticketCreateSchema } from '../params/ticketWriteParams';
import { getAssociationTypes } from '../portal/associationLabels';
import { getPortalSchema, REQUEST_ID_PROPERTY } from '../portal/portalSchemaCache';
import { runFunction, type FunctionContext } from '../run/runFunction';
import { ensureRequestIdProperty } from '../tickets/requestIdProperty';
import { SUMMARY_PROPERTIES, toTicketSummary, type RawTicket } from '../tickets/toTicketSummary';

/**
 * ticket_create: one HubSpot call creates the ticket already linked to the record, so a
 * failure never leaves an unlinked ticket behind. The client request id makes it
 * idempotent: concurrent submits in one container share one create; across containers
 * and retries HubSpot's unique property refuses the second one (409), answered with the
 * existing ticket and `deduplicated: true`.
 */

const inFlight = new Map<string, Promise<RawTicket>>();
/** Fallback when the unique property is unavailable: what this container already made. */
const madeHere = new Map<string, { ticket: RawTicket; at: number }>();
const MADE_HERE_TTL_MS = 10 * 60_000;

class Duplicate extends Error {
  constructor(readonly ticket: RawTicket) {
    super('duplicate create');
  }
}

async function readByRequestId(
  client: Client,
  budget: Budget,
  requestId: string,
): Promise<RawTicket> {
  return budget.call(() =>
    client.crm.tickets.basicApi.getById(
      requestId,
      SUMMARY_PROPERTIES,
      undefined,
      undefined,
      false,
      REQUEST_ID_PROPERTY,
    ),
  );
}

export async function main(context: FunctionContext): Promise<FunctionResult<TicketCreateData>> {
  return runFunction('ticket_create', context, async (invocation) => {
    const { client, budget, env } = invocation;
    const { params, record } = parseCall(
      ticketCreateSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    const [schema, associationTypes] = await Promise.all([
      getPortalSchema(env.portalKey, client, budget),
      getAssociationTypes(env.portalKey, client, budget, record.type),
    ]);
    throwIfInvalid([
      ...checkPipelineStage(schema, params.pipelineId, params.stageId),
      ...checkPriority(schema, params.priority),
      ...checkCategories(schema, params.categories),
    ]);
    const link = { appHost: env.appHost, portalId: params.portalId ?? env.portalIdFromEnv };
    const key = `${env.portalKey}:${params.clientRequestId}`;

    const create = async (): Promise<RawTicket> => {
      const made = madeHere.get(key);
      if (made && Date.now() - made.at < MADE_HERE_TTL_MS) throw new Duplicate(made.ticket);
      const unique = await ensureRequestIdProperty(env.portalKey, schema, client, budget);
      const properties: Record<string, string> = {
        subject: params.subject,
        hs_pipeline: params.pipelineId,
        hs_pipeline_stage: params.stageId,
      };
      if (params.description) properties.content = params.description;
      if (params.priority) properties.hs_ticket_priority = params.priority;
      if (params.categories?.length) properties.hs_ticket_category = params.categories.join(';');
      if (unique) properties[REQUEST_ID_PROPERTY] = params.clientRequestId;
      try {
        const ticket = await budget.call(() =>
          client.crm.tickets.basicApi.create({
            properties,
            associations: [
              {
                to: { id: record.id },
                types: [
                  {
                    associationCategory:
                      'HUBSPOT_DEFINED' as AssociationSpecAssociationCategoryEnum,
                    associationTypeId: associationTypes.defaultTypeId,
                  },
                ],
              },
            ],
          }),
        );
        madeHere.set(key, { ticket, at: Date.now() });
        return ticket;
      } catch (error) {
        // The same request id already made a ticket (a retry, another tab or container).
        if (unique && asApiFailure(error)?.code === 409) {
          throw new Duplicate(await readByRequestId(client, budget, params.clientRequestId));
        }
        throw error;
      }
    };

    let deduplicated = false;
    let ticket: RawTicket;
    const shared = inFlight.get(key);
    try {
      if (shared) {
        deduplicated = true;
        ticket = await shared;
      } else {
        const mine = create();
        inFlight.set(key, mine);
        try {
          ticket = await mine;
        } finally {
          inFlight.delete(key);
        }
      }
    } catch (error) {
      if (!(error instanceof Duplicate)) throw error;
      deduplicated = true;
      ticket = error.ticket;
    }
    const summary = toTicketSummary(ticket, schema, link);
    return { ticket: summary, deduplicated };
  });
}
