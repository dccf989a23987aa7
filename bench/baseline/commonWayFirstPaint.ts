/**
 * The baseline: a card's first paint done the way HubSpot's public samples do it.
 * Read every ticket association of the record (the 2026-09 association batch read with
 * one input, a page of up to 500 at a time, following that input's `after`), batch-read
 * all those tickets (100 per call, one after another), then count, filter and sort in
 * memory. Same answer as `tickets_list` with the card's defaults (open
 * tickets, newest first, one page), so the two can be compared like for like.
 */
import type { Client } from '@hubspot/api-client';
import { crmPath, crmRequest } from '../../sandbox/src/testing/crmRequest';
import type { components as Associations } from '../../src/app/functions/src/hubspot/generated/associations';
import type { components as Objects } from '../../src/app/functions/src/hubspot/generated/objects';
import type { components as Pipelines } from '../../src/app/functions/src/hubspot/generated/pipelines';
import type { RecordType, TicketState } from '../../src/app/cards/contract';

const BATCH_READ_SIZE = 100;
const PROPERTIES = [
  'subject',
  'hs_pipeline',
  'hs_pipeline_stage',
  'hs_ticket_priority',
  'hs_ticket_category',
  'createdate',
  'hs_lastmodifieddate',
  'closed_date',
];

export interface BaselineTicket {
  id: string;
  subject: string | null;
  stageId: string | null;
  state: TicketState;
  createdAt: string;
}

export interface BaselineFirstPaint {
  tickets: BaselineTicket[];
  counts: { open: number; closed: number };
}

async function allTicketIds(client: Client, recordType: RecordType, recordId: string) {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page: Associations['schemas']['BatchResponsePublicAssociationMultiWithLabel'] =
      await crmRequest(client, {
        method: 'POST',
        path: crmPath.associations(recordType, 'tickets', 'read'),
        body: { inputs: [{ id: recordId, ...(after ? { after } : {}) }] },
      });
    // A record without tickets answers a 207 whose only entry is an error: no results.
    const [row] = page.results;
    for (const association of row?.to ?? []) ids.push(String(association.toObjectId));
    after = row?.paging?.next?.after;
  } while (after);
  return ids;
}

async function stageStates(client: Client): Promise<Map<string, TicketState>> {
  const pipelines = await crmRequest<Pipelines['schemas']['CollectionResponsePipelineNoPaging']>(
    client,
    { method: 'GET', path: crmPath.pipelines('tickets') },
  );
  const states = new Map<string, TicketState>();
  for (const pipeline of pipelines.results) {
    for (const stage of pipeline.stages) {
      states.set(stage.id, stage.metadata?.ticketState === 'CLOSED' ? 'CLOSED' : 'OPEN');
    }
  }
  return states;
}

export async function commonWayFirstPaint(
  client: Client,
  recordType: RecordType,
  recordId: string,
  pageSize: number,
): Promise<BaselineFirstPaint> {
  // The samples fetch the pipelines alongside, to tell open stages from closed ones.
  const [states, ids] = await Promise.all([
    stageStates(client),
    allTicketIds(client, recordType, recordId),
  ]);
  const tickets: BaselineTicket[] = [];
  for (let start = 0; start < ids.length; start += BATCH_READ_SIZE) {
    const chunk = ids.slice(start, start + BATCH_READ_SIZE);
    const batch = await crmRequest<Objects['schemas']['BatchResponseSimplePublicObject']>(client, {
      method: 'POST',
      path: crmPath.batch('tickets', 'read'),
      body: {
        inputs: chunk.map((id) => ({ id })),
        properties: PROPERTIES,
        propertiesWithHistory: [],
      },
    });
    for (const ticket of batch.results) {
      const stageId = ticket.properties.hs_pipeline_stage ?? null;
      tickets.push({
        id: ticket.id,
        subject: ticket.properties.subject ?? null,
        stageId,
        state: (stageId && states.get(stageId)) || 'OPEN',
        createdAt: ticket.properties.createdate ?? ticket.createdAt,
      });
    }
  }
  const open = tickets.filter((ticket) => ticket.state === 'OPEN');
  open.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || Number(b.id) - Number(a.id));
  return {
    tickets: open.slice(0, pageSize),
    counts: { open: open.length, closed: tickets.length - open.length },
  };
}
