import type { Client } from '@hubspot/api-client';
import type { Budget } from '../hubspot/callWithBudget';
import type { RecordRef } from './readRecordContext';

/** Reads of the links between the record and tickets (immediate in HubSpot: no index lag). */

/** The v4 page size: one call tells "up to 500 tickets, exactly" or "more than that". */
const PAGE_LIMIT = 500;

export interface LinkedPage {
  ids: string[];
  /** False when the record has more linked objects than this page. */
  complete: boolean;
}

export async function readLinkedPage(
  client: Client,
  budget: Budget,
  from: RecordRef,
  toType: 'tickets' | 'contacts',
): Promise<LinkedPage> {
  const page = await budget.call(() =>
    client.crm.associations.v4.basicApi.getPage(from.type, from.id, toType, undefined, PAGE_LIMIT),
  );
  const ids = [...new Set(page.results.map((row) => String(row.toObjectId)))];
  return { ids, complete: !page.paging?.next?.after };
}

/** For each `from` id, the ids linked to it of `toType`; v4 batch read, 100 inputs a call. */
export async function readLinksOf(
  client: Client,
  budget: Budget,
  fromType: 'tickets' | 'contacts' | 'companies',
  fromIds: string[],
  toType: 'tickets' | 'contacts' | 'companies',
): Promise<Map<string, string[]>> {
  const batches: string[][] = [];
  for (let start = 0; start < fromIds.length; start += 100) {
    batches.push(fromIds.slice(start, start + 100));
  }
  const responses = await Promise.all(
    batches.map((batch) =>
      budget.call(() =>
        client.crm.associations.v4.batchApi.getPage(fromType, toType, {
          inputs: batch.map((id) => ({ id })),
        }),
      ),
    ),
  );
  const links = new Map<string, string[]>();
  for (const response of responses) {
    for (const row of response.results) {
      links.set(
        row._from.id,
        row.to.map((to) => String(to.toObjectId)),
      );
    }
  }
  return links;
}
