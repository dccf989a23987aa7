import type { FunctionResult, TicketsSearchData, TicketSummary } from '../../../cards/contract';
import { parseCall } from '../params/functionParams';
import { ticketsSearchSchema } from '../params/simpleParams';
import { getPortalSchema } from '../portal/portalSchemaCache';
import { readNames } from '../record/linkedNames';
import { readLinksOf } from '../record/recordAssociations';
import { runFunction, type FunctionContext } from '../run/runFunction';
import { SUMMARY_PROPERTIES } from '../tickets/toTicketSummary';
import { readTickets } from '../tickets/readTickets';
import { toTicketSummary } from '../tickets/toTicketSummary';

/**
 * tickets_search: tickets to link, by text or exact id; with no text, the portal's most
 * recently changed tickets. An id is also read directly (search lags; reads by id do
 * not). Archived tickets never appear: search and batch read both leave them out. Each
 * result names up to 3 of its contacts and companies, to tell alike subjects apart.
 * Round trips (3): the search (+ id read); the results' links to contacts and to companies
 * (one of them also marks which are already linked to this record); the names of those.
 */
/** Each result names at most this many contacts and companies, to tell alike subjects apart. */
const LINKED_TO_MAX = 3;

export async function main(context: FunctionContext): Promise<FunctionResult<TicketsSearchData>> {
  return runFunction('tickets_search', context, async (invocation) => {
    const { crm, env } = invocation;
    const { params, record } = parseCall(
      ticketsSearchSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    const recent = params.query === '';
    const isId = /^[1-9]\d{0,17}$/.test(params.query);
    const [schema, found, byId] = await Promise.all([
      getPortalSchema(env.portalKey, crm),
      crm.call('POST', '/crm/objects/2026-09/{objectType}/search', {
        path: { objectType: 'tickets' },
        body: {
          // No text: the portal's most recently changed tickets.
          ...(recent ? {} : { query: params.query }),
          properties: SUMMARY_PROPERTIES,
          limit: params.limit,
          after: '0',
          filterGroups: [],
          sorts: recent
            ? ([
                { propertyName: 'hs_lastmodifieddate', direction: 'DESCENDING' },
              ] as unknown as string[])
            : [],
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
    const ids = results.map((ticket) => ticket.id);
    const [contactLinks, companyLinks] =
      ids.length > 0
        ? await Promise.all([
            readLinksOf(crm, 'tickets', ids, 'contacts'),
            readLinksOf(crm, 'tickets', ids, 'companies'),
          ])
        : [new Map<string, string[]>(), new Map<string, string[]>()];
    const firstOf = (links: Map<string, string[]>) =>
      ids.flatMap((id) => (links.get(id) ?? []).slice(0, LINKED_TO_MAX));
    const [contactNames, companyNames] = await Promise.all([
      readNames(crm, 'contacts', firstOf(contactLinks)),
      readNames(crm, 'companies', firstOf(companyLinks)),
    ]);
    const namesOf = (links: Map<string, string[]>, names: Map<string, string>, id: string) =>
      (links.get(id) ?? [])
        .slice(0, LINKED_TO_MAX)
        .map((linkedId) => names.get(linkedId))
        .filter((name): name is string => name !== undefined);
    const own = record.type === 'contacts' ? contactLinks : companyLinks;
    return {
      results: results.map((ticket) => ({
        ...ticket,
        linked: (own.get(ticket.id) ?? []).includes(record.id),
        linkedTo: {
          contacts: namesOf(contactLinks, contactNames, ticket.id),
          companies: namesOf(companyLinks, companyNames, ticket.id),
        },
      })),
      more: found.total > found.results.length,
    };
  });
}
