import type { SandboxSnapshot } from '../../../../../sandbox/src/control';
import { writeCalls } from '../../../../../runtime/src/requestLog';
import {
  dataOf,
  isLinked,
  ticketsWithSubject,
  uniqueCreate,
  useFunctionHarness,
} from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';

/**
 * ticket_create's owner, primary company and portal rules: checked against the store, and
 * still one atomic create call.
 */

const kit = useFunctionHarness({ perTest: true });

/** The contact -> company link of HubSpot's "Primary" type (1), in either stored direction. */
function primaryCompanyOf(snapshot: SandboxSnapshot, contactId: string): string | null {
  const inverse = snapshot.associationTypes.find(
    (type) => type.fromType === '0-1' && type.toType === '0-2' && type.typeId === 1,
  )?.inverseTypeId;
  for (const [fromType, fromId, toType, toId, typeIds] of snapshot.associations) {
    if (fromType === '0-1' && fromId === contactId && toType === '0-2' && typeIds.includes(1)) {
      return toId;
    }
    if (
      fromType === '0-2' &&
      toType === '0-1' &&
      toId === contactId &&
      inverse !== undefined &&
      typeIds.includes(inverse)
    ) {
      return fromId;
    }
  }
  return null;
}

async function contactWithPrimaryCompany(): Promise<{ contact: RecordRef; companyId: string }> {
  const snapshot = await kit.harness.control.snapshot();
  for (const record of snapshot.objects['0-1']) {
    const companyId = primaryCompanyOf(snapshot, record.id);
    if (companyId) return { contact: { type: 'contacts', id: record.id }, companyId };
  }
  throw new Error('no contact with a primary company');
}

function form(label: string) {
  const pipeline = kit.facts.pipelines[0] as { id: string };
  return {
    ...uniqueCreate(label),
    pipelineId: pipeline.id,
    stageId: kit.facts.stageOf(pipeline.id, 'OPEN'),
    categories: ['GENERAL_INQUIRY'],
  };
}

describe('ticket_create on a contact with a primary company', () => {
  it("links the contact's primary company too, in the one create call", async () => {
    const { contact, companyId } = await contactWithPrimaryCompany();
    const create = form('With company');
    await kit.harness.clearRequests();
    const data = dataOf(await kit.harness.call('ticket_create', contact, create));
    expect(writeCalls(await kit.harness.requests())).toEqual(['POST /crm/objects/2026-09/tickets']);
    const snapshot = await kit.harness.control.snapshot();
    expect(isLinked(snapshot, data.ticket.id, contact)).toBe(true);
    expect(isLinked(snapshot, data.ticket.id, { type: 'companies', id: companyId })).toBe(true);
  });

  it('links only the contact when asked not to', async () => {
    const { contact, companyId } = await contactWithPrimaryCompany();
    const data = dataOf(
      await kit.harness.call('ticket_create', contact, {
        ...form('Without company'),
        linkPrimaryCompany: false,
      }),
    );
    const snapshot = await kit.harness.control.snapshot();
    expect(isLinked(snapshot, data.ticket.id, contact)).toBe(true);
    expect(isLinked(snapshot, data.ticket.id, { type: 'companies', id: companyId })).toBe(false);
  });
});

describe('ticket_create with an owner and extra properties', () => {
  it('stores the owner and answers it by name', async () => {
    const snapshot = await kit.harness.control.snapshot();
    const owner = snapshot.owners?.find((candidate) => !candidate.archived);
    const contact: RecordRef = { type: 'contacts', id: kit.facts.smallContact.id };
    const data = dataOf(
      await kit.harness.call('ticket_create', contact, {
        ...form('Owned'),
        ownerId: owner?.id,
        extraProperties: { source_type: 'PHONE' },
      }),
    );
    expect(data.ticket.owner).toEqual({
      id: owner?.id,
      name: `${owner?.firstName} ${owner?.lastName}`,
    });
    const after = await kit.harness.control.snapshot();
    expect(
      after.objects['0-5'].find((ticket) => ticket.id === data.ticket.id)?.properties,
    ).toMatchObject({ hubspot_owner_id: owner?.id, source_type: 'PHONE' });
  });
});

describe.each(['context', 'message'] as const)(
  'ticket_create refused by a portal rule ("%s" error shape)',
  (shape) => {
    it('asks for the required property with its options, creates nothing, then creates with the answer', async () => {
      await kit.harness.control.setConfig({ validationErrorShape: shape });
      await kit.harness.control.setValidationRules([
        {
          id: 'test-create-needs-category',
          objectType: '0-5',
          kind: 'createRequired',
          required: ['hs_ticket_category'],
        },
      ]);
      const contact: RecordRef = { type: 'contacts', id: kit.facts.smallContact.id };
      const { categories: _none, ...create } = form('Needs a category');
      const refused = await kit.harness.call('ticket_create', contact, create);
      expect(refused).toEqual({
        ok: false,
        error: expect.objectContaining({
          code: 'PROPERTIES_REQUIRED',
          retryable: false,
          fieldErrors: [
            {
              field: 'hs_ticket_category',
              message: expect.any(String),
              property: expect.objectContaining({
                name: 'hs_ticket_category',
                fieldType: 'checkbox',
                options: expect.arrayContaining([
                  expect.objectContaining({ value: 'BILLING_ISSUE' }),
                ]),
              }),
            },
          ],
        }),
      });
      expect(ticketsWithSubject(await kit.harness.control.snapshot(), create.subject)).toEqual([]);

      // The card's answer goes back as extraProperties, with the same request id.
      const answered = dataOf(
        await kit.harness.call('ticket_create', contact, {
          ...create,
          extraProperties: { hs_ticket_category: 'BILLING_ISSUE' },
        }),
      );
      expect(answered.deduplicated).toBe(false);
      expect(answered.ticket.categories.map((option) => option.value)).toEqual(['BILLING_ISSUE']);
      expect(ticketsWithSubject(await kit.harness.control.snapshot(), create.subject)).toHaveLength(
        1,
      );
    });
  },
);
