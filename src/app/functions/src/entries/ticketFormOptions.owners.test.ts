import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';

/** The owner pickers and "Assign to me": the portal's owners, and the card user's own. */

const kit = useFunctionHarness();

async function ownersOfSandbox() {
  const snapshot = await kit.harness.control.snapshot();
  return (snapshot.owners ?? []).filter((owner) => !owner.archived);
}

describe('ticket_form_options owners', () => {
  it("lists the portal's active owners by name, with their emails", async () => {
    const owners = await ownersOfSandbox();
    expect(owners.length).toBeGreaterThanOrEqual(2);
    const data = dataOf(
      await kit.harness.call('ticket_form_options', {
        type: 'contacts',
        id: kit.facts.smallContact.id,
      }),
    );
    const expected = owners
      .map((owner) => ({
        id: owner.id,
        name: `${owner.firstName} ${owner.lastName}`,
        email: owner.email,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(data.owners).toEqual(expected);
    expect(data.currentOwnerId).toBeNull();
  });

  it.each([
    ['user id', (owner: { userId: number }) => ({ userId: owner.userId })],
    ['email, in any case', (owner: { email: string }) => ({ email: owner.email.toUpperCase() })],
  ])("finds the card user's owner by %s", async (_how, hintOf) => {
    const owners = await ownersOfSandbox();
    const owner = owners[owners.length - 1] as (typeof owners)[number];
    const data = dataOf(
      await kit.harness.call(
        'ticket_form_options',
        { type: 'companies', id: kit.facts.smallCompany.id },
        { currentUser: hintOf(owner as { userId: number; email: string }) },
      ),
    );
    expect(data.currentOwnerId).toBe(owner.id);
  });

  it('prefers the user id over an email of another owner, and answers null for a stranger', async () => {
    const [first, second] = await ownersOfSandbox();
    const record = { type: 'contacts' as const, id: kit.facts.smallContact.id };
    const both = dataOf(
      await kit.harness.call('ticket_form_options', record, {
        currentUser: { userId: first?.userId, email: second?.email },
      }),
    );
    expect(both.currentOwnerId).toBe(first?.id);
    const stranger = dataOf(
      await kit.harness.call('ticket_form_options', record, {
        currentUser: { userId: 123, email: 'nobody@example.com' },
      }),
    );
    expect(stranger.currentOwnerId).toBeNull();
  });
});
