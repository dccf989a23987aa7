import type { FunctionResult, TicketDeleteData } from '../../../cards/contract';
import { parseCall } from '../params/functionParams';
import { singleTicketSchema } from '../params/simpleParams';
import { assertTicketsLinked } from '../record/assertTicketsLinked';
import { runFunction, type FunctionContext } from '../run/runFunction';

/**
 * ticket_delete: moves a ticket of this record to HubSpot's recycle bin (restorable there
 * for 90 days). A ticket not linked to the record is refused, whoever sends its id.
 */
export async function main(context: FunctionContext): Promise<FunctionResult<TicketDeleteData>> {
  return runFunction('ticket_delete', context, async (invocation) => {
    const { client, budget } = invocation;
    const { params, record } = parseCall(
      singleTicketSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    await assertTicketsLinked(client, budget, record, [params.ticketId], () => 'ticketId');
    await budget.call(() => client.crm.tickets.basicApi.archive(params.ticketId));
    return { ticketId: params.ticketId };
  });
}
