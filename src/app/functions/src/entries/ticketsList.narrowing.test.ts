import type { SandboxSnapshot } from '../../../../../sandbox/src/control';
import type { TicketsListData, TicketSummary } from '../../../cards/contract';
import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';

/**
 * tickets_list narrowed by owner ("Assigned to me"), priority and text, on a small record
 * (read exactly, in memory) and on the 300+ ticket company (search): every page, the total
 * and the counts against the sandbox's store.
 */

const kit = useFunctionHarness();

const OBJECT_TYPE = { contacts: '0-1', companies: '0-2' } as const;

/** The record's live tickets in the store. */
function storedTickets(snapshot: SandboxSnapshot, record: RecordRef) {
  const typeId = OBJECT_TYPE[record.type];
  const ids = new Set<string>();
  for (const [fromType, fromId, toType, toId] of snapshot.associations) {
    if (fromType === typeId && fromId === record.id && toType === '0-5') ids.add(toId);
    if (fromType === '0-5' && toType === typeId && toId === record.id) ids.add(fromId);
  }
  return snapshot.objects['0-5'].filter((ticket) => ids.has(ticket.id) && !ticket.archived);
}

async function everyPage(
  record: RecordRef,
  params: Record<string, unknown>,
): Promise<{ first: TicketsListData; tickets: TicketSummary[] }> {
  const first = dataOf(await kit.harness.call('tickets_list', record, params));
  const tickets = [...first.tickets];
  let cursor = first.nextCursor;
  while (cursor) {
    const page = dataOf(await kit.harness.call('tickets_list', record, { ...params, cursor }));
    tickets.push(...page.tickets);
    cursor = page.nextCursor;
  }
  return { first, tickets };
}

const records = [
  ['a small contact', (): RecordRef => ({ type: 'contacts', id: kit.facts.smallContact.id })],
  [
    'the 300+ ticket company',
    (): RecordRef => ({ type: 'companies', id: kit.facts.largeCompany.id }),
  ],
] as const;

describe.each(records)('tickets_list narrowed, on %s', (_name, recordOf) => {
  it('lists exactly the tickets assigned to the card user, and says who that is', async () => {
    const record = recordOf();
    const snapshot = await kit.harness.control.snapshot();
    const stored = storedTickets(snapshot, record);
    // The owner with the most of this record's tickets, so the check has something to find.
    const tally = new Map<string, number>();
    for (const ticket of stored) {
      const owner = ticket.properties.hubspot_owner_id;
      if (owner) tally.set(owner, (tally.get(owner) ?? 0) + 1);
    }
    const [ownerId] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? [];
    const owner = snapshot.owners?.find((candidate) => candidate.id === ownerId);
    expect(owner).toBeDefined();
    const expected = stored.filter((ticket) => ticket.properties.hubspot_owner_id === ownerId);

    const { first, tickets } = await everyPage(record, {
      filter: 'all',
      pageSize: 7,
      owner: 'me',
      currentUser: { userId: owner?.userId },
    });
    expect(first.currentOwnerId).toBe(ownerId);
    expect(tickets.map((ticket) => ticket.id).sort()).toEqual(
      expected.map((ticket) => ticket.id).sort(),
    );
    expect(first.total).toBe(expected.length);
    expect(first.counts.open + first.counts.closed).toBe(expected.length);
    for (const ticket of tickets) expect(ticket.owner?.id).toBe(ownerId);
  });

  it('lists exactly the tickets of the chosen priorities, open ones only', async () => {
    const record = recordOf();
    const snapshot = await kit.harness.control.snapshot();
    const openStages = new Set(
      snapshot.pipelines.flatMap((pipeline) =>
        pipeline.stages
          .filter((stage) => stage.metadata?.ticketState !== 'CLOSED')
          .map((stage) => stage.id),
      ),
    );
    const expected = storedTickets(snapshot, record).filter(
      (ticket) =>
        ['HIGH', 'URGENT'].includes(String(ticket.properties.hs_ticket_priority)) &&
        openStages.has(String(ticket.properties.hs_pipeline_stage)),
    );
    const { first, tickets } = await everyPage(record, {
      filter: 'open',
      sort: 'priority',
      pageSize: 10,
      priorities: ['HIGH', 'URGENT'],
    });
    expect(tickets.map((ticket) => ticket.id).sort()).toEqual(
      expected.map((ticket) => ticket.id).sort(),
    );
    expect(first.total).toBe(expected.length);
    expect(first.counts.open).toBe(expected.length);
  });

  it('finds tickets by a word of their subject, each once, with a matching total', async () => {
    const record = recordOf();
    const snapshot = await kit.harness.control.snapshot();
    const stored = storedTickets(snapshot, record);
    const word = String(stored[0]?.properties.subject).split(/\s+/)[0] as string;
    const { first, tickets } = await everyPage(record, { filter: 'all', pageSize: 5, query: word });
    expect(tickets.length).toBeGreaterThan(0);
    expect(new Set(tickets.map((ticket) => ticket.id)).size).toBe(tickets.length);
    expect(first.total).toBe(tickets.length);
    const storedIds = new Set(stored.map((ticket) => ticket.id));
    for (const ticket of tickets) {
      expect(storedIds.has(ticket.id)).toBe(true);
      const props = stored.find((candidate) => candidate.id === ticket.id)?.properties ?? {};
      // HubSpot's query also matches category and stage values (e.g. FEATURE_REQUEST).
      const searched = [
        props.subject,
        props.content,
        props.hs_ticket_category,
        props.hs_pipeline_stage,
      ]
        .join(' ')
        .replace(/_/g, ' ');
      expect(searched.toLowerCase()).toContain(word.toLowerCase());
    }
    expect(tickets.map((ticket) => ticket.id)).toContain(stored[0]?.id);
  });
});

describe('tickets_list narrowing, edge cases', () => {
  const contact = (): RecordRef => ({ type: 'contacts', id: kit.facts.smallContact.id });

  it('lists nothing as "mine" for a user who is no owner in HubSpot', async () => {
    const data = dataOf(
      await kit.harness.call('tickets_list', contact(), {
        filter: 'all',
        owner: 'me',
        currentUser: { email: 'stranger@example.com' },
      }),
    );
    expect(data).toMatchObject({ tickets: [], total: 0, currentOwnerId: null });
  });

  it('refuses a cursor made for another narrowing', async () => {
    const large: RecordRef = { type: 'companies', id: kit.facts.largeCompany.id };
    const first = dataOf(
      await kit.harness.call('tickets_list', large, {
        filter: 'all',
        priorities: ['LOW'],
        pageSize: 5,
      }),
    );
    expect(first.nextCursor).toEqual(expect.any(String));
    const result = await kit.harness.call('tickets_list', large, {
      filter: 'all',
      priorities: ['HIGH'],
      pageSize: 5,
      cursor: first.nextCursor,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: [{ field: 'cursor' }] },
    });
  });

  it("shows each row's label of its link to the record", async () => {
    const snapshot = await kit.harness.control.snapshot();
    const requester = snapshot.associationTypes.find(
      (type) => type.fromType === '0-1' && type.toType === '0-5' && type.label === 'Requester',
    );
    const labelled = snapshot.associations.find(
      ([fromType, , toType, , typeIds]) =>
        fromType === '0-1' && toType === '0-5' && typeIds.includes(requester?.typeId ?? -1),
    );
    expect(labelled).toBeDefined();
    const [, contactId, , ticketId] = labelled as [string, string, string, string, number[]];
    const { tickets } = await everyPage({ type: 'contacts', id: contactId }, { filter: 'all' });
    expect(tickets.find((ticket) => ticket.id === ticketId)?.labels).toEqual(['Requester']);
  });

  it("says what a company's roll-up added", async () => {
    const companies = (await kit.harness.control.snapshot()).objects['0-2'];
    let withAdded: TicketsListData['rollUp'] | undefined;
    for (const company of companies) {
      const data = dataOf(
        await kit.harness.call(
          'tickets_list',
          { type: 'companies', id: company.id },
          { filter: 'all', includeContactTickets: true, pageSize: 50 },
        ),
      );
      expect(data.rollUp).toEqual({
        contacts: expect.any(Number),
        addedTickets: data.tickets.filter((ticket) => ticket.viaContact).length,
        contactsLeftOut: 0,
      });
      if ((data.rollUp?.addedTickets ?? 0) > 0 && data.nextCursor === null) withAdded = data.rollUp;
    }
    expect(withAdded?.addedTickets).toBeGreaterThan(0);
  });
});
