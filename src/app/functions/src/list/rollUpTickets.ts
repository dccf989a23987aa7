import type {
  TicketFilter,
  TicketSort,
  TicketsListData,
  TicketSummary,
} from '../../../cards/contract';
import type { CrmApi } from '../hubspot/crmApi';
import type { ObjectSchemas } from '../hubspot/crmPaths';
import type { PortalSchema } from '../portal/portalSchemaCache';
import type { RecordRef } from '../record/readRecordContext';
import { readLinksOf, type LinkedPage } from '../record/recordAssociations';
import { readTickets } from '../tickets/readTickets';
import {
  SUMMARY_PROPERTIES,
  toTicketSummary,
  type LinkContext,
  type RawTicket,
} from '../tickets/toTicketSummary';
import type { ListCursor } from './listCursor';
import { encodeCursor } from './listCursor';
import { isNarrowed, matchesNarrowing, type Narrowing } from './listNarrowing';
import { compareTickets, matchesFilter, PRIORITY_RANK } from '../../../cards/ticketOrder';
import { countStates } from '../../../cards/listInMemory';
import { PRIORITY_SEGMENTS } from './ticketOrder';
import { SEARCH_RESULT_CAP, sortsFor, stageIdsFor } from './ticketSearch';

/**
 * The company roll-up: the company's own tickets plus those of its contacts, listed and
 * counted exactly up to ROLL_UP_CONTACT_CAP contacts (beyond it, a notice names how many
 * contacts are left out). Contact-only tickets carry the contact they come through.
 *
 * Calls and round trips (warm container; C contacts, T tickets in all):
 * 1. (the list's first round trip) the company's first 500 ticket links and contacts.
 * 2. the rest of the contacts, 500 a page (one round trip per page), and each page's
 *    contacts' ticket links as soon as it arrives (100 contacts a call, in parallel);
 *    the company's own ticket links past 500, page by page.
 * Then, from the links alone: the exact set of tickets and, per search batch, how many.
 * 3a. T <= 100: one batch read of them all, filtered, sorted, counted in memory.
 * 3b. more: one search per batch of up to 5 filter groups (the company, then contacts 100
 *    per `associations.contact IN`), all in parallel, for the top of the page; the other
 *    state's count is the batch's linked total minus the search total (no count search),
 *    and in the same round trip a batch read of the tickets that the searches would count
 *    twice (linked through two batches) or that the card just changed (hints: left out of
 *    the searches, read as they are now). Page = merge of the batches' results, each
 *    ticket taken only from its "home" (first) batch, so nothing is listed or counted twice;
 *    the cursor keeps each search's own offset, so every page costs the same.
 * 4. the names of the page's contacts (one batch read).
 * So at 2,000 contacts and 20,000 tickets: 7 round trips and 40 calls on a cold container
 * (3 schema, 25 link reads: company tickets, 4 contact pages, 20 x 100 contacts' tickets;
 * 5 searches; 6 reads of tickets two batches reach; 1 read of names), where the roll-up
 * used to batch-read every ticket (200 calls) and stop at 500 contacts silently.
 * The priority sort searches each of the 3 priority segments per batch, with two entities
 * per batch (the "no priority" segment takes two filter groups each), so it covers
 * ROLL_UP_CONTACT_CAP_PRIORITY contacts. Index lag: the counts come from search totals and
 * the links (immediate); tickets the card just changed are read by id instead.
 */

export const ROLL_UP_CONTACT_CAP = 2_000;
/** The priority sort needs 3 searches per batch: it covers fewer contacts. */
export const ROLL_UP_CONTACT_CAP_PRIORITY = 200;
const IN_MEMORY_MAX = 100;
const CONTACTS_PAGE = 500;
const VALUES_PER_FILTER = 100;
const GROUPS_PER_SEARCH = 5;
/** HubSpot's largest search page. */
const SEARCH_PAGE_MAX = 200;

type Filter = ObjectSchemas['Filter'];
type FilterGroup = ObjectSchemas['FilterGroup'];
type Page = Pick<TicketsListData, 'tickets' | 'counts' | 'nextCursor' | 'notice' | 'rollUp'>;

export interface RollUpInput {
  crm: CrmApi;
  schema: PortalSchema;
  link: LinkContext;
  company: RecordRef;
  /** The company's first page of ticket links and contacts (the list's first round trip). */
  companyTickets: LinkedPage;
  contacts: LinkedPage;
  filter: TicketFilter;
  sort: TicketSort;
  pageSize: number;
  cursor: ListCursor;
  narrowing: Narrowing;
  recentTicketIds: string[];
}

/** An `associations.*` filter of one search group: the company, or up to 100 contacts. */
interface Entity {
  kind: 'company' | 'contacts';
  ids: string[];
}

async function readAllContacts(
  crm: CrmApi,
  company: RecordRef,
  first: LinkedPage,
  cap: number,
  onPage: (ids: string[]) => void,
): Promise<{ covered: string[]; total: number }> {
  const covered = first.ids.slice(0, cap);
  const seen = new Set(covered);
  onPage(covered);
  let after = first.after;
  let dropped = first.ids.length > cap;
  while (after !== undefined && covered.length < cap) {
    const response = await crm.call(
      'POST',
      '/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/read',
      {
        path: { fromObjectType: 'companies', toObjectType: 'contacts' },
        body: { inputs: [{ id: company.id, after }] },
      },
    );
    const row = response.results[0];
    const unseen = (row?.to ?? []).map((to) => String(to.toObjectId)).filter((id) => !seen.has(id));
    const fresh = unseen.slice(0, cap - covered.length);
    dropped ||= fresh.length < unseen.length;
    for (const id of fresh) seen.add(id);
    covered.push(...fresh);
    onPage(fresh);
    after = row?.paging?.next?.after;
  }
  const leftOver = dropped || after !== undefined;
  if (!leftOver) return { covered, total: covered.length };
  // Past the cap only the number is needed, and a search's total says it in one call.
  const count = await crm.call('POST', '/crm/objects/2026-09/{objectType}/search', {
    path: { objectType: 'contacts' },
    body: {
      filterGroups: [
        { filters: [{ propertyName: 'associations.company', operator: 'EQ', value: company.id }] },
      ],
      sorts: [],
      properties: ['hs_object_id'],
      limit: 1,
      after: '0',
    },
  });
  return { covered, total: Math.max(count.total, covered.length + 1) };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

function entityFilter(entity: Entity): Filter {
  return entity.kind === 'company'
    ? { propertyName: 'associations.company', operator: 'EQ', value: entity.ids[0] as string }
    : { propertyName: 'associations.contact', operator: 'IN', values: entity.ids };
}

function groupsFor(
  entities: Entity[],
  input: RollUpInput,
  state: TicketFilter,
  segment: number | null,
): FilterGroup[] {
  const common: Filter[] = [];
  const stageIds = stageIdsFor(input.schema, state);
  if (stageIds)
    common.push({ propertyName: 'hs_pipeline_stage', operator: 'IN', values: stageIds });
  if (input.recentTicketIds.length > 0) {
    common.push({
      propertyName: 'hs_object_id',
      operator: 'NOT_IN',
      values: input.recentTicketIds,
    });
  }
  const { priorities, ownerId } = input.narrowing;
  if (priorities)
    common.push({ propertyName: 'hs_ticket_priority', operator: 'IN', values: priorities });
  if (ownerId) common.push({ propertyName: 'hubspot_owner_id', operator: 'EQ', value: ownerId });
  const segmentGroups: Filter[][] =
    segment === null
      ? [[]]
      : PRIORITY_SEGMENTS[segment]
        ? [
            [
              {
                propertyName: 'hs_ticket_priority',
                operator: 'IN',
                values: PRIORITY_SEGMENTS[segment],
              },
            ],
          ]
        : [
            [{ propertyName: 'hs_ticket_priority', operator: 'NOT_HAS_PROPERTY' }],
            [
              {
                propertyName: 'hs_ticket_priority',
                operator: 'NOT_IN',
                values: Object.keys(PRIORITY_RANK),
              },
            ],
          ];
  return entities.flatMap((entity) =>
    segmentGroups.map((extra) => ({ filters: [entityFilter(entity), ...common, ...extra] })),
  );
}

async function search(
  crm: CrmApi,
  filterGroups: FilterGroup[],
  input: RollUpInput,
  limit: number,
  after: number,
): Promise<{ total: number; results: RawTicket[] }> {
  const response = await crm.call('POST', '/crm/objects/2026-09/{objectType}/search', {
    path: { objectType: 'tickets' },
    body: {
      ...(input.narrowing.query !== undefined ? { query: input.narrowing.query } : {}),
      filterGroups,
      // The spec types sorts as strings; HubSpot's documented form, sent as is, is objects.
      sorts: sortsFor(input.sort) as unknown as string[],
      properties: SUMMARY_PROPERTIES,
      limit,
      after: String(after),
    },
  });
  return { total: response.total, results: response.results };
}

async function contactNames(crm: CrmApi, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const responses = await Promise.all(
    chunk(ids, 100).map((batch) =>
      crm.call('POST', '/crm/objects/2026-09/{objectType}/batch/read', {
        path: { objectType: 'contacts' },
        body: {
          inputs: batch.map((id) => ({ id })),
          properties: ['firstname', 'lastname', 'email'],
          propertiesWithHistory: [],
        },
      }),
    ),
  );
  for (const response of responses) {
    for (const contact of response.results) {
      const { firstname, lastname, email } = contact.properties;
      const full = [firstname, lastname].filter(Boolean).join(' ').trim();
      names.set(contact.id, full || email || `Contact ${contact.id}`);
    }
  }
  return names;
}

export async function listRollUp(input: RollUpInput): Promise<Page> {
  const { crm, company, schema, link } = input;
  const cap = input.sort === 'priority' ? ROLL_UP_CONTACT_CAP_PRIORITY : ROLL_UP_CONTACT_CAP;
  const contactTicketReads: Promise<Map<string, string[]>>[] = [];
  const [contactsRead, companyLinks] = await Promise.all([
    readAllContacts(crm, company, input.contacts, cap, (ids) => {
      for (const batch of chunk(ids, CONTACTS_PAGE)) {
        if (batch.length > 0)
          contactTicketReads.push(readLinksOf(crm, 'contacts', batch, 'tickets'));
      }
    }),
    input.companyTickets.complete
      ? Promise.resolve(new Map([[company.id, input.companyTickets.ids]]))
      : readLinksOf(crm, 'companies', [company.id], 'tickets'),
  ]);
  const ticketsOfContact = new Map<string, string[]>();
  for (const links of await Promise.all(contactTicketReads)) {
    for (const [contactId, ids] of links) ticketsOfContact.set(contactId, ids);
  }
  const own = new Set(companyLinks.get(company.id) ?? []);
  // Each ticket's first contact, in the company's contact order: the one the card names.
  const viaContact = new Map<string, string>();
  for (const contactId of contactsRead.covered) {
    for (const ticketId of ticketsOfContact.get(contactId) ?? []) {
      if (!own.has(ticketId) && !viaContact.has(ticketId)) viaContact.set(ticketId, contactId);
    }
  }
  const all = [...own, ...viaContact.keys()];
  const left = contactsRead.total - contactsRead.covered.length;
  const rollUp = {
    contacts: contactsRead.total,
    addedTickets: viaContact.size,
    contactsLeftOut: left,
  };
  const notice =
    left > 0
      ? `This list rolls up the tickets of the first ${contactsRead.covered.length.toLocaleString('en-US')} of the company's ${contactsRead.total.toLocaleString('en-US')} contacts: the tickets of the other ${left.toLocaleString('en-US')} are left out unless they are linked to the company itself.`
      : undefined;
  const finish = async (
    tickets: TicketSummary[],
    counts: { open: number; closed: number },
    nextCursor: string | null,
    extraNotice?: string,
  ): Promise<Page> => {
    const wanted = [...new Set(tickets.map((t) => viaContact.get(t.id)).filter((id) => !!id))];
    const names = wanted.length > 0 ? await contactNames(crm, wanted as string[]) : new Map();
    const notices = [notice, extraNotice].filter((text) => text !== undefined);
    return {
      tickets: tickets.map((ticket) => {
        const contactId = viaContact.get(ticket.id);
        return contactId
          ? {
              ...ticket,
              viaContact: { id: contactId, name: names.get(contactId) ?? `Contact ${contactId}` },
            }
          : ticket;
      }),
      counts,
      nextCursor,
      rollUp,
      ...(notices.length > 0 ? { notice: notices.join(' ') } : {}),
    };
  };
  const summary = (raw: RawTicket) =>
    toTicketSummary(
      raw,
      schema,
      link,
      own.has(raw.id) ? (input.companyTickets.labels.get(raw.id) ?? []) : [],
    );
  const compare = compareTickets(input.sort);

  if (all.length <= IN_MEMORY_MAX && input.narrowing.query === undefined) {
    const raw = await readTickets(crm, all);
    const everything = [...raw.values()]
      .map(summary)
      .filter((ticket) => matchesNarrowing(ticket, input.narrowing));
    const listed = everything.filter((ticket) => matchesFilter(ticket, input.filter)).sort(compare);
    const end = input.cursor.mo + input.pageSize;
    const next = end < listed.length ? encodeCursor({ ...input.cursor, mo: end }) : null;
    return finish(listed.slice(input.cursor.mo, end), countStates(everything), next);
  }

  // Search batches: the company first, then contacts 100 a group.
  const priority = input.sort === 'priority';
  const entities: Entity[] = [
    { kind: 'company', ids: [company.id] },
    ...chunk(contactsRead.covered, VALUES_PER_FILTER).map((ids) => ({
      kind: 'contacts' as const,
      ids,
    })),
  ];
  const batches = chunk(entities, priority ? 2 : GROUPS_PER_SEARCH);
  const recent = new Set(input.recentTicketIds);
  // Which batches reach each ticket (the links say it exactly).
  const reachedBy = new Map<string, number[]>();
  const batchSizes = batches.map(() => 0);
  batches.forEach((batch, index) => {
    const members = new Set<string>();
    for (const entity of batch) {
      const lists =
        entity.kind === 'company'
          ? [[...own]]
          : entity.ids.map((id) => ticketsOfContact.get(id) ?? []);
      for (const list of lists) for (const id of list) members.add(id);
    }
    for (const id of members) {
      if (recent.has(id)) continue;
      batchSizes[index] = (batchSizes[index] ?? 0) + 1;
      reachedBy.set(id, [...(reachedBy.get(id) ?? []), index]);
    }
  });
  const twice = [...reachedBy].filter(([, reached]) => reached.length > 1).map(([id]) => id);
  const isHome = (id: string, batch: number) => (reachedBy.get(id)?.[0] ?? batch) === batch;
  const hinted = all.filter((id) => recent.has(id));

  // One search per (batch, priority segment): a "unit", paged by its own offset.
  const segments = priority ? PRIORITY_SEGMENTS.map((_, index) => index) : [null];
  const units = batches.flatMap((batch, index) =>
    segments.map((segment) => ({ batch, index, segment })),
  );
  const offsets = units.map((_, unit) => input.cursor.b?.[unit] ?? 0);
  const limit = Math.min(SEARCH_PAGE_MAX, 2 * input.pageSize);
  const narrowed = isNarrowed(input.narrowing);
  const noneMatch = (state: TicketFilter) => stageIdsFor(schema, state)?.length === 0;
  const countIn = (entities: Entity[], state: 'open' | 'closed') =>
    noneMatch(state)
      ? Promise.resolve(0)
      : search(crm, groupsFor(entities, input, state, null), input, 1, 0).then((p) => p.total);
  const unitPages = Promise.all(
    units.map(({ batch, segment }, unit) => {
      const after = offsets[unit] ?? 0;
      if (noneMatch(input.filter)) return Promise.resolve({ total: 0, results: [] as RawTicket[] });
      // At HubSpot's 10,000 cap nothing more can be paged, but the total still counts.
      const room = Math.min(limit, SEARCH_RESULT_CAP - after);
      return search(
        crm,
        groupsFor(batch, input, input.filter, segment),
        input,
        Math.max(1, room),
        room > 0 ? after : 0,
      ).then((page) => (room > 0 ? page : { total: page.total, results: [] }));
    }),
  );
  const perBatch = batches.map(async (batch, index) => {
    const pages = await unitPages;
    const pageTotal = units.reduce(
      (sum, unit, at) => (unit.index === index ? sum + (pages[at]?.total ?? 0) : sum),
      0,
    );
    const size = batchSizes[index] ?? 0;
    const single = !priority && input.filter !== 'all';
    const open =
      single && input.filter === 'open'
        ? pageTotal
        : single && !narrowed
          ? size - pageTotal
          : await countIn(batch, 'open');
    const closed =
      single && input.filter === 'closed'
        ? pageTotal
        : !narrowed
          ? size - open
          : await countIn(batch, 'closed');
    return { open, closed };
  });
  const [pages, answers, checked] = await Promise.all([
    unitPages,
    Promise.all(perBatch),
    readTickets(crm, [...new Set([...twice, ...hinted])]),
  ]);
  let open = answers.reduce((sum, answer) => sum + answer.open, 0);
  let closed = answers.reduce((sum, answer) => sum + answer.closed, 0);
  const extras: TicketSummary[] = [];
  for (const [id, raw] of checked) {
    const ticket = summary(raw);
    if (!matchesNarrowing(ticket, input.narrowing)) continue;
    const state = ticket.stage.state === 'CLOSED' ? 'closed' : 'open';
    if (recent.has(id)) {
      // Left out of every search: counted and listed as it is now.
      if (state === 'open') open += 1;
      else closed += 1;
      if (matchesFilter(ticket, input.filter)) extras.push(ticket);
    } else {
      const extraCounts = (reachedBy.get(id)?.length ?? 1) - 1;
      if (state === 'open') open -= extraCounts;
      else closed -= extraCounts;
    }
  }
  extras.sort(compare);

  // Merge: a ticket two batches reach is taken from the first only. A unit with more
  // results than it returned bounds the page: nothing past its last result is certain.
  const fetched = units.map((unit, at) =>
    (pages[at]?.results ?? []).map((raw) => ({
      ticket: summary(raw),
      home: isHome(raw.id, unit.index),
    })),
  );
  let bound: TicketSummary | null = null;
  units.forEach((_, at) => {
    const got = fetched[at] ?? [];
    const last = got[got.length - 1];
    const more =
      (offsets[at] ?? 0) + got.length < Math.min(pages[at]?.total ?? 0, SEARCH_RESULT_CAP);
    if (more && last && (!bound || compare(last.ticket, bound) < 0)) bound = last.ticket;
  });
  const bounded = (ticket: TicketSummary) => bound === null || compare(ticket, bound) <= 0;
  const extrasLeft = extras.slice(input.cursor.mo);
  const candidates = [
    ...fetched.flatMap((got) => got.filter((entry) => entry.home).map((entry) => entry.ticket)),
    ...extrasLeft,
  ]
    .filter(bounded)
    .sort(compare);
  const listed = candidates.slice(0, input.pageSize);
  const lastListed = listed[listed.length - 1];
  const upTo = (ticket: TicketSummary) =>
    lastListed !== undefined && compare(ticket, lastListed) <= 0;
  const nextOffsets = units.map(
    (_, at) =>
      (offsets[at] ?? 0) + (fetched[at] ?? []).filter((entry) => upTo(entry.ticket)).length,
  );
  const nextMo = input.cursor.mo + extrasLeft.filter(upTo).length;
  const capped = units.some(
    (_, at) =>
      (pages[at]?.total ?? 0) > SEARCH_RESULT_CAP && (nextOffsets[at] ?? 0) >= SEARCH_RESULT_CAP,
  );
  const more =
    nextMo < extras.length ||
    units.some(
      (_, at) => (nextOffsets[at] ?? 0) < Math.min(pages[at]?.total ?? 0, SEARCH_RESULT_CAP),
    );
  return finish(
    listed,
    { open, closed },
    more && listed.length > 0
      ? encodeCursor({ ...input.cursor, mo: nextMo, b: nextOffsets })
      : null,
    capped
      ? "HubSpot's search lists only the first 10,000 tickets of a view. Open the record in HubSpot, or narrow the filter, to see the rest."
      : undefined,
  );
}
