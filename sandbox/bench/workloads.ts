/**
 * The four calls the bench times against a `scale:N` sandbox, each a raw HTTP request
 * (the SDK's own overhead is not the sandbox's) that must answer 200.
 */
import { SCALE_FACTS } from '../src/seeds/demoFacts';

export interface Workload {
  name: string;
  /** The i-th request of the run; varied so no answer is a cached repeat. */
  request(i: number): { method: 'GET' | 'POST'; path: string; body?: unknown };
}

const FIRST_TICKET = Number(SCALE_FACTS.firstTicketId);

export function workloads(ticketCount: number): Workload[] {
  // A multiplier prime to ticketCount walks ids in a scattered order.
  const ticketId = (i: number): string => String(FIRST_TICKET + ((i * 7919) % ticketCount));
  return [
    {
      name: 'get by id',
      request: (i) => ({
        method: 'GET',
        path: `/crm/objects/2026-09/tickets/${ticketId(i)}?properties=subject,hs_pipeline_stage,hs_ticket_priority`,
      }),
    },
    {
      name: 'batch read 100',
      request: (i) => ({
        method: 'POST',
        path: '/crm/objects/2026-09/tickets/batch/read',
        body: {
          inputs: Array.from({ length: 100 }, (_, n) => ({ id: ticketId(i * 100 + n) })),
          properties: ['subject', 'hs_pipeline_stage', 'hs_ticket_priority', 'createdate'],
          propertiesWithHistory: [],
        },
      }),
    },
    {
      name: 'association page (contact->tickets batch read, 500)',
      request: () => ({
        method: 'POST',
        path: '/crm/associations/2026-09/contacts/tickets/batch/read',
        body: { inputs: [{ id: SCALE_FACTS.contactId }] },
      }),
    },
    {
      name: 'search associations.contact by createdate (100)',
      request: (i) => ({
        method: 'POST',
        path: '/crm/objects/2026-09/tickets/search',
        body: {
          filterGroups: [
            {
              filters: [
                {
                  propertyName: 'associations.contact',
                  operator: 'EQ',
                  value: SCALE_FACTS.contactId,
                },
              ],
            },
          ],
          sorts: [{ propertyName: 'createdate', direction: i % 2 ? 'ASCENDING' : 'DESCENDING' }],
          properties: ['subject', 'hs_pipeline_stage', 'hs_ticket_priority', 'createdate'],
          limit: 100,
        },
      }),
    },
  ];
}
