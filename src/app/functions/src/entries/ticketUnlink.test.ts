import { writeCalls } from '../../../../../runtime/src/requestLog';
import { dataOf, isLinked, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';

/** ticket_unlink: bulk, per item, only what is the record's; link-then-unlink lists are in ticketsLink.test.ts. */

const kit = useFunctionHarness({ config: { indexLagMs: 60_000 }, perTest: true });

describe.each([
  ['a contact', (): RecordRef => ({ type: 'contacts', id: kit.facts.smallContact.id })],
  ['a company', (): RecordRef => ({ type: 'companies', id: kit.facts.smallCompany.id })],
])('ticket_unlink on %s', (_name, recordOf) => {
  const ticketsOf = (record: RecordRef) =>
    (record.type === 'contacts' ? kit.facts.smallContact : kit.facts.smallCompany).tickets.map(
      (ticket) => ticket.id,
    );

  it('removes the links of several tickets in one write, and nothing else', async () => {
    const record = recordOf();
    const ticketIds = ticketsOf(record).slice(0, 2);
    await kit.harness.clearRequests();
    const data = dataOf(await kit.harness.call('ticket_unlink', record, { ticketIds }));
    expect(data.results).toEqual(ticketIds.map((ticketId) => ({ ticketId, ok: true })));
    expect(writeCalls(await kit.harness.requests())).toHaveLength(1);
    const snapshot = await kit.harness.control.snapshot();
    for (const ticketId of ticketIds) {
      expect(isLinked(snapshot, ticketId, record)).toBe(false);
      expect(snapshot.objects['0-5'].find((ticket) => ticket.id === ticketId)?.archived).toBe(
        false,
      );
    }
    const list = dataOf(
      await kit.harness.call('tickets_list', record, { filter: 'all', pageSize: 50 }),
    );
    expect(list.tickets.map((ticket) => ticket.id)).not.toEqual(
      expect.arrayContaining([ticketIds[0]]),
    );
  });

  it('unlinks its own tickets and refuses, per item, one that is not linked to it', async () => {
    const record = recordOf();
    const [own] = ticketsOf(record);
    const foreign = kit.facts.unlinkedTicket.id;
    const data = dataOf(
      await kit.harness.call('ticket_unlink', record, { ticketIds: [foreign, own] }),
    );
    expect(data.results).toEqual([
      { ticketId: foreign, ok: false, error: expect.objectContaining({ code: 'NOT_LINKED' }) },
      { ticketId: own, ok: true },
    ]);
    const snapshot = await kit.harness.control.snapshot();
    expect(isLinked(snapshot, own as string, record)).toBe(false);
  });

  it('refuses a call where no ticket is linked to the record', async () => {
    const result = await kit.harness.call('ticket_unlink', recordOf(), {
      ticketIds: [kit.facts.unlinkedTicket.id],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_LINKED', retryable: false } });
  });
});
