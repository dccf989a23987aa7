/**
 * The bench's portal: records with 0, 10, 100, 1,000 and 10,000 linked tickets (a
 * contact and a company for each size), a crowd of typical records for the sustained
 * load, and a record plus loose tickets for the write cases. Loaded through the public
 * HubSpot API (batch create with inline associations), so the sandbox holds exactly
 * what a real portal would, whatever its seeds contain.
 */
import type { Client } from '@hubspot/api-client';
import { crmPath, crmRequest } from '../sandbox/src/testing/crmRequest';
import type { components as Objects } from '../src/app/functions/src/hubspot/generated/objects';
import type { components as Pipelines } from '../src/app/functions/src/hubspot/generated/pipelines';
import type { RecordType } from '../src/app/cards/contract';

// HUBSPOT_DEFINED default (unlabelled) association types from tickets.
const TICKET_TO_CONTACT = 16;
const TICKET_TO_COMPANY = 339;
const BATCH_SIZE = 100;
const LOAD_CONCURRENCY = 4;
const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT', null] as const;

export interface BenchRecord {
  recordType: RecordType;
  id: string;
  linkedTickets: number;
}

export interface SizedRecords {
  size: number;
  contact: BenchRecord;
  company: BenchRecord;
}

export interface WriteTarget {
  record: BenchRecord;
  pipelineId: string;
  openStageId: string;
  closedStageId: string;
  /** Tickets linked to no record, for the link case. */
  looseTicketIds: string[];
  /** Tickets already linked to `record`, for unlink and update. */
  linkedTicketIds: string[];
}

export interface Dataset {
  sized: SizedRecords[];
  /** Up to 50 tickets each: the records a support team opens all day. */
  typical: BenchRecord[];
  writes: WriteTarget;
  totalTickets: number;
}

export interface StageChoice {
  pipelineId: string;
  stageId: string;
  closed: boolean;
}

export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(lanes);
  return results;
}

export async function stageChoices(client: Client): Promise<StageChoice[]> {
  const pipelines = await crmRequest<Pipelines['schemas']['CollectionResponsePipelineNoPaging']>(
    client,
    { method: 'GET', path: crmPath.pipelines('tickets') },
  );
  const choices = pipelines.results
    .filter((pipeline) => !pipeline.archived)
    .sort((a, b) => a.displayOrder - b.displayOrder)
    .flatMap((pipeline) =>
      pipeline.stages
        .filter((stage) => !stage.archived)
        .map((stage) => ({
          pipelineId: pipeline.id,
          stageId: stage.id,
          closed: stage.metadata?.ticketState === 'CLOSED',
        })),
    );
  if (!choices.some((choice) => choice.closed) || !choices.some((choice) => !choice.closed)) {
    throw new Error('The sandbox portal needs ticket pipelines with open and closed stages');
  }
  return choices;
}

/** Deterministic spread: about 7 in 10 open, every priority, every pipeline. */
export function ticketProperties(serial: number, stages: StageChoice[]): Record<string, string> {
  const open = stages.filter((stage) => !stage.closed);
  const closed = stages.filter((stage) => stage.closed);
  const pool = serial % 10 < 7 ? open : closed;
  const stage = pool[(serial * 7919) % pool.length] as StageChoice;
  const priority = PRIORITIES[serial % PRIORITIES.length];
  return {
    subject: `Bench ticket ${serial}`,
    content: 'Created by npm run bench.',
    hs_pipeline: stage.pipelineId,
    hs_pipeline_stage: stage.stageId,
    ...(priority ? { hs_ticket_priority: priority } : {}),
    // A portal whose rules require a category on create (the demo's) still loads.
    hs_ticket_category: 'GENERAL_INQUIRY',
  };
}

interface TicketSpec {
  contactId?: string;
  companyId?: string;
  count: number;
}

function associationsFor(spec: TicketSpec) {
  const category = 'HUBSPOT_DEFINED' as const;
  return [
    ...(spec.contactId
      ? [
          {
            to: { id: spec.contactId },
            types: [{ associationCategory: category, associationTypeId: TICKET_TO_CONTACT }],
          },
        ]
      : []),
    ...(spec.companyId
      ? [
          {
            to: { id: spec.companyId },
            types: [{ associationCategory: category, associationTypeId: TICKET_TO_COMPANY }],
          },
        ]
      : []),
  ];
}

export async function loadDataset(
  client: Client,
  sizes: readonly number[],
  typicalRecords: number,
): Promise<Dataset> {
  const stages = await stageChoices(client);
  const typicalSizes = Array.from({ length: typicalRecords }, (_, index) => (index * 37) % 51);

  const create = (type: 'contacts' | 'companies', properties: Record<string, string>) =>
    crmRequest<Objects['schemas']['SimplePublicObject']>(client, {
      method: 'POST',
      path: crmPath.objects(type),
      body: { properties, associations: [] },
    }).then((created) => created.id);
  const contact = (name: string) =>
    create('contacts', { firstname: 'Bench', lastname: name, email: `${name}@bench.example` });
  const company = (name: string) =>
    create('companies', { name: `Bench ${name}`, domain: `${name}.bench.example` });

  const sizedIds = await mapLimit(sizes, LOAD_CONCURRENCY, async (size) => ({
    size,
    contactId: await contact(`size-${size}`),
    companyId: await company(`size-${size}`),
  }));
  const typicalIds = await mapLimit(
    [...typicalSizes.entries()],
    LOAD_CONCURRENCY,
    async ([index, size]) => {
      // Half contacts, half companies, as a sidebar sees both.
      return index % 2 === 0
        ? { recordType: 'contacts' as const, id: await contact(`typical-${index}-${size}`), size }
        : { recordType: 'companies' as const, id: await company(`typical-${index}-${size}`), size };
    },
  );
  const writeContactId = await contact('writes');

  // One ticket spec per batch of at most 100, so the batches can run in parallel.
  const specs: TicketSpec[] = [
    ...sizedIds.map((entry) => ({
      contactId: entry.contactId,
      companyId: entry.companyId,
      count: entry.size,
    })),
    ...typicalIds.map((entry) =>
      entry.recordType === 'contacts'
        ? { contactId: entry.id, count: entry.size }
        : { companyId: entry.id, count: entry.size },
    ),
    { contactId: writeContactId, count: 5 },
  ];
  const batches: { spec: TicketSpec; count: number; firstSerial: number }[] = [];
  let serial = 0;
  for (const spec of specs) {
    for (let done = 0; done < spec.count; done += BATCH_SIZE) {
      const count = Math.min(BATCH_SIZE, spec.count - done);
      batches.push({ spec, count, firstSerial: serial });
      serial += count;
    }
  }
  const looseCount = 20;
  batches.push({ spec: { count: looseCount }, count: looseCount, firstSerial: serial });
  serial += looseCount;

  const created = await mapLimit(batches, LOAD_CONCURRENCY, async (batch) => {
    const response = await crmRequest<Objects['schemas']['BatchResponseSimplePublicObject']>(
      client,
      {
        method: 'POST',
        path: crmPath.batch('tickets', 'create'),
        body: {
          inputs: Array.from({ length: batch.count }, (_, offset) => ({
            properties: ticketProperties(batch.firstSerial + offset, stages),
            associations: associationsFor(batch.spec),
          })),
        },
      },
    );
    return { batch, ids: response.results.map((ticket) => ticket.id) };
  });

  const open = stages.find((stage) => !stage.closed) as StageChoice;
  const closed = stages.find((stage) => stage.closed && stage.pipelineId === open.pipelineId);
  const writeSpec = specs[specs.length - 1] as TicketSpec;
  return {
    sized: sizedIds.map((entry) => ({
      size: entry.size,
      contact: { recordType: 'contacts', id: entry.contactId, linkedTickets: entry.size },
      company: { recordType: 'companies', id: entry.companyId, linkedTickets: entry.size },
    })),
    typical: typicalIds.map((entry) => ({
      recordType: entry.recordType,
      id: entry.id,
      linkedTickets: entry.size,
    })),
    writes: {
      record: { recordType: 'contacts', id: writeContactId, linkedTickets: writeSpec.count },
      pipelineId: open.pipelineId,
      openStageId: open.stageId,
      closedStageId: (closed ?? open).stageId,
      looseTicketIds: created
        .filter((entry) => !entry.batch.spec.contactId && !entry.batch.spec.companyId)
        .flatMap((entry) => entry.ids),
      linkedTicketIds: created
        .filter((entry) => entry.batch.spec === writeSpec)
        .flatMap((entry) => entry.ids),
    },
    totalTickets: serial,
  };
}
