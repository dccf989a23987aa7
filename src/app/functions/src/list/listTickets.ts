import type { TicketsListData, TicketSummary } from '../../../cards/contract';
import type { ParsedTicketsListParams } from '../params/ticketsListParams';
import { currentOwnerId } from '../portal/owners';
import { getPortalSchema, type PortalSchema } from '../portal/portalSchemaCache';
import type { RecordRef } from '../record/readRecordContext';
import { readLinkedPage, type LinkedPage } from '../record/recordAssociations';
import type { Invocation } from '../run/runFunction';
import { readTickets } from '../tickets/readTickets';
import { toTicketSummary, type LinkContext } from '../tickets/toTicketSummary';
import { decodeCursor, encodeCursor, type ListCursor, type ListView } from './listCursor';
import { matchesNarrowing, narrowingKey, type Narrowing } from './listNarrowing';
import { readRecentTickets } from './recentTickets';
import { listRollUp } from './rollUpTickets';
import { compareTickets, matchesFilter } from '../../../cards/ticketOrder';
import { countStates, pageInMemory as pageOfList } from '../../../cards/listInMemory';
import { PRIORITY_SEGMENTS, segmentOf } from './ticketOrder';
import {
  countInState,
  searchPage,
  SEARCH_RESULT_CAP,
  stageIdsFor,
  type SearchPage,
  type SearchScope,
} from './ticketSearch';

/**
 * One page of the record's tickets, with counts and the pipeline metadata.
 *
 * Round trips on a warm container: (1) the record's ticket links (association batch read,
 * up to 500 ids; on a cold one also pipelines and properties, in parallel). (2a) a record
 * with at most 100 tickets: one batch read of them, then filter, sort, count and page in
 * memory - exact, no search call, immune to index lag - and the whole list goes to the
 * card, which answers its next tab, sort, filter and page changes itself
 * (src/app/cards/listInMemory.ts). (2b) more: a search for the page, in parallel with
 * the count searches and, when the card names tickets it changed in the last minutes, with
 * the two reads that check them (see recentTickets). The searches leave those tickets out,
 * since the index may still hold their old state; the checked ones are merged back as
 * they are now, so the page and counts stay exact for them. The priority sort walks
 * priority segments; a page that spans two segments costs one more round trip. The
 * company roll-up (includeContactTickets with contacts) is listRollUp's: see rollUpTickets.
 */

const IN_MEMORY_MAX = 100;

interface Ctx {
  invocation: Invocation;
  schema: PortalSchema;
  record: RecordRef;
  view: ListView;
  pageSize: number;
  link: LinkContext;
  recentTicketIds: string[];
  narrowing: Narrowing;
  /** Labels of the record's links, from the first round trip (its first 500 links). */
  labels: Map<string, string[]>;
}

export async function listTickets(
  invocation: Invocation,
  params: ParsedTicketsListParams,
  record: RecordRef,
): Promise<TicketsListData> {
  const { crm, env } = invocation;
  const view: ListView = {
    filter: params.filter,
    sort: params.sort,
    rollUp: params.includeContactTickets === true,
    narrowing: narrowingKey({
      query: params.query,
      priorities: params.priorities,
      ...(params.owner === 'me' ? { ownerId: 'me' } : {}),
    }),
  };
  const cursor = decodeCursor(params.cursor, view);
  const link: LinkContext = {
    appHost: env.appHost,
    portalId: params.portalId ?? env.portalIdFromEnv,
  };

  const [schema, linked, contacts] = await Promise.all([
    getPortalSchema(env.portalKey, crm),
    readLinkedPage(crm, record, 'tickets'),
    view.rollUp ? readLinkedPage(crm, record, 'contacts') : null,
  ]);
  const myOwnerId = params.currentUser ? currentOwnerId(schema.owners, params.currentUser) : null;
  const narrowing: Narrowing = {
    ...(params.query !== undefined ? { query: params.query } : {}),
    ...(params.priorities ? { priorities: params.priorities } : {}),
    // A user who owns nothing in HubSpot (not an owner) matches no ticket.
    ...(params.owner === 'me' ? { ownerId: myOwnerId ?? '' } : {}),
  };
  const ctx: Ctx = {
    invocation,
    schema,
    record,
    view,
    pageSize: params.pageSize,
    link,
    recentTicketIds: params.recentTicketIds ?? [],
    narrowing,
    labels: linked.labels,
  };
  const extras = {
    ...(params.currentUser ? { currentOwnerId: myOwnerId } : {}),
    pipelines: schema.pipelines,
    priorities: schema.priorities,
  };
  // HubSpot's search decides what a text matches, so a text filter is always search-based.
  const small =
    linked.complete && linked.ids.length <= IN_MEMORY_MAX && narrowing.query === undefined;
  const rollsUp = contacts !== null && contacts.ids.length > 0;
  // Nothing to search for; a list read whole still goes to the card (an empty page of it).
  if (narrowing.ownerId === '' && (rollsUp || !small)) {
    return { tickets: [], counts: { open: 0, closed: 0 }, nextCursor: null, total: 0, ...extras };
  }

  if (contacts && rollsUp) {
    const rolled = await listRollUp({
      crm,
      schema,
      link,
      company: record,
      companyTickets: linked,
      contacts,
      filter: view.filter,
      sort: view.sort,
      pageSize: params.pageSize,
      cursor,
      narrowing,
      recentTicketIds: ctx.recentTicketIds,
    });
    return { ...rolled, total: totalOf(rolled.counts, view.filter), ...extras };
  }
  // A company without contacts rolls up nothing: its own list, with rollUp saying so.
  const own = small ? await readOwn(ctx, linked) : null;
  const page = own ? pageInMemory(ctx, own, cursor) : await pageBySearch(ctx, cursor);
  return {
    ...page,
    total: totalOf(page.counts, view.filter),
    // The whole list, so the card answers its next list changes itself (listInMemory).
    ...(own ? { allTickets: own } : {}),
    ...(contacts
      ? { rollUp: { contacts: contacts.ids.length, addedTickets: 0, contactsLeftOut: 0 } }
      : {}),
    ...extras,
  };
}

/** The counts are exact over the whole list, so the filter's own count is its total. */
function totalOf(counts: TicketsListData['counts'], filter: ListView['filter']): number {
  if (filter === 'open') return counts.open;
  if (filter === 'closed') return counts.closed;
  return counts.open + counts.closed;
}

async function readOwn(ctx: Ctx, linked: LinkedPage): Promise<TicketSummary[]> {
  const raw = await readTickets(ctx.invocation.crm, linked.ids);
  return [...raw.values()].map((ticket) =>
    toTicketSummary(ticket, ctx.schema, ctx.link, ctx.labels.get(ticket.id) ?? []),
  );
}

type Page = Pick<TicketsListData, 'tickets' | 'counts' | 'nextCursor' | 'notice'>;

function pageInMemory(ctx: Ctx, all: TicketSummary[], cursor: ListCursor): Page {
  const page = pageOfList(all, {
    filter: ctx.view.filter,
    sort: ctx.view.sort,
    narrowing: ctx.narrowing,
    offset: cursor.mo,
    pageSize: ctx.pageSize,
  });
  return {
    tickets: page.tickets,
    counts: page.counts,
    nextCursor:
      page.nextOffset === null
        ? null
        : encodeCursor({ ...cursor, g: 0, so: 0, mo: page.nextOffset }),
  };
}

async function pageBySearch(ctx: Ctx, cursor: ListCursor): Promise<Page> {
  const { crm } = ctx.invocation;
  const { filter, sort } = ctx.view;
  const recentIds = ctx.recentTicketIds;
  const scope: SearchScope = {
    record: ctx.record,
    schema: ctx.schema,
    excludeIds: recentIds,
    narrowing: ctx.narrowing,
  };
  const compare = compareTickets(sort);
  const byPriority = sort === 'priority';
  const lastSegment = byPriority ? PRIORITY_SEGMENTS.length - 1 : 0;

  // A portal without any closed (or open) stage: nothing can match, and HubSpot refuses `IN []`.
  const noStageMatches = stageIdsFor(ctx.schema, filter)?.length === 0;
  const fetchSegment = (segment: number, after: number, limit: number): Promise<SearchPage> => {
    if (noStageMatches) return Promise.resolve({ total: 0, results: [] });
    const group = byPriority ? segment : null;
    // At HubSpot's 10,000 cap nothing more can be paged, but the total still counts.
    if (limit <= 0) {
      return searchPage(crm, scope, filter, sort, group, 1, 0).then((page) => ({
        total: page.total,
        results: [],
      }));
    }
    return searchPage(crm, scope, filter, sort, group, limit, after);
  };

  // The counts: the page's own total says one of them when it is not segmented.
  const countsPromise: Promise<{ open: number | null; closed: number | null }> = (async () => {
    if (byPriority || filter === 'all') {
      const [open, closed] = await Promise.all([
        countInState(crm, scope, 'open'),
        byPriority ? countInState(crm, scope, 'closed') : Promise.resolve(null),
      ]);
      return { open, closed };
    }
    const other = await countInState(crm, scope, filter === 'open' ? 'closed' : 'open');
    return filter === 'open' ? { open: null, closed: other } : { open: other, closed: null };
  })();

  const tickets: TicketSummary[] = [];
  let { g: segment, so, mo } = cursor;
  let next: ListCursor | null = null;
  let capped = false;
  let firstTotal = 0;
  const segmentLimit = (): number =>
    Math.min(ctx.pageSize - tickets.length, SEARCH_RESULT_CAP - so);
  const [firstPage, rawCounts, recent] = await Promise.all([
    fetchSegment(segment, so, segmentLimit()),
    countsPromise,
    readRecentTickets(ctx.invocation, ctx.schema, ctx.link, ctx.record, recentIds),
  ]);
  // The searches left every hinted id out; the ones still linked come back as they are now.
  // A hinted ticket now reached only through a contact stays a roll-up one.
  const extras = new Map<string, TicketSummary>();
  for (const ticket of recent) {
    if (!matchesNarrowing(ticket, ctx.narrowing)) continue;
    extras.set(ticket.id, { ...ticket, labels: ctx.labels.get(ticket.id) ?? ticket.labels });
  }
  const extraCounts = countStates([...extras.values()]);
  const listedExtras = [...extras.values()]
    .filter((ticket) => matchesFilter(ticket, filter))
    .sort(compare);
  let page = firstPage;
  firstTotal = firstPage.total;
  for (;;) {
    const found = page.results.map((ticket) =>
      toTicketSummary(ticket, ctx.schema, ctx.link, ctx.labels.get(ticket.id) ?? []),
    );
    const segmentExtras = byPriority
      ? listedExtras.filter((ticket) => segmentOf(ticket) === segment)
      : listedExtras;
    let i = 0;
    while (tickets.length < ctx.pageSize && (i < found.length || mo < segmentExtras.length)) {
      const fromSearch = found[i];
      const fromExtras = segmentExtras[mo];
      if (fromSearch && (!fromExtras || compare(fromSearch, fromExtras) <= 0)) {
        tickets.push(fromSearch);
        i += 1;
      } else if (fromExtras) {
        tickets.push(fromExtras);
        mo += 1;
      }
    }
    so += i;
    const reachable = Math.min(page.total, SEARCH_RESULT_CAP);
    if (page.total > SEARCH_RESULT_CAP && so >= SEARCH_RESULT_CAP) capped = true;
    const moreHere = so < reachable || mo < segmentExtras.length;
    if (moreHere) {
      next = { ...cursor, g: segment, so, mo };
      break;
    }
    if (segment >= lastSegment) break;
    segment += 1;
    so = 0;
    mo = 0;
    if (tickets.length >= ctx.pageSize) {
      next = { ...cursor, g: segment, so, mo };
      break;
    }
    page = await fetchSegment(segment, so, segmentLimit());
  }

  // Without a segment, the page's own total is the count of the filtered state (or of all).
  const open = rawCounts.open ?? firstTotal;
  const closed = rawCounts.closed ?? (filter === 'all' ? firstTotal - open : firstTotal);
  return {
    tickets,
    counts: { open: open + extraCounts.open, closed: closed + extraCounts.closed },
    nextCursor: next ? encodeCursor(next) : null,
    ...(capped
      ? {
          notice:
            "HubSpot's search lists only the first 10,000 tickets of a view. Open the record in HubSpot, or narrow the filter, to see the rest.",
        }
      : {}),
  };
}
