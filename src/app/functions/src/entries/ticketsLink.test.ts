import { dataOf, isLinked, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';
import type { TicketsListData } from '../../../cards/contract';

/** With the search index 60 s behind: lists after a link or unlink must not depend on it. */

const kit = useFunctionHarness({ config: { indexLagMs: 60_000 }, perTest: true });

const total = (data: TicketsListData): number => data.counts.open + data.counts.closed;

describe.each([
  ['a contact', (): RecordRef => ({ type: 'contacts', id: kit.facts.smallContact.id })],
  [
    'the company with 300+ tickets',
    (): RecordRef => ({ type: 'companies', id: kit.facts.largeCompany.id }),
  ],
])('tickets_link and ticket_unlink on %s', (_name, recordOf) => {
  it('links new tickets, accepts already linked ones, reports unknown ones per item', async () => {
    const record = recordOf();
    const already = await kit.harness.call('tickets_list', record, { filter: 'all' });
    const alreadyId = dataOf(already).tickets[0]?.id as string;
    const newId = kit.facts.unlinkedTicket.id;
    const data = dataOf(
      await kit.harness.call('tickets_link', record, {
        ticketIds: [newId, alreadyId, '987654321'],
      }),
    );
    expect(data.results).toEqual([
      { ticketId: newId, ok: true },
      { ticketId: alreadyId, ok: true },
      { ticketId: '987654321', ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) },
    ]);
    expect(data.tickets.map((ticket) => ticket.id)).toEqual([newId, alreadyId]);
    expect(isLinked(await kit.harness.control.snapshot(), newId, record)).toBe(true);
  });

  it('keeps the list right after a link, then an unlink, despite the index lag', async () => {
    const record = recordOf();
    const ticketId = kit.facts.unlinkedTicket.id;
    const before = dataOf(await kit.harness.call('tickets_list', record, { filter: 'all' }));
    dataOf(await kit.harness.call('tickets_link', record, { ticketIds: [ticketId] }));
    const everything = {
      filter: 'all',
      sort: 'updated',
      pageSize: 50,
      recentTicketIds: [ticketId],
    } as const;
    const linked = dataOf(await kit.harness.call('tickets_list', record, everything));
    expect(total(linked)).toBe(total(before) + 1);
    const unlinked = dataOf(
      await kit.harness.call('ticket_unlink', record, { ticketIds: [ticketId] }),
    );
    expect(unlinked).toEqual({ results: [{ ticketId, ok: true }] });
    expect(isLinked(await kit.harness.control.snapshot(), ticketId, record)).toBe(false);
    const after = dataOf(await kit.harness.call('tickets_list', record, everything));
    expect(total(after)).toBe(total(before));
    expect(after.tickets.map((ticket) => ticket.id)).not.toContain(ticketId);
  });
});

describe('tickets_link with a label', () => {
  it("links a company's ticket as its Primary company", async () => {
    const company: RecordRef = { type: 'companies', id: kit.facts.smallCompany.id };
    const data = dataOf(
      await kit.harness.call('tickets_link', company, {
        ticketIds: [kit.facts.unlinkedTicket.id],
        label: { typeId: 26, category: 'HUBSPOT_DEFINED' },
      }),
    );
    expect(data.results).toEqual([{ ticketId: kit.facts.unlinkedTicket.id, ok: true }]);
    expect(data.tickets.map((ticket) => ticket.labels)).toEqual([['Primary']]);
    const snapshot = await kit.harness.control.snapshot();
    expect(isLinked(snapshot, kit.facts.unlinkedTicket.id, company)).toBe(true);
  });
});
