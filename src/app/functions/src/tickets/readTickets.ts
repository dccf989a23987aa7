import type { Client } from '@hubspot/api-client';
import type { Budget } from '../hubspot/callWithBudget';
import { SUMMARY_PROPERTIES, type RawTicket } from './toTicketSummary';

/**
 * Live tickets by id, in batches of HubSpot's maximum (100), batches in parallel. Ids
 * HubSpot does not find (deleted, never existed) are simply absent from the result.
 */
export async function readTickets(
  client: Client,
  budget: Budget,
  ids: string[],
  extraProperties: string[] = [],
): Promise<Map<string, RawTicket>> {
  const batches: string[][] = [];
  for (let start = 0; start < ids.length; start += 100) batches.push(ids.slice(start, start + 100));
  const responses = await Promise.all(
    batches.map((batch) =>
      budget.call(() =>
        client.crm.tickets.batchApi.read({
          inputs: batch.map((id) => ({ id })),
          properties: [...SUMMARY_PROPERTIES, ...extraProperties],
          propertiesWithHistory: [],
        }),
      ),
    ),
  );
  const tickets = new Map<string, RawTicket>();
  for (const response of responses) {
    for (const ticket of response.results) tickets.set(ticket.id, ticket);
  }
  return tickets;
}
