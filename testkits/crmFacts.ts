import { Client } from '@hubspot/api-client';
import { crmPath, crmRequest } from '../sandbox/src/testing/crmRequest';
import type { components as Associations } from '../src/app/functions/src/hubspot/generated/associations';
import type { components as Objects } from '../src/app/functions/src/hubspot/generated/objects';
import type { components as Pipelines } from '../src/app/functions/src/hubspot/generated/pipelines';

type LinkBatch = Associations['schemas']['BatchResponsePublicAssociationMultiWithLabel'];
type RecordPage =
  Objects['schemas']['CollectionResponseSimplePublicObjectWithAssociationsForwardPaging'];
type RecordBatch = Objects['schemas']['BatchResponseSimplePublicObject'];
type PipelineList = Pipelines['schemas']['CollectionResponsePipelineNoPaging'];

/**
 * Reads, through the real @hubspot/api-client (2026-09 paths), the facts a function test needs from
 * whatever portal the sandbox holds (records with few or many tickets, pipelines, a
 * ticket linked elsewhere, an archived ticket), so tests do not hard-code seed ids.
 * Call it before clearing the request log: these calls are counted like any other.
 */

export interface StageFact {
  id: string;
  state: 'OPEN' | 'CLOSED';
}

export interface PipelineFact {
  id: string;
  stages: StageFact[];
}

export interface TicketFact {
  id: string;
  pipelineId: string;
  stageId: string;
}

export interface RecordFact {
  id: string;
  tickets: TicketFact[];
}

export interface CrmFacts {
  pipelines: PipelineFact[];
  /** A contact with 2..10 live tickets (a page's worth or fewer). */
  smallContact: RecordFact;
  /** A company with 2..10 live tickets, none of them linked to `smallContact`. */
  smallCompany: RecordFact;
  /** The company with the most tickets, and how many (300+ in the demo seed). */
  largeCompany: { id: string; ticketCount: number };
  /** A live ticket linked to none of `smallContact`, `smallCompany` and `largeCompany`. */
  unlinkedTicket: TicketFact;
  /** A ticket in the recycle bin, when the portal has one. */
  archivedTicketId: string | null;
  /** A stage of a pipeline other than `pipelineId`. */
  stageOutside(pipelineId: string): string;
  /** A pipeline's first stage with that state. */
  stageOf(pipelineId: string, state: 'OPEN' | 'CLOSED'): string;
}

export function sandboxClient(baseUrl: string, token: string): Client {
  return new Client({ accessToken: token, basePath: baseUrl });
}

async function linkedTicketIds(
  client: Client,
  fromType: 'contacts' | 'companies',
  ids: string[],
): Promise<Map<string, string[]>> {
  const linked = new Map<string, string[]>();
  for (let start = 0; start < ids.length; start += 100) {
    const inputs = ids.slice(start, start + 100).map((id) => ({ id }));
    // Records without tickets come back as per-input errors of a 207, not as results.
    const response = await crmRequest<LinkBatch>(client, {
      method: 'POST',
      path: crmPath.associations(fromType, 'tickets', 'read'),
      body: { inputs },
    });
    for (const row of response.results) {
      linked.set(
        row.from.id,
        (row.to ?? []).map((to) => String(to.toObjectId)),
      );
    }
  }
  return linked;
}

async function allIds(client: Client, objectType: 'contacts' | 'companies'): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page: RecordPage = await crmRequest<RecordPage>(client, {
      method: 'GET',
      path: crmPath.objects(objectType),
      qs: { limit: 100, after },
    });
    ids.push(...page.results.map((record) => record.id));
    after = page.paging?.next?.after;
  } while (after);
  return ids;
}

async function readTickets(client: Client, ids: string[]): Promise<Map<string, TicketFact>> {
  const facts = new Map<string, TicketFact>();
  for (let start = 0; start < ids.length; start += 100) {
    const response = await crmRequest<RecordBatch>(client, {
      method: 'POST',
      path: crmPath.batch('tickets', 'read'),
      body: {
        inputs: ids.slice(start, start + 100).map((id) => ({ id })),
        properties: ['hs_pipeline', 'hs_pipeline_stage'],
        propertiesWithHistory: [],
      },
    });
    for (const ticket of response.results) {
      facts.set(ticket.id, {
        id: ticket.id,
        pipelineId: ticket.properties.hs_pipeline ?? '',
        stageId: ticket.properties.hs_pipeline_stage ?? '',
      });
    }
  }
  return facts;
}

/** A record with 2..10 tickets, all live, none of them in `avoid`. */
function pickSmall(
  linked: Map<string, string[]>,
  live: Set<string>,
  avoid: Set<string>,
  kind: string,
): { id: string; ticketIds: string[] } {
  for (const [id, ticketIds] of linked) {
    const usable = ticketIds.every((ticketId) => live.has(ticketId) && !avoid.has(ticketId));
    if (usable && ticketIds.length >= 2 && ticketIds.length <= 10) return { id, ticketIds };
  }
  throw new Error(`The sandbox portal has no ${kind} with 2..10 tickets of its own`);
}

export async function readCrmFacts(baseUrl: string, token: string): Promise<CrmFacts> {
  const client = sandboxClient(baseUrl, token);
  const pipelinesResponse = await crmRequest<PipelineList>(client, {
    method: 'GET',
    path: crmPath.pipelines('tickets'),
  });
  const pipelines: PipelineFact[] = pipelinesResponse.results.map((pipeline) => ({
    id: pipeline.id,
    stages: [...pipeline.stages]
      .sort((a, b) => a.displayOrder - b.displayOrder)
      .map((stage) => ({
        id: stage.id,
        state: stage.metadata?.ticketState === 'CLOSED' ? 'CLOSED' : 'OPEN',
      })),
  }));

  const liveIds: string[] = [];
  let after: string | undefined;
  do {
    const page: RecordPage = await crmRequest<RecordPage>(client, {
      method: 'GET',
      path: crmPath.objects('tickets'),
      qs: { limit: 100, after },
    });
    liveIds.push(...page.results.map((ticket) => ticket.id));
    after = page.paging?.next?.after;
  } while (after);
  const live = new Set(liveIds);
  const archivedPage = await crmRequest<RecordPage>(client, {
    method: 'GET',
    path: crmPath.objects('tickets'),
    qs: { limit: 1, archived: true },
  });

  const contactLinks = await linkedTicketIds(client, 'contacts', await allIds(client, 'contacts'));
  const companyLinks = await linkedTicketIds(
    client,
    'companies',
    await allIds(client, 'companies'),
  );
  const contact = pickSmall(contactLinks, live, new Set(), 'contact');
  const company = pickSmall(companyLinks, live, new Set(contact.ticketIds), 'company');
  let largeCompany = { id: '', ticketCount: -1 };
  for (const [id, ticketIds] of companyLinks) {
    if (ticketIds.length > largeCompany.ticketCount)
      largeCompany = { id, ticketCount: ticketIds.length };
  }

  const taken = new Set([
    ...contact.ticketIds,
    ...company.ticketIds,
    ...(companyLinks.get(largeCompany.id) ?? []),
  ]);
  const unlinkedId = liveIds.find((id) => !taken.has(id));
  if (!unlinkedId) throw new Error('The sandbox portal has no ticket outside the chosen records');
  const tickets = await readTickets(client, [...taken, unlinkedId]);
  const ticket = (id: string): TicketFact => {
    const fact = tickets.get(id);
    if (!fact) throw new Error(`ticket ${id} could not be read`);
    return fact;
  };

  return {
    pipelines,
    smallContact: { id: contact.id, tickets: contact.ticketIds.map(ticket) },
    smallCompany: { id: company.id, tickets: company.ticketIds.map(ticket) },
    largeCompany,
    unlinkedTicket: ticket(unlinkedId),
    archivedTicketId: archivedPage.results[0]?.id ?? null,
    stageOutside(pipelineId) {
      const own = new Set(pipelines.find((p) => p.id === pipelineId)?.stages.map((s) => s.id));
      const stage = pipelines
        .filter((pipeline) => pipeline.id !== pipelineId)
        .flatMap((pipeline) => pipeline.stages)
        .find((candidate) => !own.has(candidate.id));
      if (!stage) throw new Error(`No stage outside pipeline ${pipelineId}`);
      return stage.id;
    },
    stageOf(pipelineId, state) {
      const stage = pipelines
        .find((pipeline) => pipeline.id === pipelineId)
        ?.stages.find((candidate) => candidate.state === state);
      if (!stage) throw new Error(`Pipeline ${pipelineId} has no ${state} stage`);
      return stage.id;
    },
  };
}

/** A ticket's stored properties, read straight from the sandbox (2026-09), for checks after a write. */
export async function storedTicketProperties(
  baseUrl: string,
  token: string,
  ticketId: string,
  properties: readonly string[],
): Promise<Record<string, string | null>> {
  const ticket = await crmRequest<Objects['schemas']['SimplePublicObject']>(
    sandboxClient(baseUrl, token),
    { method: 'GET', path: crmPath.object('tickets', ticketId), qs: { properties } },
  );
  return ticket.properties;
}
