import { readCrmFacts, type CrmFacts } from '../../../../../runtime/src/crmFacts';
import { dataOf } from '../../../../../runtime/src/functionTestKit';
import {
  HARNESS_TOKEN,
  startFunctionHarness,
  type FunctionHarness,
  type RecordRef,
} from '../../../../../runtime/src/testHarness';

/** With the search index 60 s behind: the list after a delete must not depend on it. */

let harness: FunctionHarness;
let facts: CrmFacts;

beforeEach(async () => {
  harness = await startFunctionHarness({ config: { indexLagMs: 60_000 } });
  facts = await readCrmFacts(harness.sandbox.url, HARNESS_TOKEN);
});

afterEach(async () => {
  await harness?.close();
});

describe('ticket_delete', () => {
  it.each([
    ['a contact', (): RecordRef => ({ type: 'contacts', id: facts.smallContact.id })],
    [
      'the company with 300+ tickets',
      (): RecordRef => ({ type: 'companies', id: facts.largeCompany.id }),
    ],
  ])('moves a ticket of %s to the recycle bin and out of its list', async (_name, recordOf) => {
    const record = recordOf();
    const before = dataOf(await harness.call('tickets_list', record, { filter: 'all' }));
    const ticketId = before.tickets[0]?.id as string;
    expect(dataOf(await harness.call('ticket_delete', record, { ticketId }))).toEqual({ ticketId });
    const snapshot = await harness.control.snapshot();
    expect(snapshot.objects['0-5'].find((ticket) => ticket.id === ticketId)?.archived).toBe(true);
    const after = dataOf(
      await harness.call('tickets_list', record, { filter: 'all', recentTicketIds: [ticketId] }),
    );
    expect(after.tickets.map((ticket) => ticket.id)).not.toContain(ticketId);
    expect(after.counts.open + after.counts.closed).toBe(
      before.counts.open + before.counts.closed - 1,
    );
  });

  it('refuses a ticket that is not linked to the record', async () => {
    const result = await harness.call(
      'ticket_delete',
      { type: 'contacts', id: facts.smallContact.id },
      { ticketId: facts.unlinkedTicket.id },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_LINKED' } });
  });
});
