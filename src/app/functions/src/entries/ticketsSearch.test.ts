import { readCrmFacts, type CrmFacts } from '../../../../../runtime/src/crmFacts';
import { dataOf } from '../../../../../runtime/src/functionTestKit';
import {
  HARNESS_TOKEN,
  startFunctionHarness,
  type FunctionHarness,
  type RecordRef,
} from '../../../../../runtime/src/testHarness';
import { sandboxClient } from '../../../../../runtime/src/crmFacts';

let harness: FunctionHarness;
let facts: CrmFacts;

beforeAll(async () => {
  harness = await startFunctionHarness();
  facts = await readCrmFacts(harness.sandbox.url, HARNESS_TOKEN);
});

afterAll(async () => {
  await harness?.close();
});

async function subjectOf(ticketId: string): Promise<string> {
  const client = sandboxClient(harness.sandbox.url, HARNESS_TOKEN);
  const ticket = await client.crm.tickets.basicApi.getById(ticketId, ['subject']);
  return ticket.properties.subject ?? '';
}

describe.each([
  ['a contact', (): RecordRef => ({ type: 'contacts', id: facts.smallContact.id })],
  ['a company', (): RecordRef => ({ type: 'companies', id: facts.smallCompany.id })],
])('tickets_search on %s', (_name, recordOf) => {
  const linkedOf = (): string => {
    const record = recordOf();
    const tickets =
      record.type === 'contacts' ? facts.smallContact.tickets : facts.smallCompany.tickets;
    return (tickets[0] as { id: string }).id;
  };

  it('finds a ticket by exact id first, marking whether it is linked here', async () => {
    const linked = dataOf(await harness.call('tickets_search', recordOf(), { query: linkedOf() }));
    expect(linked.results[0]).toMatchObject({ id: linkedOf(), linked: true });
    const other = dataOf(
      await harness.call('tickets_search', recordOf(), { query: facts.unlinkedTicket.id }),
    );
    expect(other.results[0]).toMatchObject({ id: facts.unlinkedTicket.id, linked: false });
  });

  it('finds tickets by words of their subject', async () => {
    const subject = await subjectOf(facts.unlinkedTicket.id);
    const data = dataOf(
      await harness.call('tickets_search', recordOf(), { query: subject, limit: 25 }),
    );
    expect(data.results.map((ticket) => ticket.id)).toContain(facts.unlinkedTicket.id);
    expect(data.results.length).toBeLessThanOrEqual(25);
  });

  it('never returns a ticket from the recycle bin, even by its id', async () => {
    if (!facts.archivedTicketId) throw new Error('the demo seed has an archived ticket');
    const data = dataOf(
      await harness.call('tickets_search', recordOf(), { query: facts.archivedTicketId }),
    );
    expect(data.results.map((ticket) => ticket.id)).not.toContain(facts.archivedTicketId);
  });
});
