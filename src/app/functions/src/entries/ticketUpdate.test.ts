import { storedTicketProperties } from '../../../../../testkits/crmFacts';
import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import { HARNESS_TOKEN, type RecordRef } from '../../../../../testkits/testHarness';

/** With the search index 60 s behind: lists after an update must not depend on it. */

const kit = useFunctionHarness({ config: { indexLagMs: 60_000 }, perTest: true });

async function stored(ticketId: string): Promise<Record<string, string | null>> {
  return storedTicketProperties(kit.harness.sandbox.url, HARNESS_TOKEN, ticketId, [
    'hs_pipeline',
    'hs_pipeline_stage',
    'hs_ticket_priority',
  ]);
}

describe.each([
  ['a contact', (): RecordRef => ({ type: 'contacts', id: kit.facts.smallContact.id })],
  [
    'the company with 300+ tickets',
    (): RecordRef => ({ type: 'companies', id: kit.facts.largeCompany.id }),
  ],
])('ticket_update on %s', (_name, recordOf) => {
  it("closes open tickets, each in its own pipeline's closed stage, and lists them right away", async () => {
    // Without the demo's portal rules (closing a billing ticket needs a resolution): those
    // are ticketUpdate.portalRules.test.ts.
    await kit.harness.control.clearValidationRules();
    const record = recordOf();
    const open = dataOf(
      await kit.harness.call('tickets_list', record, {
        filter: 'open',
        sort: 'newest',
        pageSize: 50,
      }),
    );
    const pipelines = new Map(open.tickets.map((ticket) => [ticket.pipeline.id, ticket.id]));
    const ids = [...pipelines.values()].slice(0, 3);
    const data = dataOf(
      await kit.harness.call('ticket_update', record, { ticketIds: ids, close: true }),
    );
    expect(data.results).toEqual(ids.map((ticketId) => ({ ticketId, ok: true })));
    for (const ticket of data.tickets) {
      expect(ticket.stage.id).toBe(kit.facts.stageOf(ticket.pipeline.id, 'CLOSED'));
      expect(ticket.stage.state).toBe('CLOSED');
      expect((await stored(ticket.id)).hs_pipeline_stage).toBe(ticket.stage.id);
    }
    const after = dataOf(
      await kit.harness.call('tickets_list', record, {
        filter: 'open',
        sort: 'newest',
        pageSize: 50,
        recentTicketIds: ids,
      }),
    );
    for (const id of ids) expect(after.tickets.map((ticket) => ticket.id)).not.toContain(id);
    expect(after.counts).toEqual({
      open: open.counts.open - ids.length,
      closed: open.counts.closed + ids.length,
    });
  });

  it('sets and clears the priority of several tickets in one call', async () => {
    const record = recordOf();
    const list = dataOf(
      await kit.harness.call('tickets_list', record, { filter: 'all', pageSize: 3 }),
    );
    const ids = list.tickets.map((ticket) => ticket.id);
    const urgent = dataOf(
      await kit.harness.call('ticket_update', record, { ticketIds: ids, priority: 'URGENT' }),
    );
    expect(urgent.tickets.map((ticket) => ticket.priority?.value)).toEqual(ids.map(() => 'URGENT'));
    const top = dataOf(
      await kit.harness.call('tickets_list', record, {
        filter: 'all',
        sort: 'priority',
        pageSize: 50,
        recentTicketIds: ids,
      }),
    );
    for (const id of ids) expect(top.tickets.map((ticket) => ticket.id)).toContain(id);
    const cleared = dataOf(
      await kit.harness.call('ticket_update', record, { ticketIds: ids, priority: null }),
    );
    expect(cleared.tickets.map((ticket) => ticket.priority)).toEqual(ids.map(() => null));
    expect((await stored(ids[0] as string)).hs_ticket_priority ?? '').toBe('');
  });

  it('moves a ticket to a stage of its pipeline', async () => {
    const record = recordOf();
    const list = dataOf(
      await kit.harness.call('tickets_list', record, { filter: 'open', pageSize: 1 }),
    );
    const ticket = list.tickets[0];
    if (!ticket) throw new Error('no open ticket');
    const pipeline = kit.facts.pipelines.find((candidate) => candidate.id === ticket.pipeline.id);
    const stage = pipeline?.stages.find(
      (candidate) => candidate.id !== ticket.stage.id && candidate.state === 'OPEN',
    );
    if (!stage) throw new Error('no other open stage');
    const data = dataOf(
      await kit.harness.call('ticket_update', record, {
        ticketIds: [ticket.id],
        stageId: stage.id,
      }),
    );
    expect(data.tickets[0]?.stage.id).toBe(stage.id);
    expect((await stored(ticket.id)).hs_pipeline_stage).toBe(stage.id);
  });
});
