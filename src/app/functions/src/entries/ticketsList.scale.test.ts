import { dataOf } from '../../../../../testkits/functionTestKit';
import { startFunctionHarness, type FunctionHarness } from '../../../../../testkits/testHarness';
import { SCALE_FACTS } from '../../../../../sandbox/src/seeds/demoFacts';
import { encodeCursor } from '../list/listCursor';

/**
 * A contact with more than 10,000 tickets: the list still answers every view from
 * search, and past HubSpot's 10,000-result search window it says so instead of failing.
 */

const TICKETS = 12_000;
let harness: FunctionHarness;

beforeAll(async () => {
  harness = await startFunctionHarness({ seed: `scale:${TICKETS}` });
  await harness.control.setConfig({ rateLimits: { tenSecondly: null, secondly: null } });
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

const contact = { type: 'contacts' as const, id: SCALE_FACTS.contactId };

it('counts and pages the tickets of a contact with 10,000+ of them', async () => {
  const first = dataOf(
    await harness.call('tickets_list', contact, { filter: 'all', pageSize: 50 }),
  );
  expect(first.tickets).toHaveLength(50);
  expect(first.counts.open + first.counts.closed).toBeGreaterThan(10_000);
  const second = dataOf(
    await harness.call('tickets_list', contact, {
      filter: 'all',
      pageSize: 50,
      cursor: first.nextCursor,
    }),
  );
  const ids = new Set([...first.tickets, ...second.tickets].map((ticket) => ticket.id));
  expect(ids.size).toBe(100);
});

it("says plainly when a view reaches the end of HubSpot's search window", async () => {
  const nearTheEnd = encodeCursor({
    v: 1,
    f: 'all',
    s: 'newest',
    r: false,
    g: 0,
    so: 9_980,
    mo: 0,
  });
  const data = dataOf(
    await harness.call('tickets_list', contact, {
      filter: 'all',
      pageSize: 50,
      cursor: nearTheEnd,
    }),
  );
  expect(data.tickets).toHaveLength(20);
  expect(data.nextCursor).toBeNull();
  expect(data.notice).toMatch(/10,000/);
});

it.each(['open', 'closed', 'all'] as const)(
  'keeps the %s counts right on a cursor at the 10,000-result cap',
  async (filter) => {
    const first = dataOf(await harness.call('tickets_list', contact, { filter, pageSize: 50 }));
    const atTheCap = encodeCursor({
      v: 1,
      f: filter,
      s: 'newest',
      r: false,
      g: 0,
      so: 10_000,
      mo: 0,
    });
    const data = dataOf(
      await harness.call('tickets_list', contact, { filter, pageSize: 50, cursor: atTheCap }),
    );
    expect(data.tickets).toEqual([]);
    expect(data.nextCursor).toBeNull();
    expect(data.counts).toEqual(first.counts);
    expect(data.counts.open).toBeGreaterThan(0);
  },
);
