import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import { HARNESS_TOKEN, type RecordRef } from '../../../../../testkits/testHarness';
import { storedTicketProperties } from '../../../../../testkits/crmFacts';

const kit = useFunctionHarness();

async function subjectOf(ticketId: string): Promise<string> {
  const properties = await storedTicketProperties(
    kit.harness.sandbox.url,
    HARNESS_TOKEN,
    ticketId,
    ['subject'],
  );
  return properties.subject ?? '';
}

describe.each([
  ['a contact', (): RecordRef => ({ type: 'contacts', id: kit.facts.smallContact.id })],
  ['a company', (): RecordRef => ({ type: 'companies', id: kit.facts.smallCompany.id })],
])('tickets_search on %s', (_name, recordOf) => {
  const linkedOf = (): string => {
    const record = recordOf();
    const tickets =
      record.type === 'contacts' ? kit.facts.smallContact.tickets : kit.facts.smallCompany.tickets;
    return (tickets[0] as { id: string }).id;
  };

  it('finds a ticket by exact id first, marking whether it is linked here', async () => {
    const linked = dataOf(
      await kit.harness.call('tickets_search', recordOf(), { query: linkedOf() }),
    );
    expect(linked.results[0]).toMatchObject({ id: linkedOf(), linked: true });
    const other = dataOf(
      await kit.harness.call('tickets_search', recordOf(), { query: kit.facts.unlinkedTicket.id }),
    );
    expect(other.results[0]).toMatchObject({ id: kit.facts.unlinkedTicket.id, linked: false });
  });

  it('finds tickets by words of their subject', async () => {
    const subject = await subjectOf(kit.facts.unlinkedTicket.id);
    const data = dataOf(
      await kit.harness.call('tickets_search', recordOf(), { query: subject, limit: 25 }),
    );
    expect(data.results.map((ticket) => ticket.id)).toContain(kit.facts.unlinkedTicket.id);
    expect(data.results.length).toBeLessThanOrEqual(25);
  });

  it('never returns a ticket from the recycle bin, even by its id', async () => {
    if (!kit.facts.archivedTicketId) throw new Error('the demo seed has an archived ticket');
    const data = dataOf(
      await kit.harness.call('tickets_search', recordOf(), { query: kit.facts.archivedTicketId }),
    );
    expect(data.results.map((ticket) => ticket.id)).not.toContain(kit.facts.archivedTicketId);
  });
});
