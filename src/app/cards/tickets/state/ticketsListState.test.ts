import { closedTicket, daysAgo, listData, ticket } from '../testing/ticketFixtures';
import {
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
    data: data([ticket('1'), ticket('2')]),
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
