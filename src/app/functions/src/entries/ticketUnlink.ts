import type { FunctionResult, ItemOutcome, TicketUnlinkData } from '../../../cards/contract';
import { parseCall } from '../params/functionParams';
import { ticketUnlinkSchema } from '../params/simpleParams';
import { readLinksOf } from '../record/recordAssociations';
import { rememberUnlink, unlinkedHere } from '../record/removalMemory';
import { notLinkedFailure } from '../run/functionFailure';
import { runFunction, type FunctionContext } from '../run/runFunction';

/**
 * ticket_unlink: removes every association between each ticket (up to 50) and the record,
 * only for tickets linked to the record now: one batch read of their links, then one
 * 2026-09 batch archive (2 calls, 2 round trips). A ticket this container already unlinked
 * from the record (a retry after a lost answer) is done: `skipped: 'ALREADY_GONE'`; any
 * other ticket not linked is refused per item, and the whole call when none is this record's.
 */
export async function main(context: FunctionContext): Promise<FunctionResult<TicketUnlinkData>> {
  return runFunction('ticket_unlink', context, async (invocation) => {
    const { crm, env } = invocation;
    const { params, record } = parseCall(
      ticketUnlinkSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    const links = await readLinksOf(crm, 'tickets', params.ticketIds, record.type);
    const outcomes = new Map<string, ItemOutcome>();
    const toUnlink: string[] = [];
    for (const ticketId of params.ticketIds) {
      if ((links.get(ticketId) ?? []).includes(record.id)) toUnlink.push(ticketId);
      else if (unlinkedHere(env.portalKey, record, ticketId)) {
        outcomes.set(ticketId, { ticketId, ok: true, skipped: 'ALREADY_GONE' });
      } else {
        outcomes.set(ticketId, {
          ticketId,
          ok: false,
          error: {
            code: 'NOT_LINKED',
            message: `Ticket ${ticketId} is not linked to this record.`,
            retryable: false,
          },
        });
      }
    }
    // Nothing of this record among them: refused as a whole, as a single unlink always was.
    if (toUnlink.length === 0 && [...outcomes.values()].every((outcome) => !outcome.ok)) {
      throw notLinkedFailure(
        params.ticketIds.map((ticketId, index) => ({
          field: `ticketIds.${index}`,
          message: `Ticket ${ticketId} is not linked to this record.`,
        })),
      );
    }
    if (toUnlink.length > 0) {
      for (const ticketId of toUnlink) rememberUnlink(env.portalKey, record, ticketId);
      const response = await crm.call(
        'POST',
        '/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/archive',
        {
          path: { fromObjectType: 'tickets', toObjectType: record.type },
          body: {
            inputs: toUnlink.map((ticketId) => ({
              from: { id: ticketId },
              to: [{ id: record.id }],
            })),
          },
        },
      );
      const failed = new Set(response.errors?.flatMap((error) => error.context.ids ?? []) ?? []);
      for (const ticketId of toUnlink) {
        outcomes.set(
          ticketId,
          failed.has(ticketId)
            ? {
                ticketId,
                ok: false,
                error: {
                  code: 'CONFLICT',
                  message: `HubSpot did not unlink ticket ${ticketId}. Try again.`,
                  retryable: true,
                },
              }
            : { ticketId, ok: true },
        );
      }
    }
    return {
      results: params.ticketIds.map((ticketId) => outcomes.get(ticketId) as ItemOutcome),
    };
  });
}
