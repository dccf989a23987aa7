import { sandboxClient } from './crmFacts';
import { crmPath, crmRequest } from '../sandbox/src/testing/crmRequest';
import type { components as Associations } from '../src/app/functions/src/hubspot/generated/associations';
import type { components as Objects } from '../src/app/functions/src/hubspot/generated/objects';
import type { components as Pipelines } from '../src/app/functions/src/hubspot/generated/pipelines';
import { HARNESS_TOKEN } from './testHarness';
import type { TicketSummary } from '../src/app/cards/contract';

/**
 * Test-only: what a record's ticket list must contain, read straight from the sandbox
 * through the SDK's apiRequest on the 2026-09 paths (every association page, every
 * ticket by id), independent of the code under test.
 */

type LinkBatch = Associations['schemas']['BatchResponsePublicAssociationMultiWithLabel'];
type RecordBatch = Objects['schemas']['BatchResponseSimplePublicObject'];
type PipelineList = Pipelines['schemas']['CollectionResponsePipelineNoPaging'];

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
  const pipelines = await crmRequest<PipelineList>(client, {
    method: 'GET',
    path: crmPath.pipelines('tickets'),
  });
  const states = new Map<string, 'OPEN' | 'CLOSED'>();
  for (const pipeline of pipelines.results) {
    for (const stage of pipeline.stages) {
      states.set(stage.id, stage.metadata?.ticketState === 'CLOSED' ? 'CLOSED' : 'OPEN');
    }
  }
  const ids: string[] = [];
  let after: string | undefined;
  do {
    // A record without tickets is a per-input error of a 207: no result, no more pages.
    const page: LinkBatch = await crmRequest<LinkBatch>(client, {
      method: 'POST',
      path: crmPath.associations(record.type, 'tickets', 'read'),
      body: { inputs: [{ id: record.id, ...(after ? { after } : {}) }] },
    });
    const [row] = page.results;
    ids.push(...(row?.to ?? []).map((linked) => String(linked.toObjectId)));
    after = row?.paging?.next?.after;
  } while (after);
  const truth: TruthTicket[] = [];
  for (let start = 0; start < ids.length; start += 100) {
    const response = await crmRequest<RecordBatch>(client, {
      method: 'POST',
      path: crmPath.batch('tickets', 'read'),
      body: {
        inputs: ids.slice(start, start + 100).map((id) => ({ id })),
        properties: [
          'hs_pipeline_stage',
          'hs_ticket_priority',
          'createdate',
          'hs_lastmodifieddate',
        ],
        propertiesWithHistory: [],
      },
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
