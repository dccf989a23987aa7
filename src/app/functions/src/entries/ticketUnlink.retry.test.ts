import { dataOf, isLinked, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';

/**
 * An unlink whose answer is lost: HubSpot removes the link, but answers after the
 * function's time budget. The card's retry must then hear "done", not "not linked".
 */

const BATCH_ARCHIVE =
  'POST /crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/archive';

const kit = useFunctionHarness({ perTest: true });

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the sandbox never applied the write');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('ticket_unlink retried after a lost answer', () => {
  it('answers the retry as done (ALREADY_GONE), only for the ticket it had unlinked', async () => {
    const record: RecordRef = { type: 'contacts', id: kit.facts.smallContact.id };
    const ticketId = kit.facts.smallContact.tickets[0]?.id as string;
    await kit.harness.control.setConfig({
      latency: { routes: { [BATCH_ARCHIVE]: { fixedMs: 8_000, jitterMs: 0 } } },
    });
    const first = await kit.harness.call('ticket_unlink', record, { ticketIds: [ticketId] });
    expect(first).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', retryable: true } });
    await waitUntil(async () => !isLinked(await kit.harness.control.snapshot(), ticketId, record));
    await kit.harness.control.resetConfig();

    const retry = dataOf(
      await kit.harness.call('ticket_unlink', record, {
        ticketIds: [ticketId, kit.facts.unlinkedTicket.id],
      }),
    );
    expect(retry.results).toEqual([
      { ticketId, ok: true, skipped: 'ALREADY_GONE' },
      {
        ticketId: kit.facts.unlinkedTicket.id,
        ok: false,
        error: expect.objectContaining({ code: 'NOT_LINKED' }),
      },
    ]);
  }, 30_000);

  it("does not take another record's unlink for its own", async () => {
    const contact: RecordRef = { type: 'contacts', id: kit.facts.smallContact.id };
    const ticketId = kit.facts.smallContact.tickets[0]?.id as string;
    dataOf(await kit.harness.call('ticket_unlink', contact, { ticketIds: [ticketId] }));
    const company: RecordRef = { type: 'companies', id: kit.facts.smallCompany.id };
    const result = await kit.harness.call('ticket_unlink', company, { ticketIds: [ticketId] });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_LINKED' } });
  });
});
