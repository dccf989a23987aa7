import type { SandboxSnapshot } from '../../../../../sandbox/src/control';
import type { StoredRecord } from '../../../../../sandbox/src/store/types';
import { DEMO_FACTS, REQUESTER_LABEL } from '../../../../../sandbox/src/seeds/demoFacts';
import { countKinds } from '../../../../../runtime/src/requestLog';
import { dataOf } from '../../../../../testkits/functionTestKit';
import { linkedTruth } from '../../../../../testkits/ticketsListTruth';
import {
  startFunctionHarness,
  type FunctionHarness,
  type RecordRef,
} from '../../../../../testkits/testHarness';
import type {
  TicketFilter,
  TicketSort,
  TicketsListData,
  TicketsListParams,
  TicketSummary,
} from '../../../cards/contract';
import { pageInMemory, type ExactNarrowing } from '../../../cards/listInMemory';

/**
 * tickets_list's whole list (`allTickets`): a record read exactly (at most 100 linked
 * tickets, no text filter, no contacts rolled up) comes with every one of its tickets, so
 * the card answers its next tab, sort, filter and page itself with listInMemory. That is
 * only right if the whole list is exactly the record's and the card's own answer is the
 * function's: both are checked here against the sandbox, through the runtime. The demo
 * portal gets records of exactly 100 and 101 linked tickets (its own tickets, with their
 * owners, priorities, pipelines and labels), and a company with 100 and no contacts.
 */

/** The card's page size (ticketsListState's PAGE_SIZE). */
const CARD_PAGE = 5;
const CONTACT_100 = '1000901';
const CONTACT_101 = '1000902';
const COMPANY_100 = '2000901';

const contact100: RecordRef = { type: 'contacts', id: CONTACT_100 };
const contact101: RecordRef = { type: 'contacts', id: CONTACT_101 };
const company100: RecordRef = { type: 'companies', id: COMPANY_100 };
const rollUpCompany: RecordRef = { type: 'companies', id: DEMO_FACTS.companyWithContactTickets };

let harness: FunctionHarness;
/** The tickets linked to the 100-ticket records (and, with one more, to the 101 one). */
let linked100: string[];
let linked101: string[];
/** The owner of the most of those tickets: the card user of "Assigned to me". */
let me: { ownerId: string; userId: number };

function stored(id: string, properties: Record<string, string>, at: string): StoredRecord {
  return {
    id,
    properties: { ...properties, createdate: at, hs_object_id: id },
    createdAt: at,
    updatedAt: at,
    archived: false,
  };
}

beforeAll(async () => {
  harness = await startFunctionHarness();
  // Walking every page of many views makes many calls; the portal's rate limit is not
  // under test (a 429 retry would also add calls to the counted ones).
  await harness.control.setConfig({ rateLimits: { tenSecondly: null, secondly: null } });
  const snapshot: SandboxSnapshot = await harness.control.snapshot();
  // Every third live demo ticket: both pipelines, open and closed, every priority and owner.
  const live = snapshot.objects['0-5'].filter((ticket) => !ticket.archived);
  const picked = live.filter((_ticket, index) => index % 3 === 0).map((ticket) => ticket.id);
  expect(picked.length).toBeGreaterThanOrEqual(101);
  linked100 = picked.slice(0, 100);
  linked101 = picked.slice(0, 101);
  const at = '2026-10-01T00:00:00.000Z';
  snapshot.objects['0-1'].push(
    stored(CONTACT_100, { firstname: 'Whole', lastname: 'Hundred', lastmodifieddate: at }, at),
    stored(CONTACT_101, { firstname: 'Whole', lastname: 'Hundred-one', lastmodifieddate: at }, at),
  );
  snapshot.objects['0-2'].push(
    stored(COMPANY_100, { name: 'Hundred Co', hs_lastmodifieddate: at }, at),
  );
  linked100.forEach((ticketId, index) => {
    // Some links labelled "Requester": the rows must carry the label of their link.
    const typeIds = index % 4 === 0 ? [15, REQUESTER_LABEL.inverseTypeId] : [15];
    snapshot.associations.push(['0-1', CONTACT_100, '0-5', ticketId, typeIds]);
    snapshot.associations.push(['0-2', COMPANY_100, '0-5', ticketId, [340]]);
  });
  for (const ticketId of linked101) {
    snapshot.associations.push(['0-1', CONTACT_101, '0-5', ticketId, [15]]);
  }
  await harness.control.restore(snapshot);

  const byOwner = new Map<string, number>();
  for (const ticket of live.filter((one) => linked100.includes(one.id))) {
    const owner = ticket.properties.hubspot_owner_id;
    if (owner) byOwner.set(owner, (byOwner.get(owner) ?? 0) + 1);
  }
  const [ownerId] = [...byOwner].sort((a, b) => b[1] - a[1])[0] ?? [];
  const owner = snapshot.owners?.find((candidate) => candidate.id === ownerId);
  if (!owner || ownerId === undefined) throw new Error('no owner among the linked tickets');
  me = { ownerId, userId: owner.userId };
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

type ListOptions = Partial<Omit<TicketsListParams, 'recordType'>>;

async function list(record: RecordRef, options: ListOptions): Promise<TicketsListData> {
  return dataOf(await harness.call('tickets_list', record, options));
}

function sortedIds(tickets: readonly TicketSummary[]): string[] {
  return tickets.map((ticket) => ticket.id).sort();
}

/** The whole list of an answer, or a failure saying it is missing. */
function wholeList(data: TicketsListData): TicketSummary[] {
  if (!data.allTickets) throw new Error('expected allTickets in the answer');
  return data.allTickets;
}

describe('a record with at most 100 tickets: allTickets', () => {
  it.each<[string, () => RecordRef, () => ListOptions]>([
    ['the contact, open tab', () => contact100, () => ({ filter: 'open' })],
    ['the contact, closed tab', () => contact100, () => ({ filter: 'closed', sort: 'oldest' })],
    ['the contact, by priority', () => contact100, () => ({ filter: 'all', priorities: ['HIGH'] })],
    [
      'the contact, assigned to me',
      () => contact100,
      () => ({ filter: 'open', owner: 'me', currentUser: { userId: me.userId } }),
    ],
    ['the company without contacts', () => company100, () => ({ filter: 'all', sort: 'priority' })],
    [
      'the company without contacts, contacts included',
      () => company100,
      () => ({ filter: 'open', includeContactTickets: true }),
    ],
  ])(
    '%s: every linked ticket exactly once, whatever the tab or filter',
    async (_name, recordOf, optionsOf) => {
      const all = wholeList(await list(recordOf(), optionsOf()));
      const ids = sortedIds(all);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual([...linked100].sort());
      // Read independently of the code under test: what HubSpot links to the record.
      const truth = await linkedTruth(harness.sandbox.url, recordOf());
      expect(ids).toEqual(truth.map((ticket) => ticket.id).sort());
    },
  );

  it('a user who owns nothing in HubSpot: an empty "mine" page, and still the whole list', async () => {
    const data = await list(contact100, {
      filter: 'open',
      owner: 'me',
      currentUser: { email: 'nobody-here@example.com' },
    });
    expect(data.tickets).toEqual([]);
    expect(data.counts).toEqual({ open: 0, closed: 0 });
    expect(data.total).toBe(0);
    expect(data.currentOwnerId).toBeNull();
    expect(sortedIds(wholeList(data))).toEqual([...linked100].sort());
  });

  it('the company without contacts, contacts included, still says it rolled up nothing', async () => {
    const data = await list(company100, { filter: 'all', includeContactTickets: true });
    expect(data.rollUp).toEqual({ contacts: 0, addedTickets: 0, contactsLeftOut: 0 });
    expect(wholeList(data)).toHaveLength(100);
  });

  it('a company whose contacts have tickets, its own list only: allTickets is its own', async () => {
    const own = await linkedTruth(harness.sandbox.url, rollUpCompany);
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThanOrEqual(100);
    const data = await list(rollUpCompany, { filter: 'all' });
    expect(sortedIds(wholeList(data))).toEqual(own.map((ticket) => ticket.id).sort());
  });

  it("holds the same summaries as the pages: each page's rows are its entries, deep-equal", async () => {
    const params: ListOptions = { filter: 'all', sort: 'newest', pageSize: 7, portalId: 123 };
    const first = await list(contact100, params);
    const all = new Map(wholeList(first).map((ticket) => [ticket.id, ticket]));
    const rows = [...first.tickets];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await list(contact100, { ...params, cursor });
      rows.push(...page.tickets);
      cursor = page.nextCursor;
    }
    expect(rows).toHaveLength(100);
    for (const row of rows) expect(all.get(row.id)).toEqual(row);
    // Links, labels and owners are in the whole list as on the rows.
    const entries = [...all.values()];
    expect(entries.every((ticket) => ticket.url?.startsWith('https://'))).toBe(true);
    expect(entries.filter((ticket) => ticket.labels.includes('Requester'))).toHaveLength(25);
    expect(entries.some((ticket) => ticket.owner?.id === me.ownerId)).toBe(true);
  });
});

interface CardView {
  filter: TicketFilter;
  sort: TicketSort;
  priorities?: string[];
  mine?: boolean;
}

/** What the card sends for a view (the hook always sends the card user). */
function paramsOf(view: CardView): ListOptions {
  return {
    filter: view.filter,
    sort: view.sort,
    pageSize: CARD_PAGE,
    currentUser: { userId: me.userId },
    ...(view.priorities ? { priorities: view.priorities } : {}),
    ...(view.mine ? { owner: 'me' as const } : {}),
  };
}

describe("the card's own answer from allTickets is the function's", () => {
  /** The card's first paint: the default view, whose answer holds the whole list. */
  let firstPaint: TicketsListData;
  beforeAll(async () => {
    firstPaint = await list(contact100, paramsOf({ filter: 'open', sort: 'newest' }));
  });

  it('the first paint says who the card user is, so "Assigned to me" can be answered on the card', () => {
    expect(firstPaint.currentOwnerId).toBe(me.ownerId);
    expect(wholeList(firstPaint)).toHaveLength(100);
  });

  it.each<[string, CardView]>([
    ['the next pages', { filter: 'open', sort: 'newest' }],
    ['the closed tab', { filter: 'closed', sort: 'newest' }],
    ['every ticket, oldest first', { filter: 'all', sort: 'oldest' }],
    ['last updated first', { filter: 'open', sort: 'updated' }],
    ['by priority', { filter: 'all', sort: 'priority' }],
    ['a priority filter', { filter: 'open', sort: 'priority', priorities: ['HIGH', 'URGENT'] }],
    ['a priority filter, closed tab', { filter: 'closed', sort: 'newest', priorities: ['LOW'] }],
    ['assigned to me', { filter: 'all', sort: 'newest', mine: true }],
    [
      'assigned to me, by priority, open, of some priorities',
      { filter: 'open', sort: 'priority', priorities: ['MEDIUM', 'HIGH'], mine: true },
    ],
  ])('%s: every page of pageInMemory(allTickets) equals the function page', async (_name, view) => {
    const all = wholeList(firstPaint);
    const narrowing: ExactNarrowing = {
      ...(view.priorities ? { priorities: view.priorities } : {}),
      ...(view.mine ? { ownerId: firstPaint.currentOwnerId ?? '' } : {}),
    };
    const params = paramsOf(view);
    let cursor: string | null = null;
    let offset = 0;
    let pages = 0;
    do {
      const fromFunction: TicketsListData = await list(contact100, { ...params, cursor });
      const onCard = pageInMemory(all, {
        filter: view.filter,
        sort: view.sort,
        narrowing,
        offset,
        pageSize: CARD_PAGE,
      });
      expect(onCard.tickets).toEqual(fromFunction.tickets);
      expect(onCard.counts).toEqual(fromFunction.counts);
      expect(onCard.total).toBe(fromFunction.total);
      expect(onCard.nextOffset === null).toBe(fromFunction.nextCursor === null);
      cursor = fromFunction.nextCursor;
      offset = onCard.nextOffset ?? offset;
      pages += 1;
    } while (cursor && pages < 30);
    expect(cursor).toBeNull();
    // As many pages as the view holds: the card and the function page alike to the end.
    expect(pages).toBe(Math.max(1, Math.ceil(firstTotal(all, view, narrowing) / CARD_PAGE)));
  });

  it('the views compared are not trivial: several pages, and narrowed views with tickets', () => {
    const all = wholeList(firstPaint);
    const ownerId = firstPaint.currentOwnerId ?? '';
    expect(firstTotal(all, { filter: 'open', sort: 'newest' }, {})).toBeGreaterThan(CARD_PAGE);
    expect(firstTotal(all, { filter: 'closed', sort: 'newest' }, {})).toBeGreaterThan(CARD_PAGE);
    expect(
      firstTotal(all, { filter: 'open', sort: 'priority' }, { priorities: ['HIGH', 'URGENT'] }),
    ).toBeGreaterThan(CARD_PAGE);
    expect(firstTotal(all, { filter: 'all', sort: 'newest' }, { ownerId })).toBeGreaterThan(
      CARD_PAGE,
    );
  });
});

function firstTotal(all: TicketSummary[], view: CardView, narrowing: ExactNarrowing): number {
  return pageInMemory(all, { ...view, narrowing, offset: 0, pageSize: CARD_PAGE }).total;
}

describe('no allTickets where the function did not read the whole list exactly', () => {
  it('a record with 101 tickets: listed by search, counted exactly, no whole list', async () => {
    await harness.clearRequests();
    const data = await list(contact101, { filter: 'all', pageSize: 50 });
    expect(countKinds(await harness.requests()).search ?? 0).toBeGreaterThanOrEqual(1);
    expect(data.allTickets).toBeUndefined();
    expect(data.total).toBe(101);
    expect(data.counts.open + data.counts.closed).toBe(101);
    const next = await list(contact101, { filter: 'all', pageSize: 50, cursor: data.nextCursor });
    expect(next.allTickets).toBeUndefined();
  });

  it('the 100-ticket contact with a text filter (HubSpot decides what matches)', async () => {
    const [sample] = wholeList(await list(contact100, { filter: 'all' }));
    const word = String(sample?.subject).split(/\s+/)[0] as string;
    const data = await list(contact100, { filter: 'all', query: word });
    expect(data.tickets.length).toBeGreaterThan(0);
    expect(data.allTickets).toBeUndefined();
  });

  it('a company with contacts and includeContactTickets (a roll-up)', async () => {
    const data = await list(rollUpCompany, { filter: 'all', includeContactTickets: true });
    expect(data.rollUp?.addedTickets).toBeGreaterThan(0);
    expect(data.allTickets).toBeUndefined();
  });
});

describe('the first paint of a record with at most 100 tickets costs no more', () => {
  it('on a warm container: 2 HubSpot calls, the links and one batch read of all 100, no search', async () => {
    // Warm: pipelines, properties and owners cached by a first call.
    await list(contact100, paramsOf({ filter: 'open', sort: 'newest' }));
    for (const view of [
      { filter: 'open', sort: 'newest' },
      { filter: 'all', sort: 'priority', priorities: ['HIGH'], mine: true },
    ] satisfies CardView[]) {
      await harness.clearRequests();
      const data = await list(contact100, paramsOf(view));
      const log = await harness.requests();
      expect(wholeList(data)).toHaveLength(100);
      expect(log.total).toBe(2);
      expect(countKinds(log)).toEqual({ associationRead: 1, batchRead: 1 });
    }
  });
});
