import type { SandboxSnapshot } from '../../../../../sandbox/src/control';
import { dataOf, isLinked, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';

/** ticket_update's owner, details-panel edits and link labels, checked against the store. */

const kit = useFunctionHarness({ perTest: true });

const contact = (): RecordRef => ({ type: 'contacts', id: kit.facts.smallContact.id });
const contactTickets = (): string[] => kit.facts.smallContact.tickets.map((ticket) => ticket.id);

async function stored(ticketId: string) {
  const snapshot = await kit.harness.control.snapshot();
  return snapshot.objects['0-5'].find((ticket) => ticket.id === ticketId)?.properties ?? {};
}

function linkTypeIds(snapshot: SandboxSnapshot, ticketId: string, contactId: string): number[] {
  const entry = snapshot.associations.find(
    ([fromType, fromId, toType, toId]) =>
      (fromType === '0-5' && fromId === ticketId && toType === '0-1' && toId === contactId) ||
      (fromType === '0-1' && fromId === contactId && toType === '0-5' && toId === ticketId),
  );
  if (!entry) return [];
  const [fromType, , , , typeIds] = entry;
  if (fromType === '0-5') return typeIds;
  // Stored contact -> ticket: the ticket -> contact types are the inverses.
  return typeIds.map(
    (typeId) =>
      snapshot.associationTypes.find(
        (type) => type.fromType === '0-1' && type.toType === '0-5' && type.typeId === typeId,
      )?.inverseTypeId ?? -1,
  );
}

describe('ticket_update edits', () => {
  it('assigns several tickets to an owner in one write, then unassigns them', async () => {
    const snapshot = await kit.harness.control.snapshot();
    const owner = snapshot.owners?.find((candidate) => !candidate.archived);
    const ticketIds = contactTickets().slice(0, 2);
    const assigned = dataOf(
      await kit.harness.call('ticket_update', contact(), { ticketIds, ownerId: owner?.id }),
    );
    expect(assigned.results).toEqual(ticketIds.map((ticketId) => ({ ticketId, ok: true })));
    for (const summary of assigned.tickets) {
      expect(summary.owner).toEqual({
        id: owner?.id,
        name: `${owner?.firstName} ${owner?.lastName}`,
      });
    }
    for (const ticketId of ticketIds)
      expect((await stored(ticketId)).hubspot_owner_id).toBe(owner?.id);

    const unassigned = dataOf(
      await kit.harness.call('ticket_update', contact(), { ticketIds, ownerId: null }),
    );
    expect(unassigned.tickets.map((summary) => summary.owner)).toEqual([null, null]);
    for (const ticketId of ticketIds)
      expect((await stored(ticketId)).hubspot_owner_id ?? null).toBeNull();
  });

  it("edits one ticket's subject, description and categories", async () => {
    const [ticketId] = contactTickets() as [string];
    const data = dataOf(
      await kit.harness.call('ticket_update', contact(), {
        ticketIds: [ticketId],
        subject: '  Printer on fire  ',
        description: 'Smoke since Monday.',
        categories: ['PRODUCT_ISSUE', 'BILLING_ISSUE'],
      }),
    );
    expect(data.tickets[0]).toMatchObject({
      subject: 'Printer on fire',
      categories: [
        { value: 'PRODUCT_ISSUE', label: expect.any(String) },
        { value: 'BILLING_ISSUE', label: expect.any(String) },
      ],
    });
    expect(await stored(ticketId)).toMatchObject({
      subject: 'Printer on fire',
      content: 'Smoke since Monday.',
      hs_ticket_category: 'PRODUCT_ISSUE;BILLING_ISSUE',
    });
  });

  it('labels the link to the record, then takes the label off without unlinking', async () => {
    const [ticketId] = contactTickets() as [string];
    const options = dataOf(await kit.harness.call('ticket_form_options', contact(), {}));
    const requester = options.associationLabels.find((label) => label.label === 'Requester');
    expect(requester).toBeDefined();
    const labelled = dataOf(
      await kit.harness.call('ticket_update', contact(), {
        ticketIds: [ticketId],
        label: { typeId: requester?.typeId, category: requester?.category },
      }),
    );
    expect(labelled.tickets[0]?.labels).toEqual(['Requester']);
    let snapshot = await kit.harness.control.snapshot();
    expect(linkTypeIds(snapshot, ticketId, contact().id)).toContain(requester?.typeId);
    const details = dataOf(await kit.harness.call('ticket_details', contact(), { ticketId }));
    expect(details.currentLabelTypeIds).toEqual([requester?.typeId]);

    const cleared = dataOf(
      await kit.harness.call('ticket_update', contact(), { ticketIds: [ticketId], label: null }),
    );
    expect(cleared.tickets[0]?.labels).toEqual([]);
    snapshot = await kit.harness.control.snapshot();
    expect(linkTypeIds(snapshot, ticketId, contact().id)).not.toContain(requester?.typeId);
    expect(isLinked(snapshot, ticketId, contact())).toBe(true);
  });

  it('leaves a ticket already closed where it is when closing a selection', async () => {
    await kit.harness.control.clearValidationRules();
    const snapshot = await kit.harness.control.snapshot();
    const closedStages = new Map(
      snapshot.pipelines.flatMap((pipeline) =>
        pipeline.stages
          .filter((stage) => stage.metadata?.ticketState === 'CLOSED')
          .map((stage) => [stage.id, pipeline.id] as const),
      ),
    );
    // A closed ticket in a closed stage other than its pipeline's first (e.g. "Refunded").
    const list = dataOf(
      await kit.harness.call(
        'tickets_list',
        { type: 'companies', id: kit.facts.largeCompany.id },
        {
          filter: 'closed',
          pageSize: 50,
        },
      ),
    );
    const firstClosed = (pipelineId: string) =>
      [...closedStages].find(([, pipeline]) => pipeline === pipelineId)?.[0];
    const closed =
      list.tickets.find((ticket) => ticket.stage.id !== firstClosed(ticket.pipeline.id)) ??
      list.tickets[0];
    expect(closed).toBeDefined();
    const data = dataOf(
      await kit.harness.call(
        'ticket_update',
        { type: 'companies', id: kit.facts.largeCompany.id },
        { ticketIds: [closed?.id], close: true },
      ),
    );
    expect(data.results).toEqual([{ ticketId: closed?.id, ok: true, skipped: 'ALREADY_CLOSED' }]);
    expect((await stored(closed?.id as string)).hs_pipeline_stage).toBe(closed?.stage.id);
  });
});
