import type { FunctionResult, TicketUnlinkData } from '../../../cards/contract';
import { parseCall } from '../params/functionParams';
import { singleTicketSchema } from '../params/simpleParams';
import { assertTicketsLinked } from '../record/assertTicketsLinked';
import { runFunction, type FunctionContext } from '../run/runFunction';

/**
 * ticket_unlink: removes every association between the ticket and the record (v4
 * DELETE between the pair), only if the ticket is linked to the record now.
 */
export async function main(context: FunctionContext): Promise<FunctionResult<TicketUnlinkData>> {
  return runFunction('ticket_unlink', context, async (invocation) => {
    const { client, budget } = invocation;
    const { params, record } = parseCall(
      singleTicketSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    await assertTicketsLinked(client, budget, record, [params.ticketId], () => 'ticketId');
    await budget.call(() =>
      client.crm.associations.v4.basicApi.archive(
        'tickets',
        params.ticketId,
        record.type,
        record.id,
      ),
    );
    return { ticketId: params.ticketId };
  });
}
