import { closedTicket, daysAgo, listData, ticket } from '../testing/ticketFixtures';
import {
  answerLocally,
  initialListState,
  initialQuery,
  reloadNeed,
  ticketsListReducer,
  type ListState,
} from './ticketsListState';

function data(...args: Parameters<typeof listData>) {
  const result = listData(...args);
  if (!result.ok) throw new Error('fixture');
  return result.data;
}

const SAME_MOMENT = daysAgo(3);

function ready(): ListState {
  const requested = ticketsListReducer(initialListState, {
    type: 'requested',
    requestId: 1,
    query: initialQuery,
    quiet: false,
  });
  return ticketsListReducer(requested, {
    type: 'loaded',
    requestId: 1,
    // One instant for both: tickets created in the same moment tie, and ties go by id
    // (two daysAgo() calls a millisecond apart would order them by that millisecond).
    data: data([ticket('1', { createdAt: SAME_MOMENT }), ticket('2', { createdAt: SAME_MOMENT })]),
  });
}

describe('ticketsListReducer', () => {
  it('drops answers and failures for a request that is no longer the latest', () => {
    let state = ticketsListReducer(initialListState, {
      type: 'requested',
      requestId: 1,
      query: initialQuery,
      quiet: false,
    });
    state = ticketsListReducer(state, {
      type: 'requested',
      requestId: 2,
      query: { ...initialQuery, filter: 'all' },
      quiet: false,
    });
    state = ticketsListReducer(state, {
      type: 'loaded',
      requestId: 1,
      data: data([ticket('old')]),
    });
    expect(state.view).toEqual({ kind: 'loading', slow: false });
    state = ticketsListReducer(state, {
      type: 'failed',
      requestId: 1,
      error: { code: 'INTERNAL', message: 'x', retryable: true },
    });
    state = ticketsListReducer(state, {
      type: 'retrying',
      requestId: 1,
      retry: {
        error: { code: 'UNAVAILABLE', message: 'x', retryable: true },
        attempt: 1,
        delayMs: 5,
      },
    });
    state = ticketsListReducer(state, { type: 'slow', requestId: 1 });
    expect(state.view).toEqual({ kind: 'loading', slow: false });
    expect(state.retry).toBeNull();
    state = ticketsListReducer(state, {
      type: 'loaded',
      requestId: 2,
      data: data([ticket('new')]),
    });
    expect(state.view).toMatchObject({ kind: 'ready', tickets: [{ id: 'new' }] });
  });

  it('puts added tickets where the sort puts them, once, counting each by its state', () => {
    const state = ticketsListReducer(ready(), {
      type: 'ticketsAdded',
      tickets: [ticket('3', { createdAt: daysAgo(0) }), ticket('1'), closedTicket('4')],
    });
    expect(state.view).toMatchObject({
      kind: 'ready',
      tickets: [{ id: '3' }, { id: '1' }, { id: '2' }],
    });
    expect(state.meta?.counts).toEqual({ open: 3, closed: 1 });
    expect(state.meta?.total).toBe(3);
  });

  it('places an added ticket by the sort in use, e.g. oldest first at the end', () => {
    const oldest = ticketsListReducer(ready(), {
      type: 'requested',
      requestId: 2,
      query: { ...initialQuery, sort: 'oldest' },
      quiet: true,
    });
    const state = ticketsListReducer(oldest, {
      type: 'ticketsAdded',
      tickets: [ticket('3', { createdAt: daysAgo(0) })],
    });
    expect(state.view).toMatchObject({ tickets: [{ id: '1' }, { id: '2' }, { id: '3' }] });
  });

  it('keeps the tickets on screen during a quiet reload, and a failed one says so beside them', () => {
    let state = ticketsListReducer(ready(), {
      type: 'requested',
      requestId: 2,
      query: initialQuery,
      quiet: true,
    });
    expect(state.view).toMatchObject({ kind: 'ready', tickets: [{ id: '1' }, { id: '2' }] });
    const error = { code: 'FORBIDDEN' as const, message: 'No.', retryable: false };
    state = ticketsListReducer(state, { type: 'failed', requestId: 2, error });
    expect(state.view.kind).toBe('ready');
    expect(state.staleError).toEqual(error);
  });

  it('replaces updated tickets and drops those that left the filter', () => {
    const state = ticketsListReducer(ready(), {
      type: 'ticketsUpdated',
      tickets: [closedTicket('1'), ticket('2', { subject: 'Renamed' })],
    });
    expect(state.view).toMatchObject({ kind: 'ready', tickets: [{ id: '2', subject: 'Renamed' }] });
    expect(state.meta?.counts).toEqual({ open: 1, closed: 1 });
  });

  it('removes a ticket and its count', () => {
    const state = ticketsListReducer(ready(), { type: 'ticketsRemoved', ticketIds: ['2'] });
    expect(state.view).toMatchObject({ kind: 'ready', tickets: [{ id: '1' }] });
    expect(state.meta?.counts).toEqual({ open: 1, closed: 0 });
  });

  it('wants page 1 again after an add on a later page or under a search filter', () => {
    const before = ready();
    const onPage2 = { ...before, query: { ...before.query, cursors: [null, 'c2'] } };
    const added = { type: 'ticketsAdded' as const, tickets: [ticket('9')] };
    expect(reloadNeed(onPage2, ticketsListReducer(onPage2, added), added)).toBe('firstPage');
    const filtered = { ...before, query: { ...before.query, text: 'printer' } };
    expect(reloadNeed(filtered, ticketsListReducer(filtered, added), added)).toBe('firstPage');
    expect(reloadNeed(before, ticketsListReducer(before, added), added)).toBe('none');
  });

  it('wants the page refilled when it lost rows and more pages follow', () => {
    const start = ticketsListReducer(initialListState, {
      type: 'requested',
      requestId: 1,
      query: initialQuery,
      quiet: false,
    });
    const full = ticketsListReducer(start, {
      type: 'loaded',
      requestId: 1,
      data: data([ticket('1'), ticket('2')], { nextCursor: 'c2' }),
    });
    const closed = { type: 'ticketsUpdated' as const, tickets: [closedTicket('1')] };
    expect(reloadNeed(full, ticketsListReducer(full, closed), closed)).toBe('samePage');
    const last = ready();
    expect(reloadNeed(last, ticketsListReducer(last, closed), closed)).toBe('none');
  });
});

describe('a record held whole', () => {
  /** Fixed instants: the order must not hang on the clock between fixtures. */
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12)).toISOString();
  const ada = { id: '71', name: 'Ada Lovelace' };
  /** Open 1..11, newest first by number; Ada owns the even ones. */
  const eleven = Array.from({ length: 11 }, (_, i) =>
    ticket(String(i + 1), { createdAt: at(30 - i), owner: (i + 1) % 2 === 0 ? ada : null }),
  );
  const ids = (state: ListState) =>
    state.view.kind === 'ready' ? state.view.tickets.map((t) => t.id) : state.view.kind;

  /** Loaded from an answer carrying the whole list, then (locally) on the page of `cursors`. */
  function whole(
    cursors: (string | null)[] = [null],
    owner: { currentOwnerId?: string | null } = { currentOwnerId: '71' },
  ): ListState {
    const requested = ticketsListReducer(initialListState, {
      type: 'requested',
      requestId: 1,
      query: initialQuery,
      quiet: false,
    });
    const loaded = ticketsListReducer(requested, {
      type: 'loaded',
      requestId: 1,
      data: data(eleven.slice(0, 5), {
        nextCursor: 'c2',
        total: 11,
        counts: { open: 11, closed: 0 },
        allTickets: eleven,
        ...owner,
      }),
    });
    return ticketsListReducer(loaded, {
      type: 'localQuery',
      requestId: 2,
      query: { ...initialQuery, cursors },
    });
  }

  it('pages with cursors of its own, the last page with none', () => {
    const page1 = whole();
    expect(page1.local?.all).toHaveLength(11);
    expect(page1.view).toMatchObject({ kind: 'ready', nextCursor: 'local:5' });
    const page3 = whole([null, 'local:5', 'local:10']);
    expect(ids(page3)).toEqual(['11']);
    expect(page3.view).toMatchObject({ nextCursor: null });
    expect(page3.meta?.total).toBe(11);
    expect(page3.requestId).toBe(2);
  });

  it('answers locally only what the whole list can tell', () => {
    const { local } = whole();
    expect(answerLocally(local, initialQuery)?.view.tickets.map((t) => t.id)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(
      answerLocally(local, { ...initialQuery, mine: true })?.view.tickets.map((t) => t.id),
    ).toEqual(['2', '4', '6', '8', '10']);
    // The text filter is HubSpot's search's to decide.
    expect(answerLocally(local, { ...initialQuery, text: 'printer' })).toBeNull();
    // The list came without the contacts' tickets.
    expect(answerLocally(local, { ...initialQuery, includeContactTickets: true })).toBeNull();
    // A page of the function's own cursor.
    expect(answerLocally(local, { ...initialQuery, cursors: [null, 'c2'] })).toBeNull();
    expect(answerLocally(null, initialQuery)).toBeNull();
  });

  it('leaves "Assigned to me" to the function only when the owner id is not known', () => {
    const mine = { ...initialQuery, mine: true };
    expect(answerLocally(whole([null], {}).local, mine)).toBeNull();
    // Known as no owner: nothing is theirs.
    const none = answerLocally(whole([null], { currentOwnerId: null }).local, mine);
    expect(none?.view.tickets).toEqual([]);
    expect(none?.total).toBe(0);
    expect(none?.counts).toEqual({ open: 0, closed: 0 });
  });

  it('steps back to the last page there is when a change empties the last one, its cursors rebuilt', () => {
    const page3 = whole([null, 'local:5', 'local:10']);
    const close = { type: 'ticketsUpdated' as const, tickets: [closedTicket('11')] };
    const closed = ticketsListReducer(page3, close);
    expect(closed.query.cursors).toEqual([null, 'local:5']);
    expect(ids(closed)).toEqual(['6', '7', '8', '9', '10']);
    expect(closed.view).toMatchObject({ nextCursor: null });
    expect(closed.meta?.counts).toEqual({ open: 10, closed: 1 });
    expect(closed.meta?.total).toBe(10);
    expect(reloadNeed(page3, closed, close)).toBe('none');

    // Two pages at once: back to the first.
    const remove = {
      type: 'ticketsRemoved' as const,
      ticketIds: ['6', '7', '8', '9', '10', '11'],
    };
    const removed = ticketsListReducer(page3, remove);
    expect(removed.query.cursors).toEqual([null]);
    expect(ids(removed)).toEqual(['1', '2', '3', '4', '5']);
    expect(removed.view).toMatchObject({ nextCursor: null });
    expect(removed.meta?.total).toBe(5);
    expect(reloadNeed(page3, removed, remove)).toBe('none');
  });

  it('refills a page from the whole list when a ticket on it closes, the next page starting later', () => {
    const page1 = whole();
    const close = { type: 'ticketsUpdated' as const, tickets: [closedTicket('2')] };
    const closed = ticketsListReducer(page1, close);
    expect(ids(closed)).toEqual(['1', '3', '4', '5', '6']);
    expect(closed.query.cursors).toEqual([null]);
    expect(closed.meta?.counts).toEqual({ open: 10, closed: 1 });
    expect(closed.local?.all.find((t) => t.id === '2')?.stage.state).toBe('CLOSED');
    expect(reloadNeed(page1, closed, close)).toBe('none');
  });

  it('re-pages a reload of a local page from the whole list it brings, on the same page', () => {
    const page2 = whole([null, 'local:5']);
    const requested = ticketsListReducer(page2, {
      type: 'requested',
      requestId: 3,
      query: page2.query,
      quiet: true,
    });
    const fresh = eleven.filter((t) => t.id !== '1');
    const loaded = ticketsListReducer(requested, {
      type: 'loaded',
      requestId: 3,
      data: data(fresh.slice(0, 5), {
        nextCursor: 'c2',
        total: 10,
        allTickets: fresh,
        currentOwnerId: '71',
      }),
    });
    expect(loaded.query.cursors).toEqual([null, 'local:5']);
    expect(ids(loaded)).toEqual(['7', '8', '9', '10', '11']);
    expect(loaded.view).toMatchObject({ nextCursor: null });
    expect(loaded.meta?.total).toBe(10);
  });

  it('takes an answer without the whole list after a local cursor as page 1, with its cursors', () => {
    const page2 = whole([null, 'local:5']);
    const requested = ticketsListReducer(page2, {
      type: 'requested',
      requestId: 3,
      query: page2.query,
      quiet: true,
    });
    const firstFive = eleven.slice(0, 5);
    const loaded = ticketsListReducer(requested, {
      type: 'loaded',
      requestId: 3,
      data: data(firstFive, { nextCursor: 'c2', total: 11, counts: { open: 11, closed: 0 } }),
    });
    expect(loaded.query.cursors).toEqual([null]);
    expect(loaded.local).toBeNull();
    expect(ids(loaded)).toEqual(['1', '2', '3', '4', '5']);
    expect(loaded.view).toMatchObject({ nextCursor: 'c2' });
  });

  it('drops an answer to a load that a local answer replaced', () => {
    const page1 = whole();
    const asked = ticketsListReducer(page1, {
      type: 'requested',
      requestId: 3,
      query: { ...initialQuery, text: 'printer' },
      quiet: false,
    });
    const local = ticketsListReducer(asked, {
      type: 'localQuery',
      requestId: 4,
      query: initialQuery,
    });
    expect(ids(local)).toEqual(['1', '2', '3', '4', '5']);
    const late = ticketsListReducer(local, {
      type: 'loaded',
      requestId: 3,
      data: data([ticket('98', { subject: 'Printer jam' })]),
    });
    expect(late).toBe(local);
  });
});
