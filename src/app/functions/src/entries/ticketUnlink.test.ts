import { dataOf, isLinked, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';

/** ticket_unlink refuses what is not linked; link-then-unlink lists are in ticketsLink.test.ts. */

const kit = useFunctionHarness({ config: { indexLagMs: 60_000 }, perTest: true });

describe.each([
  ['a contact', (): RecordRef => ({ type: 'contacts', id: kit.facts.smallContact.id })],
  ['a company', (): RecordRef => ({ type: 'companies', id: kit.facts.smallCompany.id })],
])('ticket_unlink on %s', (_name, recordOf) => {
  it('removes the link and nothing else', async () => {
    const record = recordOf();
    const ticketId = (record.type === 'contacts' ? kit.facts.smallContact : kit.facts.smallCompany)
      .tickets[0]?.id as string;
    expect(dataOf(await kit.harness.call('ticket_unlink', record, { ticketId }))).toEqual({
      ticketId,
    });
    const snapshot = await kit.harness.control.snapshot();
    expect(isLinked(snapshot, ticketId, record)).toBe(false);
    expect(snapshot.objects['0-5'].find((ticket) => ticket.id === ticketId)?.archived).toBe(false);
    const list = dataOf(
      await kit.harness.call('tickets_list', record, { filter: 'all', pageSize: 50 }),
    );
    expect(list.tickets.map((ticket) => ticket.id)).not.toContain(ticketId);
  });

  it('refuses to unlink a ticket that is not linked to the record', async () => {
    const result = await kit.harness.call('ticket_unlink', recordOf(), {
      ticketId: kit.facts.unlinkedTicket.id,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_LINKED', retryable: false } });
  });
});
