import type { TicketFilter, TicketSort } from '../../../cards/contract';
import type { CrmApi } from '../hubspot/crmApi';
import type { ObjectSchemas } from '../hubspot/crmPaths';
import type { PortalSchema } from '../portal/portalSchemaCache';
import type { RecordRef } from '../record/readRecordContext';
import { SUMMARY_PROPERTIES, type RawTicket } from '../tickets/toTicketSummary';
import type { Narrowing } from './listNarrowing';
import { PRIORITY_RANK } from '../../../cards/ticketOrder';
import { PRIORITY_SEGMENTS } from './ticketOrder';

/**
 * HubSpot search requests for a record's tickets: by association, by open/closed stage,
 * without the tickets the card just changed (they are read by id instead), one
 * priority segment at a time for the priority sort.
 */

/** HubSpot search pages stop at 10,000 results (a 400 past it). */
export const SEARCH_RESULT_CAP = 10_000;

export interface SearchScope {
  record: RecordRef;
  schema: PortalSchema;
  excludeIds: string[];
  /** Text, priorities and owner the list is narrowed to (listNarrowing.ts). */
  narrowing?: Narrowing;
}

type Filter = ObjectSchemas['Filter'];
type FilterGroup = ObjectSchemas['FilterGroup'];
type Sort = { propertyName: string; direction: 'ASCENDING' | 'DESCENDING' };

function filter(
  propertyName: string,
  operator: Filter['operator'],
  value?: string,
  values?: string[],
): Filter {
  return {
    propertyName,
    operator,
    ...(value !== undefined ? { value } : {}),
    ...(values !== undefined ? { values } : {}),
  };
}

/** Stage ids of a state; null when every stage qualifies (no filter needed). */
export function stageIdsFor(schema: PortalSchema, state: TicketFilter): string[] | null {
  if (state === 'all') return null;
  return state === 'open' ? schema.openStageIds : schema.closedStageIds;
}

function groups(scope: SearchScope, state: TicketFilter, segment: number | null): FilterGroup[] {
  const base: Filter[] = [
    filter(
      scope.record.type === 'contacts' ? 'associations.contact' : 'associations.company',
      'EQ',
      scope.record.id,
    ),
  ];
  const stageIds = stageIdsFor(scope.schema, state);
  if (stageIds) base.push(filter('hs_pipeline_stage', 'IN', undefined, stageIds));
  if (scope.excludeIds.length > 0) {
    base.push(filter('hs_object_id', 'NOT_IN', undefined, scope.excludeIds));
  }
  const narrowing = scope.narrowing ?? {};
  if (narrowing.priorities) {
    base.push(filter('hs_ticket_priority', 'IN', undefined, narrowing.priorities));
  }
  if (narrowing.ownerId) base.push(filter('hubspot_owner_id', 'EQ', narrowing.ownerId));
  if (segment === null) return [{ filters: base }];
  const values = PRIORITY_SEGMENTS[segment];
  if (values)
    return [{ filters: [...base, filter('hs_ticket_priority', 'IN', undefined, values)] }];
  return [
    { filters: [...base, filter('hs_ticket_priority', 'NOT_HAS_PROPERTY')] },
    {
      filters: [
        ...base,
        filter('hs_ticket_priority', 'NOT_IN', undefined, Object.keys(PRIORITY_RANK)),
      ],
    },
  ];
}

/** HubSpot's search sorts for a list order (the roll-up's searches use them too). */
export function sortsFor(sort: TicketSort): Sort[] {
  switch (sort) {
    case 'oldest':
      return [{ propertyName: 'createdate', direction: 'ASCENDING' }];
    case 'updated':
      return [{ propertyName: 'hs_lastmodifieddate', direction: 'DESCENDING' }];
    case 'priority':
      // Inside a segment the alphabetical order is the rank order (URGENT>HIGH, MEDIUM>LOW).
      return [
        { propertyName: 'hs_ticket_priority', direction: 'DESCENDING' },
        { propertyName: 'createdate', direction: 'DESCENDING' },
      ];
    case 'newest':
      return [{ propertyName: 'createdate', direction: 'DESCENDING' }];
  }
}

export interface SearchPage {
  total: number;
  results: RawTicket[];
}

async function search(
  crm: CrmApi,
  filterGroups: FilterGroup[],
  sorts: Sort[],
  limit: number,
  after: number,
  query?: string,
): Promise<SearchPage> {
  const response = await crm.call('POST', '/crm/objects/2026-09/{objectType}/search', {
    path: { objectType: 'tickets' },
    body: {
      ...(query !== undefined ? { query } : {}),
      filterGroups,
      // The spec types sorts as strings; HubSpot's documented form, sent as is, is objects.
      sorts: sorts as unknown as string[],
      properties: SUMMARY_PROPERTIES,
      limit,
      after: String(after),
    },
  });
  return { total: response.total, results: response.results };
}

/** One page of the record's tickets in a state (and priority segment, for that sort). */
export function searchPage(
  crm: CrmApi,
  scope: SearchScope,
  state: TicketFilter,
  sort: TicketSort,
  segment: number | null,
  limit: number,
  after: number,
): Promise<SearchPage> {
  return search(
    crm,
    groups(scope, state, segment),
    sortsFor(sort),
    limit,
    after,
    scope.narrowing?.query,
  );
}

/** How many of the record's tickets are in a state: a search of one result, its total. */
export async function countInState(
  crm: CrmApi,
  scope: SearchScope,
  state: 'open' | 'closed',
): Promise<number> {
  const stageIds = stageIdsFor(scope.schema, state);
  if (stageIds && stageIds.length === 0) return 0;
  const page = await search(
    crm,
    groups(scope, state, null),
    sortsFor('newest'),
    1,
    0,
    scope.narrowing?.query,
  );
  return page.total;
}
