import type { FunctionResult, TicketDeleteData } from '../../../cards/contract';
import { asApiFailure } from '../hubspot/apiFailure';
import { parseCall } from '../params/functionParams';
import { singleTicketSchema } from '../params/simpleParams';
import { assertTicketsLinked } from '../record/assertTicketsLinked';
import { FunctionFailure } from '../run/functionFailure';
import { runFunction, type FunctionContext } from '../run/runFunction';
import { isArchivedTicketOf } from '../tickets/archivedTicketOf';

/**
 * ticket_delete: moves a ticket of this record to HubSpot's recycle bin (restorable there
 * for 90 days). A ticket not linked to the record is refused, whoever sends its id - unless
 * it is already in the recycle bin with a link to this record: then a retry after a lost
 * answer is done (`alreadyDeleted: true`), at the cost of one more read on that path only.
 */
export async function main(context: FunctionContext): Promise<FunctionResult<TicketDeleteData>> {
  return runFunction('ticket_delete', context, async (invocation) => {
    const { crm } = invocation;
    const { params, record } = parseCall(
      singleTicketSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    try {
      await assertTicketsLinked(crm, record, [params.ticketId], () => 'ticketId');
    } catch (error) {
      const notLinked = error instanceof FunctionFailure && error.error.code === 'NOT_LINKED';
      if (notLinked && (await isArchivedTicketOf(crm, record, params.ticketId))) {
        return { ticketId: params.ticketId, alreadyDeleted: true };
      }
      throw error;
    }
    try {
      await crm.call('DELETE', '/crm/objects/2026-09/{objectType}/{objectId}', {
        path: { objectType: 'tickets', objectId: params.ticketId },
      });
    } catch (error) {
      // Deleted between the check and the write (another tab, or our own retried call).
      if (asApiFailure(error)?.code !== 404) throw error;
      return { ticketId: params.ticketId, alreadyDeleted: true };
    }
    return { ticketId: params.ticketId, alreadyDeleted: false };
  });
}
