import type { TicketFilter, TicketSort, TicketState, TicketSummary } from './contract';
import {
  countStates,
  matchesExactNarrowing,
  pageInMemory,
  type ExactNarrowing,
  type InMemoryQuery,
} from './listInMemory';
import { compareTickets } from './ticketOrder';

/**
 * The whole list in memory: the one implementation of tickets_list's exact mode and of the
 * card's own answers on a record read whole. Specified on a hand-made list whose orders are
 * worked out by hand below, so a wrong filter, sort, narrowing, count or page shows.
 */

interface Row {
  id: string;
  state: TicketState;
  priority: string | null;
  owner: string | null;
  /** Month-day in 2026, at 09:00 UTC. */
  created: string;
  updated: string;
}

const ROWS: Row[] = [
  { id: '1', state: 'OPEN', priority: 'HIGH', owner: 'o1', created: '01-05', updated: '02-01' },
  { id: '2', state: 'CLOSED', priority: 'LOW', owner: 'o2', created: '01-02', updated: '03-01' },
  { id: '3', state: 'OPEN', priority: null, owner: null, created: '01-07', updated: '01-07' },
  { id: '4', state: 'OPEN', priority: 'URGENT', owner: 'o1', created: '01-03', updated: '01-20' },
  { id: '5', state: 'CLOSED', priority: 'HIGH', owner: 'o1', created: '01-07', updated: '01-08' },
  // A portal's own priority value: ranks below LOW, above none.
  { id: '6', state: 'OPEN', priority: 'P0', owner: 'o2', created: '01-01', updated: '04-01' },
  { id: '7', state: 'OPEN', priority: 'MEDIUM', owner: null, created: '01-06', updated: '01-06' },
  // 9 and 10 tie on both dates: HubSpot breaks ties by id as a number (9 before 10).
  { id: '9', state: 'OPEN', priority: 'LOW', owner: 'o1', created: '01-08', updated: '02-15' },
  { id: '10', state: 'OPEN', priority: 'HIGH', owner: 'o2', created: '01-08', updated: '02-15' },
];

const LABELS: Record<string, string> = {
  HIGH: 'High',
  LOW: 'Low',
  URGENT: 'Urgent',
  MEDIUM: 'Medium',
  P0: 'P0 (custom)',
};

function summary(row: Row): TicketSummary {
  const closed = row.state === 'CLOSED';
  return {
    id: row.id,
    subject: `Ticket ${row.id}`,
    pipeline: { id: '0', label: 'Support Pipeline' },
    stage: closed
      ? { id: '4', label: 'Closed', state: 'CLOSED' }
      : { id: '1', label: 'New', state: 'OPEN' },
    priority: row.priority ? { value: row.priority, label: LABELS[row.priority] ?? '' } : null,
    categories: [],
    createdAt: `2026-${row.created}T09:00:00.000Z`,
    updatedAt: `2026-${row.updated}T09:00:00.000Z`,
    closedAt: closed ? `2026-${row.updated}T09:00:00.000Z` : null,
    url: null,
    owner: row.owner ? { id: row.owner, name: `Owner ${row.owner}` } : null,
    labels: [],
  };
}

const ALL: readonly TicketSummary[] = ROWS.map(summary);

function query(overrides: Partial<InMemoryQuery> = {}): InMemoryQuery {
  return { filter: 'all', sort: 'newest', narrowing: {}, offset: 0, pageSize: 50, ...overrides };
}

function idsOf(tickets: readonly TicketSummary[]): string[] {
  return tickets.map((ticket) => ticket.id);
}

function pageIds(overrides: Partial<InMemoryQuery>): string[] {
  return idsOf(pageInMemory(ALL, query(overrides)).tickets);
}

describe('pageInMemory: the tab', () => {
  it.each<[TicketFilter, string[]]>([
    ['open', ['9', '10', '3', '7', '1', '4', '6']],
    ['closed', ['5', '2']],
    ['all', ['9', '10', '3', '5', '7', '1', '4', '2', '6']],
  ])('%s lists exactly the tickets in that state, newest first', (filter, expected) => {
    expect(pageIds({ filter })).toEqual(expected);
  });

  it.each<[TicketFilter, number]>([
    ['open', 7],
    ['closed', 2],
    ['all', 9],
  ])(
    '%s: total is the tickets of that tab; counts are both tabs whatever the tab',
    (filter, total) => {
      const page = pageInMemory(ALL, query({ filter }));
      expect(page.total).toBe(total);
      expect(page.counts).toEqual({ open: 7, closed: 2 });
    },
  );
});

describe('pageInMemory: the sort (compareTickets of ticketOrder)', () => {
  it.each<[TicketSort, string[]]>([
    // Created, newest first; 9 before 10 and 3 before 5 (same instant: by id as a number).
    ['newest', ['9', '10', '3', '5', '7', '1', '4', '2', '6']],
    ['oldest', ['6', '2', '4', '1', '7', '3', '5', '9', '10']],
    // Last modified, newest first.
    ['updated', ['6', '2', '9', '10', '1', '4', '5', '3', '7']],
    // URGENT > HIGH > MEDIUM > LOW > a portal's own (P0) > none, each newest first.
    ['priority', ['4', '10', '5', '1', '7', '9', '2', '6', '3']],
  ])('%s orders the list as specified', (sort, expected) => {
    expect(pageIds({ sort })).toEqual(expected);
    // The same comparator the function's search-based lists merge with.
    expect(idsOf([...ALL].sort(compareTickets(sort)))).toEqual(expected);
  });

  it.each<TicketSort>(['newest', 'oldest', 'updated', 'priority'])(
    '%s gives the same order whatever order the list comes in',
    (sort) => {
      const reversed = [...ALL].reverse();
      const rotated = [...ALL.slice(4), ...ALL.slice(0, 4)];
      const expected = pageIds({ sort });
      expect(idsOf(pageInMemory(reversed, query({ sort })).tickets)).toEqual(expected);
      expect(idsOf(pageInMemory(rotated, query({ sort })).tickets)).toEqual(expected);
    },
  );

  it('sorts within the tab: the closed tab by priority', () => {
    expect(pageIds({ filter: 'closed', sort: 'priority' })).toEqual(['5', '2']);
  });

  it('leaves the list it was given as it was', () => {
    const list = [...ALL];
    const before = idsOf(list);
    pageInMemory(list, query({ sort: 'priority', filter: 'open' }));
    expect(idsOf(list)).toEqual(before);
  });
});

describe('pageInMemory: the priority filter', () => {
  it('lists only tickets of the chosen priorities; counts and total over them alone', () => {
    const page = pageInMemory(
      ALL,
      query({ filter: 'open', sort: 'priority', narrowing: { priorities: ['HIGH', 'URGENT'] } }),
    );
    expect(idsOf(page.tickets)).toEqual(['4', '10', '1']);
    expect(page.total).toBe(3);
    // Ticket 5 (HIGH, closed) is counted on the closed tab, not listed on the open one.
    expect(page.counts).toEqual({ open: 3, closed: 1 });
  });

  it("matches a portal's own priority value", () => {
    expect(pageIds({ narrowing: { priorities: ['P0'] } })).toEqual(['6']);
  });

  it('never lists a ticket without priority for a chosen priority', () => {
    const ids = pageIds({ narrowing: { priorities: ['LOW', 'MEDIUM', 'HIGH', 'URGENT', 'P0'] } });
    expect(ids).not.toContain('3');
    expect(ids).toHaveLength(8);
  });

  it('a priority no ticket has: nothing, zero counts', () => {
    const page = pageInMemory(ALL, query({ narrowing: { priorities: ['BLOCKER'] } }));
    expect(page).toEqual({
      tickets: [],
      counts: { open: 0, closed: 0 },
      total: 0,
      nextOffset: null,
    });
  });
});

describe('pageInMemory: the owner filter ("Assigned to me")', () => {
  it("lists only that owner's tickets; counts and total over them alone", () => {
    const page = pageInMemory(ALL, query({ filter: 'closed', narrowing: { ownerId: 'o1' } }));
    expect(idsOf(page.tickets)).toEqual(['5']);
    expect(page.total).toBe(1);
    expect(page.counts).toEqual({ open: 3, closed: 1 });
    expect(pageIds({ filter: 'open', narrowing: { ownerId: 'o1' } })).toEqual(['9', '1', '4']);
  });

  it("ownerId '' (a user who owns nothing in HubSpot) matches none, not the unassigned", () => {
    for (const filter of ['open', 'closed', 'all'] as const) {
      expect(pageInMemory(ALL, query({ filter, narrowing: { ownerId: '' } }))).toEqual({
        tickets: [],
        counts: { open: 0, closed: 0 },
        total: 0,
        nextOffset: null,
      });
    }
  });

  it('combines with the priority filter: tickets matching both', () => {
    const page = pageInMemory(ALL, query({ narrowing: { ownerId: 'o1', priorities: ['HIGH'] } }));
    expect(idsOf(page.tickets)).toEqual(['5', '1']);
    expect(page.counts).toEqual({ open: 1, closed: 1 });
    expect(page.total).toBe(2);
  });
});

describe('pageInMemory: pages', () => {
  it('walks the list page by page: each page where the last ended, the last without a next', () => {
    const first = pageInMemory(ALL, query({ pageSize: 4 }));
    expect(idsOf(first.tickets)).toEqual(['9', '10', '3', '5']);
    expect(first.nextOffset).toBe(4);
    const second = pageInMemory(ALL, query({ pageSize: 4, offset: 4 }));
    expect(idsOf(second.tickets)).toEqual(['7', '1', '4', '2']);
    expect(second.nextOffset).toBe(8);
    const last = pageInMemory(ALL, query({ pageSize: 4, offset: 8 }));
    expect(idsOf(last.tickets)).toEqual(['6']);
    expect(last.nextOffset).toBeNull();
    // Every page says the same counts and total: they are over the list, not the page.
    for (const page of [first, second, last]) {
      expect(page.counts).toEqual({ open: 7, closed: 2 });
      expect(page.total).toBe(9);
    }
  });

  it('a last page exactly full has no next (no empty page after it)', () => {
    const last = pageInMemory(ALL, query({ pageSize: 3, offset: 6 }));
    expect(idsOf(last.tickets)).toEqual(['4', '2', '6']);
    expect(last.nextOffset).toBeNull();
    expect(pageInMemory(ALL, query({ pageSize: 3, offset: 3 })).nextOffset).toBe(6);
    expect(pageInMemory(ALL, query({ pageSize: 9 })).nextOffset).toBeNull();
    expect(pageInMemory(ALL, query({ pageSize: 8 })).nextOffset).toBe(8);
  });

  it('pages the narrowed tab, not the whole list', () => {
    const narrowing: ExactNarrowing = { ownerId: 'o1' };
    const first = pageInMemory(ALL, query({ filter: 'open', narrowing, pageSize: 2 }));
    expect(idsOf(first.tickets)).toEqual(['9', '1']);
    expect(first.nextOffset).toBe(2);
    const last = pageInMemory(ALL, query({ filter: 'open', narrowing, pageSize: 2, offset: 2 }));
    expect(idsOf(last.tickets)).toEqual(['4']);
    expect(last.nextOffset).toBeNull();
  });

  it.each([9, 20])(
    'an offset at or past the end (%i): no tickets, no next, counts and total still right',
    (offset) => {
      expect(pageInMemory(ALL, query({ pageSize: 4, offset }))).toEqual({
        tickets: [],
        counts: { open: 7, closed: 2 },
        total: 9,
        nextOffset: null,
      });
    },
  );

  it('an empty list: one empty page', () => {
    expect(pageInMemory([], query({ filter: 'open', pageSize: 5 }))).toEqual({
      tickets: [],
      counts: { open: 0, closed: 0 },
      total: 0,
      nextOffset: null,
    });
  });

  it('hands back the summaries as they are', () => {
    const [first] = pageInMemory(ALL, query()).tickets;
    expect(first).toBe(ALL.find((ticket) => ticket.id === '9'));
  });
});

describe('matchesExactNarrowing', () => {
  const byId = (id: string): TicketSummary => {
    const found = ALL.find((ticket) => ticket.id === id);
    if (!found) throw new Error(`no ticket ${id}`);
    return found;
  };

  it('no narrowing matches every ticket', () => {
    expect(ALL.every((ticket) => matchesExactNarrowing(ticket, {}))).toBe(true);
  });

  it.each<[string, ExactNarrowing, boolean]>([
    ['1', { ownerId: 'o1' }, true],
    ['2', { ownerId: 'o1' }, false],
    ['3', { ownerId: 'o1' }, false],
    ['3', { ownerId: '' }, false],
    ['1', { ownerId: '' }, false],
    ['1', { priorities: ['HIGH'] }, true],
    ['1', { priorities: ['LOW', 'URGENT'] }, false],
    ['3', { priorities: ['LOW'] }, false],
    ['1', { ownerId: 'o1', priorities: ['HIGH'] }, true],
    ['1', { ownerId: 'o2', priorities: ['HIGH'] }, false],
    ['10', { ownerId: 'o1', priorities: ['HIGH'] }, false],
  ])('ticket %s with %j: %s', (id, narrowing, expected) => {
    expect(matchesExactNarrowing(byId(id), narrowing)).toBe(expected);
  });
});

describe('countStates', () => {
  it('counts open and closed tickets', () => {
    expect(countStates(ALL)).toEqual({ open: 7, closed: 2 });
    expect(countStates(ALL.filter((ticket) => ticket.stage.state === 'CLOSED'))).toEqual({
      open: 0,
      closed: 2,
    });
    expect(countStates([])).toEqual({ open: 0, closed: 0 });
  });
});
