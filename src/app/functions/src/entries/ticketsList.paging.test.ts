import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';
import type { TicketsListData } from '../../../cards/contract';

/**
 * Paging at the edges an off-by-one lives on: a count that is an exact multiple of the
 * page size (no empty page after the last full one, no "more" on it) and the last, short
 * page. Both list paths: a small record (read from its links) and the 300+ ticket
 * company (paged by search).
 */

const kit = useFunctionHarness({
  // Walking every page of 10 makes many searches; the portal's rate limit is not under test.
  prepare: async (harness) => {
    await harness.control.setConfig({ rateLimits: { tenSecondly: null, secondly: null } });
  },
});

async function everyPage(record: RecordRef, pageSize: number): Promise<TicketsListData[]> {
  const pages: TicketsListData[] = [];
  let cursor: string | null = null;
  do {
    const page: TicketsListData = dataOf(
      await kit.harness.call('tickets_list', record, {
        filter: 'all',
        sort: 'newest',
        pageSize,
        cursor,
      }),
    );
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 100);
  return pages;
}

/** Sizes of the pages a count splits into: full pages, then the rest (if any). */
function expectedSizes(count: number, pageSize: number): number[] {
  const sizes = Array<number>(Math.floor(count / pageSize)).fill(pageSize);
  return count % pageSize === 0 ? sizes : [...sizes, count % pageSize];
}

function expectPaged(pages: TicketsListData[], count: number, pageSize: number): void {
  expect(pages.map((page) => page.tickets.length)).toEqual(expectedSizes(count, pageSize));
  expect(pages.map((page) => page.nextCursor === null)).toEqual(
    pages.map((_page, index) => index === pages.length - 1),
  );
  const ids = pages.flatMap((page) => page.tickets.map((ticket) => ticket.id));
  expect(new Set(ids).size).toBe(count);
  for (const page of pages) expect(page.counts.open + page.counts.closed).toBe(count);
}

describe('a small record', () => {
  const contact = (): RecordRef => ({ type: 'contacts', id: kit.facts.smallContact.id });
  const count = (): number => kit.facts.smallContact.tickets.length;

  it('one page exactly as long as the count: no cursor on it', async () => {
    expectPaged(await everyPage(contact(), count()), count(), count());
  });

  it('one ticket per page: as many pages as tickets, the last without a cursor', async () => {
    const pages = await everyPage(contact(), 1);
    expectPaged(pages, count(), 1);
    expect(pages.flatMap((page) => page.tickets.map((ticket) => ticket.id)).sort()).toEqual(
      kit.facts.smallContact.tickets.map((ticket) => ticket.id).sort(),
    );
  });

  it('a page one shorter than the count: a last page of one', async () => {
    expectPaged(await everyPage(contact(), count() - 1), count(), count() - 1);
  });
});

describe('the 300+ ticket company, brought to an exact multiple of 50', () => {
  const company = (): RecordRef => ({ type: 'companies', id: kit.facts.largeCompany.id });
  let count: number;

  beforeAll(async () => {
    const first = dataOf(
      await kit.harness.call('tickets_list', company(), { filter: 'all', pageSize: 50 }),
    );
    const total = first.counts.open + first.counts.closed;
    const extra = total % 50;
    count = total - extra;
    // Unlink the extra tickets (from the first page): the count becomes a multiple of 50.
    const ticketIds = first.tickets.slice(0, extra).map((ticket) => ticket.id);
    if (ticketIds.length > 0) {
      dataOf(await kit.harness.call('ticket_unlink', company(), { ticketIds }));
    }
  });

  it.each([50, 25, 10])('pages of %i: full pages only, the last without a cursor', async (size) => {
    expectPaged(await everyPage(company(), size), count, size);
  });

  it('pages of 49: a short last page after the full ones', async () => {
    expect(count % 49).not.toBe(0);
    expectPaged(await everyPage(company(), 49), count, 49);
  });
});
