import type {
  FieldError,
  FunctionResult,
  ItemOutcome,
  TicketUpdateData,
  TicketSummary,
} from '../../../cards/contract';
import { parseCall } from '../params/functionParams';
import { checkPriority } from '../params/portalChecks';
import { throwIfInvalid } from '../params/parseParams';
import { ticketUpdateSchema } from '../params/ticketWriteParams';
import { getPortalSchema, type PortalSchema } from '../portal/portalSchemaCache';
import { assertTicketsLinked } from '../record/assertTicketsLinked';
import { runFunction, type FunctionContext } from '../run/runFunction';
import { readTickets } from '../tickets/readTickets';
import { toTicketSummary, type RawTicket } from '../tickets/toTicketSummary';

/**
 * ticket_update: stage and/or priority of up to 50 of the record's tickets in one batch
 * update. Every check happens before the write - each ticket linked to the record, the
 * stage a stage of each ticket's own pipeline ("close" picks each pipeline's first closed
 * stage), the priority one of the portal's - so a refused call changes nothing. If
 * HubSpot applies only part of the batch, each item says whether it changed.
 */

function targetStages(
  schema: PortalSchema,
  tickets: Map<string, RawTicket>,
  ticketIds: string[],
  stageId: string | undefined,
  close: boolean,
): { stages: Map<string, string>; errors: FieldError[] } {
  const stages = new Map<string, string>();
  const errors: FieldError[] = [];
  if (stageId === undefined && !close) return { stages, errors };
  if (stageId !== undefined && !schema.stages.has(stageId)) {
    return {
      stages,
      errors: [{ field: 'stageId', message: 'This stage does not exist in HubSpot.' }],
    };
  }
  const misfits: string[] = [];
  for (const ticketId of ticketIds) {
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
  return { stages, errors };
}

export async function main(context: FunctionContext): Promise<FunctionResult<TicketUpdateData>> {
  return runFunction('ticket_update', context, async (invocation) => {
    const { client, budget, env } = invocation;
    const { params, record } = parseCall(
      ticketUpdateSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    const [schema, tickets] = await Promise.all([
      getPortalSchema(env.portalKey, client, budget),
      readTickets(client, budget, params.ticketIds),
      assertTicketsLinked(
        client,
        budget,
        record,
        params.ticketIds,
        (index) => `ticketIds.${index}`,
      ),
    ]);
    const { stages, errors } = targetStages(
      schema,
      tickets,
      params.ticketIds,
      params.stageId,
      params.close === true,
    );
    throwIfInvalid([...errors, ...checkPriority(schema, params.priority)]);

    const inputs = params.ticketIds.map((ticketId) => {
      const properties: Record<string, string> = {};
      const stage = stages.get(ticketId);
      if (stage) properties.hs_pipeline_stage = stage;
      if (params.priority !== undefined) properties.hs_ticket_priority = params.priority ?? '';
      return { id: ticketId, properties };
    });
    const response = await budget.call(() => client.crm.tickets.batchApi.update({ inputs }));

    const link = { appHost: env.appHost, portalId: params.portalId ?? env.portalIdFromEnv };
    const updated = new Map(response.results.map((ticket) => [ticket.id, ticket]));
    const results: ItemOutcome[] = [];
    const summaries: TicketSummary[] = [];
    for (const ticketId of params.ticketIds) {
      const fresh = updated.get(ticketId);
      const before = tickets.get(ticketId);
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
      const written = inputs.find((input) => input.id === ticketId)?.properties ?? {};
      const writtenValues = Object.fromEntries(
        Object.entries(written).map(([name, value]) => [name, value === '' ? null : value]),
      );
      const merged: RawTicket = {
        id: ticketId,
        properties: { ...(before?.properties ?? {}), ...fresh.properties, ...writtenValues },
      };
      const summary = toTicketSummary(merged, schema, link);
      summaries.push(summary);
      results.push({ ticketId, ok: true });
    }
    return { results, tickets: summaries };
  });
}
