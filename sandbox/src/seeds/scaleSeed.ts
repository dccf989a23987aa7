/**
 * The `scale:N` seed for benchmarks: N tickets, nine in ten linked to one contact and one
 * company (SCALE_FACTS). Built with plain loops and shared strings: 100,000 in well under
 * a second.
 */
import type { StoredRecord } from '../store/types';
import type { SeedRecords } from './seedRecords';
import { ID_BASES, SCALE_FACTS, SEED_BASE_DATE, SUPPORT_PIPELINE } from './demoFacts';

const BASE_MS = Date.parse(SEED_BASE_DATE);
const STAGES = Object.values(SUPPORT_PIPELINE.stages);
const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'];
const CATEGORIES = ['PRODUCT_ISSUE', 'BILLING_ISSUE', 'FEATURE_REQUEST', 'GENERAL_INQUIRY'];

function person(index: number, created: string): StoredRecord {
  const id = String(ID_BASES.contact + index + 1);
  return {
    id,
    properties: {
      firstname: 'Scale',
      lastname: `Contact ${index + 1}`,
      email: `scale.contact${index + 1}@scale.example`,
      createdate: created,
      lastmodifieddate: created,
      hs_object_id: id,
    },
    createdAt: created,
    updatedAt: created,
    archived: false,
  };
}

function company(index: number, created: string): StoredRecord {
  const id = String(ID_BASES.company + index + 1);
  return {
    id,
    properties: {
      name: `Scale Company ${index + 1}`,
      domain: `scale${index + 1}.example`,
      createdate: created,
      hs_lastmodifieddate: created,
      hs_object_id: id,
    },
    createdAt: created,
    updatedAt: created,
    archived: false,
  };
}

export function buildScaleRecords(count: number): SeedRecords {
  const created = new Date(BASE_MS - 400 * 86_400_000).toISOString();
  const contacts = [0, 1, 2, 3].map((index) => person(index, created));
  const companies = [0, 1, 2].map((index) => company(index, created));
  const tickets: StoredRecord[] = new Array<StoredRecord>(count);
  const associations: SeedRecords['associations'] = [];
  for (let index = 0; index < count; index += 1) {
    const id = String(ID_BASES.ticket + index + 1);
    // One ticket a minute, the last at the base date: ids grow with time, as in HubSpot.
    const date = new Date(BASE_MS - (count - 1 - index) * 60_000).toISOString();
    const stage = STAGES[index % STAGES.length] ?? '1';
    const properties: Record<string, string> = {
      subject: `Scale ticket ${index + 1}`,
      content: 'Generated for benchmarks.',
      hs_pipeline: SUPPORT_PIPELINE.id,
      hs_pipeline_stage: stage,
      hs_ticket_priority: PRIORITIES[index % PRIORITIES.length] ?? 'LOW',
      hs_ticket_category: CATEGORIES[index % CATEGORIES.length] ?? 'PRODUCT_ISSUE',
      createdate: date,
      hs_lastmodifieddate: date,
      hs_object_id: id,
    };
    if (stage === SUPPORT_PIPELINE.stages.closed) properties.closed_date = date;
    tickets[index] = { id, properties, createdAt: date, updatedAt: date, archived: false };
    const main = index % 10 !== 9;
    const contactId = main
      ? SCALE_FACTS.contactId
      : (SCALE_FACTS.otherContactIds[index % 3] ?? SCALE_FACTS.contactId);
    const companyId = main
      ? SCALE_FACTS.companyId
      : (SCALE_FACTS.otherCompanyIds[index % 2] ?? SCALE_FACTS.companyId);
    associations.push(['0-1', contactId, '0-5', id, [15]]);
    associations.push(['0-2', companyId, '0-5', id, [340]]);
  }
  return { objects: { '0-1': contacts, '0-2': companies, '0-5': tickets }, associations };
}
