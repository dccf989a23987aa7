import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';

/** With the search index 60 s behind: the list after a delete must not depend on it. */

const kit = useFunctionHarness({ config: { indexLagMs: 60_000 }, perTest: true });

describe('ticket_delete', () => {
  it.each([
    ['a contact', (): RecordRef => ({ type: 'contacts', id: kit.facts.smallContact.id })],
    [
      'the company with 300+ tickets',
      (): RecordRef => ({ type: 'companies', id: kit.facts.largeCompany.id }),
    ],
  ])('moves a ticket of %s to the recycle bin and out of its list', async (_name, recordOf) => {
    const record = recordOf();
    const before = dataOf(await kit.harness.call('tickets_list', record, { filter: 'all' }));
    const ticketId = before.tickets[0]?.id as string;
    expect(dataOf(await kit.harness.call('ticket_delete', record, { ticketId }))).toEqual({
      ticketId,
      alreadyDeleted: false,
    });
    const snapshot = await kit.harness.control.snapshot();
    expect(snapshot.objects['0-5'].find((ticket) => ticket.id === ticketId)?.archived).toBe(true);
    const after = dataOf(
      await kit.harness.call('tickets_list', record, {
        filter: 'all',
        recentTicketIds: [ticketId],
      }),
    );
    expect(after.tickets.map((ticket) => ticket.id)).not.toContain(ticketId);
    expect(after.counts.open + after.counts.closed).toBe(
      before.counts.open + before.counts.closed - 1,
    );
  });

  it('refuses a ticket that is not linked to the record', async () => {
    const result = await kit.harness.call(
      'ticket_delete',
      { type: 'contacts', id: kit.facts.smallContact.id },
      { ticketId: kit.facts.unlinkedTicket.id },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_LINKED' } });
  });
});
