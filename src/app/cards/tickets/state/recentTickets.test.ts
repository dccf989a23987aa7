import {
  recentTicketIds,
  rememberTickets,
  RECENT_TICKETS_MAX,
  RECENT_TICKETS_TTL_MS,
  type RecentTicket,
} from './recentTickets';

const T0 = Date.parse('2026-01-01T12:00:00Z');

describe('the recently changed tickets the card sends with each list call', () => {
  it('lists the latest change first and each ticket once', () => {
    let list: RecentTicket[] = [];
    list = rememberTickets(list, ['11', '12'], T0);
    list = rememberTickets(list, ['13'], T0 + 1_000);
    list = rememberTickets(list, ['11'], T0 + 2_000);
    expect(recentTicketIds(list, T0 + 3_000)).toEqual(['11', '13', '12']);
  });

  it('forgets a change after two minutes', () => {
    let list = rememberTickets([], ['11'], T0);
    list = rememberTickets(list, ['12'], T0 + 60_000);
    expect(recentTicketIds(list, T0 + RECENT_TICKETS_TTL_MS + 1)).toEqual(['12']);
    expect(recentTicketIds(list, T0 + 60_000 + RECENT_TICKETS_TTL_MS + 1)).toEqual([]);
  });

  it('keeps at most 20, dropping the oldest', () => {
    let list: RecentTicket[] = [];
    for (let index = 1; index <= 25; index += 1) {
      list = rememberTickets(list, [String(index)], T0 + index);
    }
    const ids = recentTicketIds(list, T0 + 30);
    expect(ids).toHaveLength(RECENT_TICKETS_MAX);
    expect(ids[0]).toBe('25');
    expect(ids).not.toContain('5');
  });

  it('never keeps an id the function would refuse', () => {
    const list = rememberTickets([], ['12', '', '0', 'abc', '12'], T0);
    expect(recentTicketIds(list, T0)).toEqual(['12']);
  });
});
