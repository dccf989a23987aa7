import { readCrmFacts, type CrmFacts } from '../../../../../testkits/crmFacts';
import { dataOf, uniqueCreate } from '../../../../../testkits/functionTestKit';
import {
  HARNESS_TOKEN,
  startFunctionHarness,
  type FunctionHarness,
  type RecordRef,
} from '../../../../../testkits/testHarness';
import type { TicketsListData, TicketsListParams } from '../../../cards/contract';
import { linkedTruth } from '../../../../../testkits/ticketsListTruth';

/**
 * The card's `recentTicketIds` hints keep a search-based list right after a write even
 * when the write ran in another container (a cold start in between: nothing is shared
 * but the hint). The search index is 60 s behind, so without the hint the list would show
 * the index's old state. Every test gets a fresh portal, so the truth read straight from
 * the sandbox is what each list must show.
 */

let harness: FunctionHarness;
let facts: CrmFacts;
let company: RecordRef;

beforeEach(async () => {
  harness = await startFunctionHarness({ config: { indexLagMs: 60_000 } });
  // Whole-list walks make many searches; the portal's rate limit is not under test here.
  await harness.control.setConfig({ rateLimits: { tenSecondly: null, secondly: null } });
  // The hints are under test here, not the portal's required properties (their own tests).
  await harness.control.clearValidationRules();
  facts = await readCrmFacts(harness.sandbox.url, HARNESS_TOKEN);
  company = { type: 'companies', id: facts.largeCompany.id };
});

afterEach(async () => {
  await harness?.close();
});

type ListOptions = Partial<Omit<TicketsListParams, 'recordType'>>;

async function list(options: ListOptions): Promise<TicketsListData> {
  return dataOf(await harness.call('tickets_list', company, options));
}

/** Every page of a view, the hints sent with each, as the card pages. */
async function walk(options: ListOptions): Promise<{ ids: string[]; first: TicketsListData }> {
  const first = await list({ ...options, pageSize: 50 });
  const ids = first.tickets.map((ticket) => ticket.id);
  let cursor = first.nextCursor;
  while (cursor) {
    const page = await list({ ...options, pageSize: 50, cursor });
    ids.push(...page.tickets.map((ticket) => ticket.id));
    cursor = page.nextCursor;
  }
  return { ids, first };
}

async function truthNow(): Promise<{ ids: string[]; open: number; closed: number }> {
  const truth = await linkedTruth(harness.sandbox.url, company);
  const open = truth.filter((ticket) => ticket.state === 'OPEN').length;
  return { ids: truth.map((ticket) => ticket.id).sort(), open, closed: truth.length - open };
}

/** The whole list (filter all) holds exactly the linked tickets, and counts them right. */
async function expectWholeListTrue(recentTicketIds: string[]): Promise<void> {
  const truth = await truthNow();
  const { ids, first } = await walk({ filter: 'all', sort: 'newest', recentTicketIds });
  expect([...ids].sort()).toEqual(truth.ids);
  expect(first.counts).toEqual({ open: truth.open, closed: truth.closed });
}

function openStage(): string {
  const pipeline = facts.pipelines[0] as { id: string };
  return facts.stageOf(pipeline.id, 'OPEN');
}

describe('tickets_list with recentTicketIds, the write made in another container', () => {
  it('shows a ticket created elsewhere first and counts it', async () => {
    const before = await list({ filter: 'open', sort: 'newest' });
    const created = dataOf(
      await harness.call('ticket_create', company, {
        ...uniqueCreate('Elsewhere'),
        pipelineId: (facts.pipelines[0] as { id: string }).id,
        stageId: openStage(),
        // The demo portal's rule: a new ticket needs a category.
        categories: ['GENERAL_INQUIRY'],
        // The top priority: the newest ticket of it leads the priority sort as well.
        priority: 'URGENT',
      }),
    ).ticket;
    harness.runtime.coldStart();
    const hinted = [created.id];
    for (const sort of ['newest', 'updated', 'priority'] as const) {
      const after = await list({ filter: 'open', sort, recentTicketIds: hinted });
      expect([sort, after.tickets[0]?.id]).toEqual([sort, created.id]);
      expect(after.counts).toEqual({ open: before.counts.open + 1, closed: before.counts.closed });
    }
    await expectWholeListTrue(hinted);
  });

  it('without the hint, a cold container still shows the index as it was (the lag is real)', async () => {
    const before = await list({ filter: 'open', sort: 'newest' });
    dataOf(
      await harness.call('ticket_create', company, {
        ...uniqueCreate('Unhinted'),
        pipelineId: (facts.pipelines[0] as { id: string }).id,
        stageId: openStage(),
        categories: ['GENERAL_INQUIRY'],
      }),
    );
    harness.runtime.coldStart();
    const after = await list({ filter: 'open', sort: 'newest' });
    expect(after.counts).toEqual(before.counts);
  });

  it('includes a ticket linked elsewhere', async () => {
    const ticketId = facts.unlinkedTicket.id;
    dataOf(await harness.call('tickets_link', company, { ticketIds: [ticketId] }));
    harness.runtime.coldStart();
    await expectWholeListTrue([ticketId]);
  });

  it('moves a ticket closed elsewhere from the open view to the closed one', async () => {
    const open = await list({ filter: 'open', sort: 'newest' });
    const target = open.tickets[3];
    if (!target) throw new Error('the company has too few open tickets');
    dataOf(await harness.call('ticket_update', company, { ticketIds: [target.id], close: true }));
    harness.runtime.coldStart();
    const hinted = [target.id];
    const openAfter = await list({ filter: 'open', sort: 'newest', recentTicketIds: hinted });
    expect(openAfter.tickets.map((ticket) => ticket.id)).not.toContain(target.id);
    expect(openAfter.tickets).toHaveLength(open.tickets.length);
    expect(openAfter.counts).toEqual({
      open: open.counts.open - 1,
      closed: open.counts.closed + 1,
    });
    // Just modified: the closed view sorted by last update shows it first.
    const closed = await list({ filter: 'closed', sort: 'updated', recentTicketIds: hinted });
    expect(closed.tickets[0]).toMatchObject({ id: target.id, stage: { state: 'CLOSED' } });
    await expectWholeListTrue(hinted);
  });

  it('drops a ticket unlinked elsewhere', async () => {
    const ticketId = (await list({ filter: 'all', sort: 'newest' })).tickets[0]?.id as string;
    dataOf(await harness.call('ticket_unlink', company, { ticketIds: [ticketId] }));
    harness.runtime.coldStart();
    const after = await list({ filter: 'all', sort: 'newest', recentTicketIds: [ticketId] });
    expect(after.tickets.map((ticket) => ticket.id)).not.toContain(ticketId);
    await expectWholeListTrue([ticketId]);
  });

  it('drops a ticket deleted elsewhere', async () => {
    const ticketId = (await list({ filter: 'all', sort: 'newest' })).tickets[0]?.id as string;
    dataOf(await harness.call('ticket_delete', company, { ticketId }));
    harness.runtime.coldStart();
    const after = await list({ filter: 'all', sort: 'newest', recentTicketIds: [ticketId] });
    expect(after.tickets.map((ticket) => ticket.id)).not.toContain(ticketId);
    await expectWholeListTrue([ticketId]);
  });

  it("keeps the roll-up with the contacts' tickets right too", async () => {
    const rollUp = { filter: 'all', sort: 'newest', includeContactTickets: true } as const;
    const before = await list(rollUp);
    const created = dataOf(
      await harness.call('ticket_create', company, {
        ...uniqueCreate('Rolled up'),
        pipelineId: (facts.pipelines[0] as { id: string }).id,
        stageId: openStage(),
        categories: ['GENERAL_INQUIRY'],
      }),
    ).ticket;
    harness.runtime.coldStart();
    const after = await list({ ...rollUp, recentTicketIds: [created.id] });
    expect(after.tickets[0]).toMatchObject({ id: created.id });
    expect(after.tickets[0]).not.toHaveProperty('viaContact');
    expect(after.counts).toEqual({ open: before.counts.open + 1, closed: before.counts.closed });
  });

  it('keeps several writes right at once: a create, a close and an unlink', async () => {
    const open = await list({ filter: 'open', sort: 'newest' });
    const [toClose, toUnlink] = open.tickets;
    if (!toClose || !toUnlink) throw new Error('the company has too few open tickets');
    const created = dataOf(
      await harness.call('ticket_create', company, {
        ...uniqueCreate('Several'),
        pipelineId: (facts.pipelines[0] as { id: string }).id,
        stageId: openStage(),
        categories: ['GENERAL_INQUIRY'],
      }),
    ).ticket;
    dataOf(await harness.call('ticket_update', company, { ticketIds: [toClose.id], close: true }));
    harness.runtime.coldStart();
    dataOf(await harness.call('ticket_unlink', company, { ticketIds: [toUnlink.id] }));
    harness.runtime.coldStart();
    const hinted = [toUnlink.id, toClose.id, created.id];
    const after = await list({ filter: 'open', sort: 'newest', recentTicketIds: hinted });
    expect(after.tickets[0]?.id).toBe(created.id);
    expect(after.tickets.map((ticket) => ticket.id)).not.toContain(toClose.id);
    expect(after.tickets.map((ticket) => ticket.id)).not.toContain(toUnlink.id);
    await expectWholeListTrue(hinted);
  });
});

describe('tickets_list with hints that are wrong', () => {
  it('ignores ids of tickets that are not linked to the record, or do not exist', async () => {
    const plain = await list({ filter: 'all', sort: 'newest' });
    const foreign = [
      ...facts.smallCompany.tickets.map((ticket) => ticket.id),
      facts.unlinkedTicket.id,
      '987654321',
      ...(facts.archivedTicketId ? [facts.archivedTicketId] : []),
    ].slice(0, 20);
    const hinted = await list({ filter: 'all', sort: 'newest', recentTicketIds: foreign });
    expect(hinted.tickets.map((ticket) => ticket.id)).toEqual(
      plain.tickets.map((ticket) => ticket.id),
    );
    expect(hinted.counts).toEqual(plain.counts);
  });

  it('ignores hints on a record with few tickets (read exactly, no extra call)', async () => {
    const contact: RecordRef = { type: 'contacts', id: facts.smallContact.id };
    const foreign = [facts.unlinkedTicket.id, '987654321'];
    const plain = dataOf(await harness.call('tickets_list', contact, { filter: 'all' }));
    await harness.clearRequests();
    const hinted = dataOf(
      await harness.call('tickets_list', contact, { filter: 'all', recentTicketIds: foreign }),
    );
    expect((await harness.requests()).total).toBe(2);
    expect(hinted).toEqual(plain);
  });
});
