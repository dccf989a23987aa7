import { closedTicket, listData, ticket } from '../testing/ticketFixtures';
import {
  initialListState,
  initialQuery,
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
    });
    state = ticketsListReducer(state, {
      type: 'requested',
      requestId: 2,
      query: { ...initialQuery, filter: 'all' },
    });
    state = ticketsListReducer(state, {
      type: 'loaded',
      requestId: 1,
      data: data([ticket('old')]),
    });
    expect(state.view).toEqual({ kind: 'loading', busy: false });
    state = ticketsListReducer(state, {
      type: 'failed',
      requestId: 1,
      error: { code: 'INTERNAL', message: 'x', retryable: true },
    });
    state = ticketsListReducer(state, { type: 'busy', requestId: 1 });
    expect(state.view).toEqual({ kind: 'loading', busy: false });
    state = ticketsListReducer(state, {
      type: 'loaded',
      requestId: 2,
      data: data([ticket('new')]),
    });
    expect(state.view).toMatchObject({ kind: 'ready', tickets: [{ id: 'new' }] });
  });

  it('puts added tickets on top once, counting each by its state', () => {
    const state = ticketsListReducer(ready(), {
      type: 'ticketsAdded',
      tickets: [ticket('3'), ticket('1'), closedTicket('4')],
    });
    expect(state.view).toMatchObject({
      kind: 'ready',
      tickets: [{ id: '3' }, { id: '1' }, { id: '2' }],
    });
    expect(state.meta?.counts).toEqual({ open: 3, closed: 1 });
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
    const state = ticketsListReducer(ready(), { type: 'ticketRemoved', ticketId: '2' });
    expect(state.view).toMatchObject({ kind: 'ready', tickets: [{ id: '1' }] });
    expect(state.meta?.counts).toEqual({ open: 1, closed: 0 });
  });
});
