import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';

/**
 * A delete whose answer is lost: HubSpot deletes, but answers after the function's time
 * budget. The retry, in a fresh container, must hear "already deleted" - for this record's
 * ticket only.
 */

const DELETE_TICKET = 'DELETE /crm/objects/2026-09/{objectType}/{objectId}';

const kit = useFunctionHarness({ perTest: true });

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the sandbox never applied the write');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function archived(ticketId: string): Promise<boolean> {
  const snapshot = await kit.harness.control.snapshot();
  return snapshot.objects['0-5'].find((ticket) => ticket.id === ticketId)?.archived === true;
}

describe('ticket_delete retried after a lost answer', () => {
  it('answers the retry with alreadyDeleted, from a fresh container', async () => {
    const record: RecordRef = { type: 'contacts', id: kit.facts.smallContact.id };
    const ticketId = kit.facts.smallContact.tickets[0]?.id as string;
    await kit.harness.control.setConfig({
      latency: { routes: { [DELETE_TICKET]: { fixedMs: 8_000, jitterMs: 0 } } },
    });
    const first = await kit.harness.call('ticket_delete', record, { ticketId });
    expect(first).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', retryable: true } });
    await waitUntil(() => archived(ticketId));
    await kit.harness.control.resetConfig();
    kit.harness.runtime.coldStart();

    expect(dataOf(await kit.harness.call('ticket_delete', record, { ticketId }))).toEqual({
      ticketId,
      alreadyDeleted: true,
    });
  }, 30_000);

  it("refuses another record's deleted ticket, saying nothing of its deletion", async () => {
    const contact: RecordRef = { type: 'contacts', id: kit.facts.smallContact.id };
    const ticketId = kit.facts.smallContact.tickets[0]?.id as string;
    expect(dataOf(await kit.harness.call('ticket_delete', contact, { ticketId }))).toEqual({
      ticketId,
      alreadyDeleted: false,
    });
    const company: RecordRef = { type: 'companies', id: kit.facts.smallCompany.id };
    const result = await kit.harness.call('ticket_delete', company, { ticketId });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_LINKED' } });
  });
});
