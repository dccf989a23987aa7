import type { SandboxSnapshot } from '../../../../../sandbox/src/control';
import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';

/**
 * "Link existing" before anything is typed: the portal's recent tickets, each naming the
 * contacts and companies it is linked to, so alike subjects can be told apart.
 */

const kit = useFunctionHarness();

function linkedIds(snapshot: SandboxSnapshot, ticketId: string, typeId: '0-1' | '0-2'): string[] {
  const ids: string[] = [];
  for (const [fromType, fromId, toType, toId] of snapshot.associations) {
    if (fromType === '0-5' && fromId === ticketId && toType === typeId) ids.push(toId);
    if (toType === '0-5' && toId === ticketId && fromType === typeId) ids.push(fromId);
  }
  return ids.filter(
    (id) => snapshot.objects[typeId].find((record) => record.id === id)?.archived === false,
  );
}

function nameOf(snapshot: SandboxSnapshot, typeId: '0-1' | '0-2', id: string): string {
  const props = snapshot.objects[typeId].find((record) => record.id === id)?.properties ?? {};
  if (typeId === '0-2') return String(props.name ?? props.domain);
  return [props.firstname, props.lastname].filter(Boolean).join(' ') || String(props.email);
}

describe('tickets_search with no text', () => {
  it("lists the portal's most recently changed tickets, each with its linked names", async () => {
    const record: RecordRef = { type: 'contacts', id: kit.facts.smallContact.id };
    const snapshot = await kit.harness.control.snapshot();
    const expected = snapshot.objects['0-5']
      .filter((ticket) => !ticket.archived)
      .sort(
        (a, b) =>
          Date.parse(String(b.properties.hs_lastmodifieddate)) -
          Date.parse(String(a.properties.hs_lastmodifieddate)),
      )
      .slice(0, 8);
    const data = dataOf(await kit.harness.call('tickets_search', record, { query: '', limit: 8 }));
    expect(data.results.map((ticket) => ticket.id)).toEqual(expected.map((ticket) => ticket.id));
    expect(data.more).toBe(true);
    for (const result of data.results) {
      const contacts = linkedIds(snapshot, result.id, '0-1');
      const companies = linkedIds(snapshot, result.id, '0-2');
      expect(result.linkedTo.contacts.length).toBe(Math.min(3, contacts.length));
      expect(result.linkedTo.companies.length).toBe(Math.min(3, companies.length));
      for (const name of result.linkedTo.contacts) {
        expect(contacts.map((id) => nameOf(snapshot, '0-1', id))).toContain(name);
      }
      for (const name of result.linkedTo.companies) {
        expect(companies.map((id) => nameOf(snapshot, '0-2', id))).toContain(name);
      }
      expect(result.linked).toBe(contacts.includes(record.id));
    }
    expect(data.results.some((result) => result.linkedTo.companies.length > 0)).toBe(true);
  });

  it('names the linked records of text results too', async () => {
    const record: RecordRef = { type: 'companies', id: kit.facts.smallCompany.id };
    const ticketId = kit.facts.smallCompany.tickets[0]?.id as string;
    const data = dataOf(await kit.harness.call('tickets_search', record, { query: ticketId }));
    expect(data.results[0]).toMatchObject({ id: ticketId, linked: true });
    expect(data.results[0]?.linkedTo.companies.length).toBeGreaterThanOrEqual(1);
  });
});
