import type { RecordType } from '../../../cards/contract';
import type { CrmApi } from '../hubspot/crmApi';
import type { AssociationSchemas } from '../hubspot/crmPaths';

/**
 * Tickets' links to one record type with the association types (labels) of each link: the
 * 2026-09 association batch read (up to 100 tickets a call, in parallel), following each
 * input's own `after` paging. Immediate in HubSpot (no index lag), so it doubles as the
 * ownership check. A ticket with no links answers no row, or a per-input error in a 207:
 * both read as "no links".
 */

export type LinkType = AssociationSchemas['AssociationSpecWithLabel'];
/** ticket id -> linked record id -> the types of that link. */
export type TicketLinks = Map<string, Map<string, LinkType[]>>;

const BATCH_INPUTS = 100;

export async function readTicketLinkTypes(
  crm: CrmApi,
  ticketIds: string[],
  toType: RecordType,
): Promise<TicketLinks> {
  const links: TicketLinks = new Map(ticketIds.map((id) => [id, new Map()]));
  let pending: { id: string; after?: string }[] = ticketIds.map((id) => ({ id }));
  while (pending.length > 0) {
    const batches: (typeof pending)[] = [];
    for (let start = 0; start < pending.length; start += BATCH_INPUTS) {
      batches.push(pending.slice(start, start + BATCH_INPUTS));
    }
    const responses = await Promise.all(
      batches.map((inputs) =>
        crm.call('POST', '/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/read', {
          path: { fromObjectType: 'tickets', toObjectType: toType },
          body: { inputs },
        }),
      ),
    );
    const next: { id: string; after: string }[] = [];
    for (const row of responses.flatMap((response) => response.results)) {
      const ticketLinks = links.get(String(row.from.id));
      if (!ticketLinks) continue;
      for (const to of row.to) {
        const id = String(to.toObjectId);
        ticketLinks.set(id, [...(ticketLinks.get(id) ?? []), ...to.associationTypes]);
      }
      const after = row.paging?.next?.after;
      if (after) next.push({ id: String(row.from.id), after });
    }
    pending = next;
  }
  return links;
}

/** The labels (named types) of one link, without repeats. */
export function labelsOf(types: LinkType[] | undefined): string[] {
  return [
    ...new Set(
      (types ?? [])
        .map((type) => type.label)
        .filter((label): label is string => typeof label === 'string' && label !== ''),
    ),
  ];
}
