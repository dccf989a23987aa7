import type { CrmApi } from '../hubspot/crmApi';
import { SUMMARY_PROPERTIES, type RawTicket } from './toTicketSummary';

/**
 * Live tickets by id, in batches of HubSpot's maximum (100), batches in parallel. Ids
 * HubSpot does not find (deleted, never existed) are simply absent from the result.
 */
export async function readTickets(
  crm: CrmApi,
  ids: string[],
  extraProperties: string[] = [],
): Promise<Map<string, RawTicket>> {
  const batches: string[][] = [];
  for (let start = 0; start < ids.length; start += 100) batches.push(ids.slice(start, start + 100));
  const responses = await Promise.all(
    batches.map((batch) =>
      crm.call('POST', '/crm/objects/2026-09/{objectType}/batch/read', {
        path: { objectType: 'tickets' },
        body: {
          inputs: batch.map((id) => ({ id })),
          properties: [...SUMMARY_PROPERTIES, ...extraProperties],
          propertiesWithHistory: [],
        },
      }),
    ),
  );
  const tickets = new Map<string, RawTicket>();
  for (const response of responses) {
    for (const ticket of response.results) tickets.set(ticket.id, ticket);
  }
  return tickets;
}
