import type { FunctionResult, TicketsSearchData, TicketSummary } from '../../../cards/contract';
import { parseCall } from '../params/functionParams';
import { ticketsSearchSchema } from '../params/simpleParams';
import { getPortalSchema } from '../portal/portalSchemaCache';
import { readLinksOf } from '../record/recordAssociations';
import { runFunction, type FunctionContext } from '../run/runFunction';
import { SUMMARY_PROPERTIES } from '../tickets/toTicketSummary';
import { readTickets } from '../tickets/readTickets';
import { toTicketSummary } from '../tickets/toTicketSummary';

/**
 * tickets_search: tickets to link, by text or exact id. An id is also read directly
 * (search lags; reads by id do not). Archived tickets never appear: search and batch read
 * both leave them out. Round trips: search (+ id read) in parallel, then one batch
 * association read marking which results are already linked to this record.
 */
export async function main(context: FunctionContext): Promise<FunctionResult<TicketsSearchData>> {
  return runFunction('tickets_search', context, async (invocation) => {
    const { crm, env } = invocation;
    const { params, record } = parseCall(
      ticketsSearchSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    const isId = /^[1-9]\d{0,17}$/.test(params.query);
    const [schema, found, byId] = await Promise.all([
      getPortalSchema(env.portalKey, crm),
      crm.call('POST', '/crm/objects/2026-09/{objectType}/search', {
        path: { objectType: 'tickets' },
        body: {
          query: params.query,
          properties: SUMMARY_PROPERTIES,
          limit: params.limit,
          after: '0',
          filterGroups: [],
          sorts: [],
        },
      }),
      isId ? readTickets(crm, [params.query]) : Promise.resolve(null),
    ]);
    const link = { appHost: env.appHost, portalId: params.portalId ?? env.portalIdFromEnv };
    const results: TicketSummary[] = [];
    const exact = byId?.get(params.query);
    if (exact) results.push(toTicketSummary(exact, schema, link));
    for (const ticket of found.results) {
      if (results.length >= params.limit) break;
      if (ticket.id !== exact?.id) results.push(toTicketSummary(ticket, schema, link));
    }
    const links =
      results.length > 0
        ? await readLinksOf(
            crm,
            'tickets',
            results.map((ticket) => ticket.id),
            record.type,
          )
        : new Map<string, string[]>();
    return {
      results: results.map((ticket) => ({
        ...ticket,
        linked: (links.get(ticket.id) ?? []).includes(record.id),
      })),
      more: found.total > found.results.length,
    };
  });
}
