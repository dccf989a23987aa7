import type { CrmApi } from '../hubspot/crmApi';
import type { AssociationSchemas } from '../hubspot/crmPaths';
import type { RecordRef } from './readRecordContext';

/**
 * Reads of the links between records (immediate in HubSpot: no index lag), all through the
 * 2026-09 association batch read: `{inputs: [{id, after?}]}`, one page of up to 500 links
 * per input, `paging.next.after` on an input's result when it has more.
 */

type LinkedType = 'tickets' | 'contacts' | 'companies';
type BatchRow = AssociationSchemas['PublicAssociationMultiWithLabel'];

/** Inputs per batch read: as many as the v4 reads it replaced, so call counts stay the same. */
const BATCH_INPUTS = 100;

export interface LinkedPage {
  ids: string[];
  /** False when the record has more linked objects than this page (500). */
  complete: boolean;
  /** Labels of each link (association types with a label), by linked id. */
  labels: Map<string, string[]>;
  /** Where the next page starts, when not complete (the roll-up reads every contact). */
  after?: string;
}

function readBatch(
  crm: CrmApi,
  fromType: LinkedType,
  toType: LinkedType,
  inputs: { id: string; after?: string }[],
): Promise<BatchRow[]> {
  return crm
    .call('POST', '/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/read', {
      path: { fromObjectType: fromType, toObjectType: toType },
      body: { inputs },
    })
    .then((response) => response.results);
}

function labelsOf(row: BatchRow['to'][number]): string[] {
  return row.associationTypes
    .map((type) => type.label)
    .filter((label): label is string => typeof label === 'string' && label !== '');
}

/**
 * The first page of the record's links to `toType`: one call tells "up to 500, exactly" or
 * "more than that". A record without links has no result row (HubSpot reports it as an
 * OBJECT_NOT_FOUND error of the batch): that is an empty, complete page.
 */
export async function readLinkedPage(
  crm: CrmApi,
  from: RecordRef,
  toType: 'tickets' | 'contacts',
): Promise<LinkedPage> {
  const [row] = await readBatch(crm, from.type, toType, [{ id: from.id }]);
  const labels = new Map<string, string[]>();
  const ids: string[] = [];
  for (const to of row?.to ?? []) {
    const id = String(to.toObjectId);
    if (!labels.has(id)) ids.push(id);
    labels.set(id, [...(labels.get(id) ?? []), ...labelsOf(to)]);
  }
  const after = row?.paging?.next?.after;
  return { ids, complete: !after, labels, ...(after ? { after } : {}) };
}

/**
 * For each `from` id, every id linked to it of `toType`: batches of 100 inputs in parallel,
 * then, only for inputs with more than a page, their next pages (`after`) until complete.
 */
export async function readLinksOf(
  crm: CrmApi,
  fromType: LinkedType,
  fromIds: string[],
  toType: LinkedType,
): Promise<Map<string, string[]>> {
  const links = new Map<string, string[]>();
  let pending: { id: string; after?: string }[] = [...new Set(fromIds)].map((id) => ({ id }));
  while (pending.length > 0) {
    const batches: { id: string; after?: string }[][] = [];
    for (let start = 0; start < pending.length; start += BATCH_INPUTS) {
      batches.push(pending.slice(start, start + BATCH_INPUTS));
    }
    const rows = (
      await Promise.all(batches.map((batch) => readBatch(crm, fromType, toType, batch)))
    ).flat();
    const next: { id: string; after: string }[] = [];
    for (const row of rows) {
      const known = links.get(row.from.id) ?? [];
      links.set(row.from.id, [...known, ...row.to.map((to) => String(to.toObjectId))]);
      const after = row.paging?.next?.after;
      if (after) next.push({ id: row.from.id, after });
    }
    pending = next;
  }
  return links;
}
