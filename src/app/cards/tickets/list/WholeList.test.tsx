/**
 * A record the function sent whole (tickets_list's `allTickets`): the card answers tabs,
 * sorts, priority and "Assigned to me" filters and every page itself, applies its own
 * changes to the whole list, and asks the function only for what it cannot know (a text
 * filter, the roll-up switch, a user whose owner id is unknown, a reload).
 */
import {
  Button,
  Link,
  MultiSelect,
  SearchInput,
  Select,
  Text,
  Tile,
  Toggle,
} from '@hubspot/ui-extensions';
import type {
  FunctionResult,
  RecordType,
  TicketSummary,
  TicketsListData,
  TicketUpdateData,
} from '../../contract';
import {
  createFakeTicketsClient,
  deferred,
  type Deferred,
  type FakeTicketsClient,
} from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { CURRENT_USER, renderCard } from '../testing/renderCard';
import { WHOLE_LIST_FRESH_MS } from '../state/useTicketsList';
import { listData, ticket } from '../testing/ticketFixtures';

/** A fixed day in November 2026: orders must not hang on the clock between fixtures. */
function at(day: number): string {
  return new Date(Date.UTC(2026, 10, day, 12)).toISOString();
}

const ada = { id: '71', name: 'Ada Lovelace' };
const high = { value: 'HIGH', label: 'High' };
const low = { value: 'LOW', label: 'Low' };
const closedStage = { id: '4', label: 'Closed', state: 'CLOSED' as const };

/**
 * Open 1..12, newest first by number; updated in the other order (12 most recently).
 * 3, 6, 9, 12 are High, the rest Low; Ada owns 2, 5, 8, 11.
 */
const open: TicketSummary[] = Array.from({ length: 12 }, (_, i) => {
  const n = i + 1;
  return ticket(String(n), {
    createdAt: at(30 - n),
    updatedAt: at(n),
    priority: n % 3 === 0 ? high : low,
    owner: [2, 5, 8, 11].includes(n) ? ada : null,
  });
});

/** Closed 13..15, newest first by number; updated 14, 15, 13. Ada owns 14. No priority. */
const closed: TicketSummary[] = [
  { n: 13, updated: 20 },
  { n: 14, updated: 22 },
  { n: 15, updated: 21 },
].map(({ n, updated }) =>
  ticket(String(n), {
    stage: closedStage,
    createdAt: at(30 - n),
    updatedAt: at(updated),
    closedAt: at(updated),
    owner: n === 14 ? ada : null,
  }),
);

const all = [...open, ...closed];

function openTicket(n: number): TicketSummary {
  const found = open.find((t) => t.id === String(n));
  if (!found) throw new Error(`no open ticket ${n}`);
  return found;
}

/** Tile test ids for ticket ids. */
const tiles = (...ids: number[]) => ids.map((id) => `ticket-${id}`);

/** The first page of open tickets as the function answers it for a record read whole. */
function wholeAnswer(
  overrides: Partial<TicketsListData> = {},
  tickets: TicketSummary[] = all,
): FunctionResult<TicketsListData> {
  const openOnes = tickets.filter((t) => t.stage.state === 'OPEN');
  return listData(openOnes.slice(0, 5), {
    nextCursor: 'c2',
    total: openOnes.length,
    counts: { open: openOnes.length, closed: tickets.length - openOnes.length },
    allTickets: tickets,
    currentOwnerId: '71',
    ...overrides,
  });
}

/** What any call nobody expected gets: a row no local answer has, so it shows. */
const unexpected = listData([ticket('99', { subject: 'From an extra call' })]);

function updated(tickets: TicketSummary[]): FunctionResult<TicketUpdateData> {
  return {
    ok: true,
    data: { results: tickets.map((t) => ({ ticketId: t.id, ok: true as const })), tickets },
  };
}

type CardRenderer = ReturnType<typeof renderCard>['renderer'];

function rows(renderer: CardRenderer): unknown[] {
  return renderer.findAll(Tile).map((t) => t.props.testId);
}

function textOf(renderer: CardRenderer, testId: string): string | null | undefined {
  return renderer.maybeFindByTestId(Text, testId)?.text;
}

/** Lets anything queued (a reload after a change, a late answer) run before asserting. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

interface WholeSetup {
  client?: FakeTicketsClient;
  /** The first tickets_list answer. */
  first?: FunctionResult<TicketsListData>;
  /** The answers of the tickets_list calls the test expects, in order. */
  then?: (FunctionResult<TicketsListData> | Deferred<FunctionResult<TicketsListData>>)[];
  recordType?: RecordType;
}

/** The card on a record read whole, showing page 1 of the open tickets. */
async function renderWhole({
  client = createFakeTicketsClient(),
  first = wholeAnswer(),
  then = [],
  recordType = 'contacts',
}: WholeSetup = {}) {
  client.enqueue('tickets_list', first, ...then).always('tickets_list', unexpected);
  const card = renderCard(client, recordType);
  await card.renderer.waitFor(() => expect(rows(card.renderer)).toEqual(tiles(1, 2, 3, 4, 5)));
  return { ...card, client };
}

describe('a record sent whole', () => {
  it('pages forward and back from the whole list, with the one first call', async () => {
    const { renderer, client } = await renderWhole();
    expect(textOf(renderer, 'page-number')).toBe('Page 1 of 3');
    expect(textOf(renderer, 'total')).toBe('12 tickets');
    expect(textOf(renderer, 'counts')).toBe('Open 12 · Closed 3');

    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(6, 7, 8, 9, 10)));
    expect(textOf(renderer, 'page-number')).toBe('Page 2 of 3');
    expect(client.callsOf('tickets_list')).toHaveLength(1);

    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(11, 12)));
    expect(textOf(renderer, 'page-number')).toBe('Page 3 of 3');
    expect(renderer.findByTestId(Button, 'next-page').props.disabled).toBe(true);
    expect(textOf(renderer, 'total')).toBe('12 tickets');

    renderer.findByTestId(Button, 'prev-page').trigger('onClick');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(6, 7, 8, 9, 10)));
    expect(textOf(renderer, 'page-number')).toBe('Page 2 of 3');
    renderer.findByTestId(Button, 'prev-page').trigger('onClick');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(1, 2, 3, 4, 5)));
    expect(renderer.findByTestId(Button, 'prev-page').props.disabled).toBe(true);

    await settle();
    expect(client.callsOf('tickets_list')).toHaveLength(1);
  });

  it('asks HubSpot again once the whole list is older than a minute, then answers from the new one', async () => {
    const { renderer, client } = await renderWhole({
      then: [wholeAnswer({ nextCursor: null, total: 3 }, all)],
    });
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + WHOLE_LIST_FRESH_MS + 1);
    try {
      fire(renderer.findByTestId(Select, 'filter'), 'onChange', 'closed');
      await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(13, 14, 15)));
      expect(client.callsOf('tickets_list')).toHaveLength(2);
      expect(client.callsOf('tickets_list')[1]).toMatchObject({ filter: 'closed', cursor: null });

      // The list that came is fresh: the next change is the card's again.
      fire(renderer.findByTestId(Select, 'filter'), 'onChange', 'open');
      await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(1, 2, 3, 4, 5)));
      await settle();
      expect(client.callsOf('tickets_list')).toHaveLength(2);
    } finally {
      clock.mockRestore();
    }
  });

  it('answers a tab change and a sort change itself: rows in order, counts and total, no call', async () => {
    const { renderer, client } = await renderWhole();

    fire(renderer.findByTestId(Select, 'filter'), 'onChange', 'closed');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(13, 14, 15)));
    expect(textOf(renderer, 'total')).toBe('3 tickets');
    expect(textOf(renderer, 'counts')).toBe('Open 12 · Closed 3');
    expect(renderer.maybeFindByTestId(Text, 'page-number')).toBeNull();

    fire(renderer.findByTestId(Select, 'sort'), 'onChange', 'updated');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(14, 15, 13)));
    expect(textOf(renderer, 'total')).toBe('3 tickets');

    fire(renderer.findByTestId(Select, 'filter'), 'onChange', 'all');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(14, 15, 13, 12, 11)));
    expect(textOf(renderer, 'total')).toBe('15 tickets');
    expect(textOf(renderer, 'page-number')).toBe('Page 1 of 3');

    fire(renderer.findByTestId(Select, 'filter'), 'onChange', 'open');
    fire(renderer.findByTestId(Select, 'sort'), 'onChange', 'priority');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(3, 6, 9, 12, 1)));
    expect(textOf(renderer, 'total')).toBe('12 tickets');
    expect(textOf(renderer, 'counts')).toBe('Open 12 · Closed 3');

    await settle();
    expect(client.callsOf('tickets_list')).toHaveLength(1);
  });

  it('answers the priority filter and "Assigned to me" itself when the answer named the user\'s owner id', async () => {
    const { renderer, client } = await renderWhole();

    fire(renderer.findByTestId(MultiSelect, 'priority-filter'), 'onChange', ['HIGH']);
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(3, 6, 9, 12)));
    expect(textOf(renderer, 'counts')).toBe('Open 4 · Closed 0');
    expect(textOf(renderer, 'total')).toBe('4 tickets');
    expect(renderer.maybeFindByTestId(Text, 'page-number')).toBeNull();

    fire(renderer.findByTestId(MultiSelect, 'priority-filter'), 'onChange', []);
    fire(renderer.findByTestId(Toggle, 'assigned-to-me'), 'onChange', true);
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(2, 5, 8, 11)));
    expect(textOf(renderer, 'counts')).toBe('Open 4 · Closed 1');
    expect(textOf(renderer, 'total')).toBe('4 tickets');
    expect(renderer.findByTestId(Toggle, 'assigned-to-me').props.checked).toBe(true);

    fire(renderer.findByTestId(MultiSelect, 'priority-filter'), 'onChange', ['LOW']);
    fire(renderer.findByTestId(Select, 'filter'), 'onChange', 'closed');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual([]));
    expect(textOf(renderer, 'no-matches')).toBe('No tickets match these filters.');
    expect(textOf(renderer, 'counts')).toBe('Open 4 · Closed 0');

    await settle();
    expect(client.callsOf('tickets_list')).toHaveLength(1);
  });

  it('answers "Assigned to me" with no rows when HubSpot knows the user as no owner', async () => {
    const { renderer, client } = await renderWhole({
      first: wholeAnswer({ currentOwnerId: null }),
    });
    fire(renderer.findByTestId(Toggle, 'assigned-to-me'), 'onChange', true);
    await renderer.waitFor(() => expect(rows(renderer)).toEqual([]));
    expect(textOf(renderer, 'counts')).toBe('Open 0 · Closed 0');
    expect(textOf(renderer, 'total')).toBe('0 tickets');
    await settle();
    expect(client.callsOf('tickets_list')).toHaveLength(1);
  });

  it('asks the function for "Assigned to me" when the answer did not name the user\'s owner id', async () => {
    const { renderer, client } = await renderWhole({
      first: wholeAnswer({ currentOwnerId: undefined }),
      then: [listData([openTicket(2), openTicket(5)], { counts: { open: 2, closed: 0 } })],
    });
    fire(renderer.findByTestId(Toggle, 'assigned-to-me'), 'onChange', true);
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(2, 5)));
    expect(client.callsOf('tickets_list')).toHaveLength(2);
    expect(client.callsOf('tickets_list')[1]).toMatchObject({
      owner: 'me',
      currentUser: CURRENT_USER,
      cursor: null,
    });
    expect(textOf(renderer, 'counts')).toBe('Open 2 · Closed 0');
  });

  it("asks the function for a text filter, and pages that answer with the function's cursors", async () => {
    const { renderer, client } = await renderWhole({
      then: [
        listData([openTicket(1), openTicket(3), openTicket(5), openTicket(7), openTicket(9)], {
          nextCursor: 'r2',
          total: 6,
          counts: { open: 6, closed: 0 },
        }),
        listData([openTicket(11)], { nextCursor: null, total: 6, counts: { open: 6, closed: 0 } }),
      ],
    });

    fire(renderer.findByTestId(SearchInput, 'text-filter'), 'onChange', 'printer');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(1, 3, 5, 7, 9)));
    expect(client.callsOf('tickets_list')[1]).toMatchObject({ query: 'printer', cursor: null });
    expect(textOf(renderer, 'total')).toBe('6 tickets');
    expect(textOf(renderer, 'page-number')).toBe('Page 1 of 2');

    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(11)));
    expect(client.callsOf('tickets_list')).toHaveLength(3);
    expect(client.callsOf('tickets_list')[2]).toMatchObject({ query: 'printer', cursor: 'r2' });
    expect(textOf(renderer, 'page-number')).toBe('Page 2 of 2');
  });

  it("applies the card's own close to the whole list: the page refills at once, counts move, no reload", async () => {
    const three = openTicket(3);
    const closedThree: TicketSummary = { ...three, stage: closedStage, closedAt: at(29) };
    const { renderer, client } = await renderWhole({
      client: createFakeTicketsClient().enqueue('ticket_update', updated([closedThree])),
    });

    renderer.findByTestId(Button, 'close-3-confirm').trigger('onClick');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(1, 2, 4, 5, 6)));
    expect(textOf(renderer, 'counts')).toBe('Open 11 · Closed 4');
    expect(textOf(renderer, 'total')).toBe('11 tickets');
    expect(textOf(renderer, 'page-number')).toBe('Page 1 of 3');
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['3'], stageId: '4' },
    ]);
    await settle();
    expect(client.callsOf('tickets_list')).toHaveLength(1);
    expect(rows(renderer)).toEqual(tiles(1, 2, 4, 5, 6));

    // The closed ticket is in the whole list's Closed tab, newest first, still with no call.
    fire(renderer.findByTestId(Select, 'filter'), 'onChange', 'closed');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(3, 13, 14, 15)));
    expect(textOf(renderer, 'total')).toBe('4 tickets');
    await settle();
    expect(client.callsOf('tickets_list')).toHaveLength(1);
  });

  it('asks the function when the roll-up switch changes on a company', async () => {
    const { renderer, client } = await renderWhole({
      recordType: 'companies',
      then: [
        listData([ticket('40', { createdAt: at(30) }), openTicket(1)], {
          counts: { open: 2, closed: 0 },
          rollUp: { contacts: 2, addedTickets: 1, contactsLeftOut: 0 },
        }),
      ],
    });
    expect(client.callsOf('tickets_list')[0]).toMatchObject({
      recordType: 'companies',
      includeContactTickets: false,
    });

    fire(renderer.findByTestId(Toggle, 'rollup'), 'onChange', true);
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(40, 1)));
    expect(client.callsOf('tickets_list')).toHaveLength(2);
    expect(client.callsOf('tickets_list')[1]).toMatchObject({
      recordType: 'companies',
      includeContactTickets: true,
      cursor: null,
    });
    expect(textOf(renderer, 'counts')).toBe('Open 2 · Closed 0');
  });

  it('reloads a local page 2 from the start (cursor null) and stays on page 2 with the fresh rows', async () => {
    // Since the first answer, ticket 1 went elsewhere and ticket 7 was renamed.
    const fresh = all
      .filter((t) => t.id !== '1')
      .map((t) => (t.id === '7' ? { ...t, subject: 'Renamed elsewhere' } : t));
    const answer = deferred<FunctionResult<TicketsListData>>();
    const { renderer, client } = await renderWhole({ then: [answer] });

    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(6, 7, 8, 9, 10)));
    renderer.findByTestId(Button, 'refresh').trigger('onClick');
    await renderer.waitFor(() => expect(client.callsOf('tickets_list')).toHaveLength(2));
    expect(client.callsOf('tickets_list')[1]).toMatchObject({ cursor: null, filter: 'open' });
    // A quiet reload: the page stays on screen meanwhile.
    expect(rows(renderer)).toEqual(tiles(6, 7, 8, 9, 10));

    answer.resolve(wholeAnswer({}, fresh));
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(7, 8, 9, 10, 11)));
    expect(renderer.findByTestId(Link, 'ticket-7-subject').text).toBe('Renamed elsewhere');
    expect(textOf(renderer, 'page-number')).toBe('Page 2 of 3');
    expect(textOf(renderer, 'counts')).toBe('Open 11 · Closed 3');
    expect(textOf(renderer, 'total')).toBe('11 tickets');

    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(12)));
    await settle();
    expect(client.callsOf('tickets_list')).toHaveLength(2);
  });

  it('drops a function answer that arrives after a change the card answered itself', async () => {
    const late = deferred<FunctionResult<TicketsListData>>();
    const { renderer, client } = await renderWhole({ then: [late] });

    fire(renderer.findByTestId(SearchInput, 'text-filter'), 'onChange', 'printer');
    await renderer.waitFor(() => expect(client.callsOf('tickets_list')).toHaveLength(2));
    fire(renderer.findByTestId(SearchInput, 'text-filter'), 'onChange', '');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(1, 2, 3, 4, 5)));

    late.resolve(
      listData([ticket('98', { subject: 'Printer jam' })], { counts: { open: 1, closed: 0 } }),
    );
    await settle();
    await settle();
    expect(rows(renderer)).toEqual(tiles(1, 2, 3, 4, 5));
    expect(textOf(renderer, 'counts')).toBe('Open 12 · Closed 3');
    expect(textOf(renderer, 'total')).toBe('12 tickets');

    // Still the whole list: the next page needs no call.
    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() => expect(rows(renderer)).toEqual(tiles(6, 7, 8, 9, 10)));
    await settle();
    expect(client.callsOf('tickets_list')).toHaveLength(2);
  });
});
