import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';
import { DEMO_FACTS } from '../../../../../sandbox/src/seeds/demoFacts';
import type {
  TicketFilter,
  TicketSort,
  TicketSummary,
  TicketsListData,
} from '../../../cards/contract';
import { linkedTruth, sortKey, type TruthTicket } from '../../../../../testkits/ticketsListTruth';

const kit = useFunctionHarness({
  async prepare(harness) {
    // Paging through 300+ tickets in every view is many searches: not what is tested here.
    await harness.control.setConfig({ rateLimits: { tenSecondly: null, secondly: null } });
  },
});

const FILTERS: TicketFilter[] = ['open', 'closed', 'all'];
const SORTS: TicketSort[] = ['newest', 'oldest', 'updated', 'priority'];

function wanted(truth: TruthTicket[], filter: TicketFilter): string[] {
  return truth
    .filter(
      (ticket) => filter === 'all' || ticket.state === (filter === 'open' ? 'OPEN' : 'CLOSED'),
    )
    .map((ticket) => ticket.id)
    .sort();
}

/** Every page of a view, following the cursors. */
async function everyPage(
  record: RecordRef,
  params: Record<string, unknown>,
): Promise<{ tickets: TicketSummary[]; first: TicketsListData; pages: number }> {
  const first = dataOf(await kit.harness.call('tickets_list', record, params));
  const tickets = [...first.tickets];
  let cursor = first.nextCursor;
  let pages = 1;
  while (cursor) {
    const next = dataOf(await kit.harness.call('tickets_list', record, { ...params, cursor }));
    tickets.push(...next.tickets);
    cursor = next.nextCursor;
    pages += 1;
    if (pages > 100) throw new Error('the cursor never ends');
  }
  return { tickets, first, pages };
}

function expectSorted(sort: TicketSort, tickets: TicketSummary[]): void {
  for (let index = 1; index < tickets.length; index += 1) {
    const before = tickets[index - 1] as TicketSummary;
    const after = tickets[index] as TicketSummary;
    expect(sortKey(sort, before)).toBeGreaterThanOrEqual(sortKey(sort, after));
  }
}

describe.each([
  [
    'a contact with a few tickets',
    (): RecordRef => ({ type: 'contacts', id: kit.facts.smallContact.id }),
  ],
  [
    'a company with a few tickets',
    (): RecordRef => ({ type: 'companies', id: kit.facts.smallCompany.id }),
  ],
  [
    'the company with 300+ tickets',
    (): RecordRef => ({ type: 'companies', id: kit.facts.largeCompany.id }),
  ],
])('tickets_list on %s', (_name, recordOf) => {
  let truth: TruthTicket[];
  beforeAll(async () => {
    truth = await linkedTruth(kit.harness.sandbox.url, recordOf());
  });

  it.each(FILTERS.flatMap((filter) => SORTS.map((sort) => [filter, sort] as const)))(
    "lists exactly the record's %s tickets, sorted by %s, across all pages",
    async (filter, sort) => {
      const { tickets, first, pages } = await everyPage(recordOf(), { filter, sort, pageSize: 50 });
      const ids = tickets.map((ticket) => ticket.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(wanted(truth, filter));
      expectSorted(sort, tickets);
      expect(first.counts).toEqual({
        open: wanted(truth, 'open').length,
        closed: wanted(truth, 'closed').length,
      });
      expect(pages).toBeGreaterThanOrEqual(Math.ceil(ids.length / 50));
      for (const ticket of tickets) {
        expect(ticket.stage.state).toBe(truth.find((one) => one.id === ticket.id)?.state);
      }
    },
  );
});

describe('tickets_list paging', () => {
  it('pages the 300+ ticket company 10 at a time without gaps or repeats', async () => {
    const record: RecordRef = { type: 'companies', id: kit.facts.largeCompany.id };
    const { tickets, pages } = await everyPage(record, { filter: 'all', sort: 'newest' });
    expect(tickets.length).toBeGreaterThanOrEqual(300);
    expect(new Set(tickets.map((ticket) => ticket.id)).size).toBe(tickets.length);
    expect(pages).toBe(Math.ceil(tickets.length / 10));
  });

  it('refuses a cursor made for another filter', async () => {
    const record: RecordRef = { type: 'companies', id: kit.facts.largeCompany.id };
    const first = dataOf(await kit.harness.call('tickets_list', record, { filter: 'open' }));
    const result = await kit.harness.call('tickets_list', record, {
      filter: 'closed',
      cursor: first.nextCursor,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: [{ field: 'cursor' }] },
    });
  });

  it('answers with summaries the card can show as they are', async () => {
    const record: RecordRef = { type: 'contacts', id: kit.facts.smallContact.id };
    const data = dataOf(
      await kit.harness.call('tickets_list', record, { filter: 'all', portalId: 123 }),
    );
    const ticket = data.tickets[0] as TicketSummary;
    expect(ticket.url).toBe(`https://app.hubspot.com/contacts/123/record/0-5/${ticket.id}`);
    expect(data.pipelines.find((pipeline) => pipeline.id === ticket.pipeline.id)?.label).toBe(
      ticket.pipeline.label,
    );
    expect(data.priorities.map((option) => option.value)).toEqual(
      expect.arrayContaining(['LOW', 'MEDIUM', 'HIGH', 'URGENT']),
    );
    expect(Date.parse(ticket.createdAt)).not.toBeNaN();
  });
});

describe('tickets_list company roll-up', () => {
  const company: RecordRef = { type: 'companies', id: DEMO_FACTS.companyWithContactTickets };

  it("adds the contacts' own tickets once each, marked with their contact", async () => {
    const own = await linkedTruth(kit.harness.sandbox.url, company);
    const plain = await everyPage(company, { filter: 'all', pageSize: 50 });
    const rolled = await everyPage(company, {
      filter: 'all',
      pageSize: 50,
      includeContactTickets: true,
    });
    const ids = rolled.tickets.map((ticket) => ticket.id);
    expect(new Set(ids).size).toBe(ids.length);
    const viaContact = rolled.tickets.filter((ticket) => ticket.viaContact);
    expect(viaContact.length).toBeGreaterThan(0);
    const ownIds = new Set(own.map((ticket) => ticket.id));
    for (const ticket of viaContact) {
      expect(ownIds.has(ticket.id)).toBe(false);
      expect(ticket.viaContact?.name).toEqual(expect.any(String));
    }
    expect(rolled.tickets.length).toBe(plain.tickets.length + viaContact.length);
    expect(rolled.first.counts.open + rolled.first.counts.closed).toBe(rolled.tickets.length);
  });

  it.each(SORTS)(
    'rolls up the 300+ ticket company too, sorted by %s, each ticket once',
    async (sort) => {
      const large: RecordRef = { type: 'companies', id: kit.facts.largeCompany.id };
      const own = await linkedTruth(kit.harness.sandbox.url, large);
      const rolled = await everyPage(large, {
        filter: 'all',
        sort,
        pageSize: 50,
        includeContactTickets: true,
      });
      const ids = rolled.tickets.map((ticket) => ticket.id);
      expect(new Set(ids).size).toBe(ids.length);
      expectSorted(sort, rolled.tickets);
      const ownIds = new Set(own.map((ticket) => ticket.id));
      const viaContact = rolled.tickets.filter((ticket) => ticket.viaContact);
      expect(viaContact.every((ticket) => !ownIds.has(ticket.id))).toBe(true);
      expect(ids.length).toBe(own.length + viaContact.length);
      expect(rolled.first.counts.open + rolled.first.counts.closed).toBe(ids.length);
    },
  );

  it('refuses a plain cursor in the roll-up view', async () => {
    const first = dataOf(
      await kit.harness.call('tickets_list', company, { filter: 'all', pageSize: 1 }),
    );
    const result = await kit.harness.call('tickets_list', company, {
      filter: 'all',
      pageSize: 1,
      includeContactTickets: true,
      cursor: first.nextCursor,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
