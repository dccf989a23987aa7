import { readCrmFacts, type CrmFacts } from '../../../../../runtime/src/crmFacts';
import { dataOf, isLinked } from '../../../../../runtime/src/functionTestKit';
import {
  HARNESS_TOKEN,
  startFunctionHarness,
  type FunctionHarness,
  type RecordRef,
} from '../../../../../runtime/src/testHarness';

/** ticket_unlink refuses what is not linked; link-then-unlink lists are in ticketsLink.test.ts. */

let harness: FunctionHarness;
let facts: CrmFacts;

beforeEach(async () => {
  harness = await startFunctionHarness({ config: { indexLagMs: 60_000 } });
  facts = await readCrmFacts(harness.sandbox.url, HARNESS_TOKEN);
});

afterEach(async () => {
  await harness?.close();
});

describe.each([
  ['a contact', (): RecordRef => ({ type: 'contacts', id: facts.smallContact.id })],
  ['a company', (): RecordRef => ({ type: 'companies', id: facts.smallCompany.id })],
])('ticket_unlink on %s', (_name, recordOf) => {
  it('removes the link and nothing else', async () => {
    const record = recordOf();
    const ticketId = (record.type === 'contacts' ? facts.smallContact : facts.smallCompany)
      .tickets[0]?.id as string;
    expect(dataOf(await harness.call('ticket_unlink', record, { ticketId }))).toEqual({ ticketId });
    const snapshot = await harness.control.snapshot();
    expect(isLinked(snapshot, ticketId, record)).toBe(false);
    expect(snapshot.objects['0-5'].find((ticket) => ticket.id === ticketId)?.archived).toBe(false);
    const list = dataOf(
      await harness.call('tickets_list', record, { filter: 'all', pageSize: 50 }),
    );
    expect(list.tickets.map((ticket) => ticket.id)).not.toContain(ticketId);
  });

  it('refuses to unlink a ticket that is not linked to the record', async () => {
    const result = await harness.call('ticket_unlink', recordOf(), {
      ticketId: facts.unlinkedTicket.id,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_LINKED', retryable: false } });
  });
});
