import type { FunctionResult, TicketsListData } from '../../../cards/contract';
import { listTickets } from '../list/listTickets';
import { parseCall } from '../params/functionParams';
import { ticketsListSchema } from '../params/ticketsListParams';
import { runFunction, type FunctionContext } from '../run/runFunction';

/** tickets_list: one page of the record's tickets, with counts and pipeline metadata. */
export async function main(context: FunctionContext): Promise<FunctionResult<TicketsListData>> {
  return runFunction('tickets_list', context, (invocation) => {
    const { params, record } = parseCall(
      ticketsListSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    return listTickets(invocation, params, record);
  });
}
