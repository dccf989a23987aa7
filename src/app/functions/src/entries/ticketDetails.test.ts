import type { SandboxSnapshot } from '../../../../../sandbox/src/control';
import { sequentialRounds } from '../../../../../runtime/src/requestLog';
import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';

/**
 * ticket_details against the sandbox's store: every field as HubSpot holds it, one
 * HubSpot round trip when warm, and only for a ticket linked to the card's record.
 */

const kit = useFunctionHarness();

const TYPE_IDS = { contacts: '0-1', companies: '0-2' } as const;

/** The store's truth for one ticket: its links by record type, with the labels of each. */
function linksOf(snapshot: SandboxSnapshot, ticketId: string, typeId: '0-1' | '0-2') {
  const labels = new Map<string, string[]>();
  for (const [fromType, fromId, toType, toId, typeIds] of snapshot.associations) {
    let otherId: string | null = null;
    let ticketSideIds: number[] = [];
    if (fromType === '0-5' && fromId === ticketId && toType === typeId) {
      otherId = toId;
      ticketSideIds = typeIds;
    } else if (toType === '0-5' && toId === ticketId && fromType === typeId) {
      otherId = fromId;
      ticketSideIds = typeIds.map(
        (id) =>
          snapshot.associationTypes.find(
            (type) => type.fromType === typeId && type.toType === '0-5' && type.typeId === id,
          )?.inverseTypeId ?? -1,
      );
    }
    if (otherId === null) continue;
    const named = ticketSideIds
      .map(
        (id) =>
          snapshot.associationTypes.find(
            (type) => type.fromType === '0-5' && type.toType === typeId && type.typeId === id,
          )?.label,
      )
      .filter((label): label is string => !!label);
    labels.set(otherId, [...(labels.get(otherId) ?? []), ...named]);
  }
  return labels;
}

function nameOf(snapshot: SandboxSnapshot, typeId: '0-1' | '0-2', id: string): string {
  const props = snapshot.objects[typeId].find((record) => record.id === id)?.properties ?? {};
  return typeId === '0-1'
    ? [props.firstname, props.lastname].filter(Boolean).join(' ') || (props.email as string)
    : (props.name as string);
}

/** A live ticket of a contact whose link to it is labelled and that has an owner. */
function labelledOwnedTicket(snapshot: SandboxSnapshot): { ticketId: string; contactId: string } {
  for (const ticket of snapshot.objects['0-5']) {
    if (ticket.archived || !ticket.properties.hubspot_owner_id) continue;
    for (const [contactId, labels] of linksOf(snapshot, ticket.id, '0-1')) {
      if (labels.length > 0) return { ticketId: ticket.id, contactId };
    }
  }
  throw new Error('the demo seed has no owned ticket with a labelled contact link');
}

describe('ticket_details', () => {
  it('answers the ticket as HubSpot holds it: fields, owner, label, linked names and totals', async () => {
    const snapshot = await kit.harness.control.snapshot();
    const { ticketId, contactId } = labelledOwnedTicket(snapshot);
    const record: RecordRef = { type: 'contacts', id: contactId };
    const stored = snapshot.objects['0-5'].find((ticket) => ticket.id === ticketId);
    const props = stored?.properties ?? {};
    const owner = snapshot.owners?.find((candidate) => candidate.id === props.hubspot_owner_id);

    const data = dataOf(await kit.harness.call('ticket_details', record, { ticketId }));

    const contacts = linksOf(snapshot, ticketId, TYPE_IDS.contacts);
    const companies = linksOf(snapshot, ticketId, TYPE_IDS.companies);
    expect(data.ticket).toMatchObject({
      id: ticketId,
      subject: props.subject,
      description: props.content ?? '',
      owner: { id: owner?.id, name: `${owner?.firstName} ${owner?.lastName}` },
      labels: contacts.get(contactId),
    });
    expect(data.ticket.contacts.total).toBe(contacts.size);
    expect(data.ticket.companies.total).toBe(companies.size);
    expect(data.ticket.contacts.names).toEqual(
      expect.arrayContaining(
        [...contacts.keys()].slice(0, 3).map((id) => nameOf(snapshot, '0-1', id)),
      ),
    );
    expect(data.ticket.companies.names.sort()).toEqual(
      [...companies.keys()]
        .map((id) => nameOf(snapshot, '0-2', id))
        .sort()
        .slice(0, 3),
    );
    const sourceOption = snapshot.properties['0-5']
      .find((property) => property.name === 'source_type')
      ?.options?.find((option) => option.value === props.source_type);
    expect(data.ticket.source).toBe(sourceOption?.label ?? null);
    expect(data.ticket.timeToCloseMs).toBe(
      props.time_to_close ? Number(props.time_to_close) : null,
    );
    expect(data.ticket.timeToFirstResponseMs).toBe(
      props.time_to_first_agent_reply ? Number(props.time_to_first_agent_reply) : null,
    );
    expect(data.associationLabels.map((label) => label.label)).toContain('Requester');
    const requester = data.associationLabels.find((label) => label.label === 'Requester');
    expect(data.currentLabelTypeIds).toEqual([requester?.typeId]);
  });

  it('on a warm container costs one function call and one HubSpot round trip', async () => {
    const record: RecordRef = { type: 'contacts', id: kit.facts.smallContact.id };
    const ticketId = (kit.facts.smallContact.tickets[0] as { id: string }).id;
    dataOf(await kit.harness.call('ticket_details', record, { ticketId }));
    await kit.harness.control.setConfig({
      latency: { default: { fixedMs: 150, jitterMs: 0 } },
      rateLimits: { tenSecondly: null, secondly: null },
    });
    try {
      await kit.harness.clearRequests();
      dataOf(await kit.harness.call('ticket_details', record, { ticketId }));
      const log = await kit.harness.requests();
      expect(log.total).toBe(4);
      expect(sequentialRounds(log)).toBe(1);
    } finally {
      await kit.harness.control.resetConfig();
    }
  });

  it("answers a company's ticket on the company", async () => {
    const record: RecordRef = { type: 'companies', id: kit.facts.smallCompany.id };
    const ticketId = (kit.facts.smallCompany.tickets[0] as { id: string }).id;
    const data = dataOf(await kit.harness.call('ticket_details', record, { ticketId }));
    expect(data.ticket.id).toBe(ticketId);
    expect(data.ticket.companies.total).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['a ticket linked elsewhere', () => kit.facts.unlinkedTicket.id],
    [
      "the company's ticket, asked on the contact",
      () => (kit.facts.smallCompany.tickets[0] as { id: string }).id,
    ],
    ['a ticket that does not exist', () => '987654321'],
  ])('refuses %s, showing nothing of it', async (_name, ticketOf) => {
    const result = await kit.harness.call(
      'ticket_details',
      { type: 'contacts', id: kit.facts.smallContact.id },
      { ticketId: ticketOf() },
    );
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_LINKED', retryable: false }),
    });
  });
});
