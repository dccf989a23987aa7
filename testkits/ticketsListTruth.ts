import { sandboxClient } from './crmFacts';
import { HARNESS_TOKEN } from './testHarness';
import type { TicketSummary } from '../src/app/cards/contract';

/**
 * Test-only: what a record's ticket list must contain, read straight from the sandbox
 * through the SDK (every association page, every ticket by id), independent of the code
 * under test.
 */

export interface TruthTicket {
  id: string;
  state: 'OPEN' | 'CLOSED';
  priority: string | null;
  createdAt: number;
  updatedAt: number;
}

export async function linkedTruth(
  baseUrl: string,
  record: { type: 'contacts' | 'companies'; id: string },
): Promise<TruthTicket[]> {
  const client = sandboxClient(baseUrl, HARNESS_TOKEN);
  const pipelines = await client.crm.pipelines.pipelinesApi.getAll('tickets');
  const states = new Map<string, 'OPEN' | 'CLOSED'>();
  for (const pipeline of pipelines.results) {
    for (const stage of pipeline.stages) {
      states.set(stage.id, stage.metadata?.ticketState === 'CLOSED' ? 'CLOSED' : 'OPEN');
    }
  }
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page = await client.crm.associations.v4.basicApi.getPage(
      record.type,
      record.id,
      'tickets',
      after,
      500,
    );
    ids.push(...page.results.map((row) => String(row.toObjectId)));
    after = page.paging?.next?.after;
  } while (after);
  const truth: TruthTicket[] = [];
  for (let start = 0; start < ids.length; start += 100) {
    const response = await client.crm.tickets.batchApi.read({
      inputs: ids.slice(start, start + 100).map((id) => ({ id })),
      properties: ['hs_pipeline_stage', 'hs_ticket_priority', 'createdate', 'hs_lastmodifieddate'],
      propertiesWithHistory: [],
    });
    for (const ticket of response.results) {
      truth.push({
        id: ticket.id,
        state: states.get(ticket.properties.hs_pipeline_stage ?? '') ?? 'OPEN',
        priority: ticket.properties.hs_ticket_priority || null,
        createdAt: Date.parse(ticket.properties.createdate ?? ''),
        updatedAt: Date.parse(ticket.properties.hs_lastmodifieddate ?? ''),
      });
    }
  }
  return truth;
}

const RANK: Record<string, number> = { URGENT: 4, HIGH: 3, MEDIUM: 2, LOW: 1 };

/** The key each sort must be monotonic in (larger first). */
export function sortKey(
  sort: 'newest' | 'oldest' | 'updated' | 'priority',
  ticket: TicketSummary,
): number {
  switch (sort) {
    case 'newest':
      return Date.parse(ticket.createdAt);
    case 'oldest':
      return -Date.parse(ticket.createdAt);
    case 'updated':
      return Date.parse(ticket.updatedAt);
    case 'priority':
      return ticket.priority ? (RANK[ticket.priority.value] ?? 0) : -1;
  }
}
