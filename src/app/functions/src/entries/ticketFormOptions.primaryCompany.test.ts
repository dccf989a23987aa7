import type { SandboxSnapshot } from '../../../../../sandbox/src/control';
import { crmPath, crmRequest } from '../../../../../sandbox/src/testing/crmRequest';
import { sandboxClient } from '../../../../../testkits/crmFacts';
import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';
import { countKinds, sequentialRounds } from '../../../../../runtime/src/requestLog';
import { HARNESS_TOKEN, type RecordRef } from '../../../../../testkits/testHarness';

/**
 * ticket_form_options names a contact's primary company (the contact -> company link of
 * HubSpot's "Primary" type 1), so the "New ticket" panel can say which company it links:
 * checked against the store, and counted from the sandbox's request log.
 */

const kit = useFunctionHarness();

const PRIMARY = 1;
const CONTACT_TO_COMPANY_UNLABELLED = 279;

/** The contact's primary company as the store links it, in either stored direction. */
function primaryCompanyOf(snapshot: SandboxSnapshot, contactId: string): string | null {
  const inverse = snapshot.associationTypes.find(
    (type) => type.fromType === '0-1' && type.toType === '0-2' && type.typeId === PRIMARY,
  )?.inverseTypeId;
  for (const [fromType, fromId, toType, toId, typeIds] of snapshot.associations) {
    if (fromType === '0-1' && fromId === contactId && toType === '0-2') {
      if (typeIds.includes(PRIMARY)) return toId;
    }
    if (fromType === '0-2' && toType === '0-1' && toId === contactId) {
      if (inverse !== undefined && typeIds.includes(inverse)) return fromId;
    }
  }
  return null;
}

function linksToAnyCompany(snapshot: SandboxSnapshot, contactId: string): boolean {
  return snapshot.associations.some(
    ([fromType, fromId, toType, toId]) =>
      (fromType === '0-1' && fromId === contactId && toType === '0-2') ||
      (fromType === '0-2' && toType === '0-1' && toId === contactId),
  );
}

function companyNameIn(snapshot: SandboxSnapshot, companyId: string): string | undefined {
  return snapshot.objects['0-2'].find((company) => company.id === companyId)?.properties.name;
}

/** Demo contacts with a primary company, and live contacts linked to no company at all. */
async function demoContacts(): Promise<{
  withCompany: { contact: RecordRef; companyId: string }[];
  withoutCompany: RecordRef[];
}> {
  const snapshot = await kit.harness.control.snapshot();
  const live = snapshot.objects['0-1'].filter((contact) => !contact.archived);
  return {
    withCompany: live.flatMap((contact) => {
      const companyId = primaryCompanyOf(snapshot, contact.id);
      return companyId ? [{ contact: { type: 'contacts', id: contact.id }, companyId }] : [];
    }),
    withoutCompany: live
      .filter((contact) => !linksToAnyCompany(snapshot, contact.id))
      .map((contact) => ({ type: 'contacts', id: contact.id })),
  };
}

/** Links the contact to companies through HubSpot's own API, in this order. */
async function linkCompanies(
  contactId: string,
  links: { companyId: string; typeIds: number[] }[],
): Promise<void> {
  const client = sandboxClient(kit.harness.sandbox.url, HARNESS_TOKEN);
  for (const { companyId, typeIds } of links) {
    await crmRequest(client, {
      method: 'POST',
      path: crmPath.associations('contacts', 'companies', 'create'),
      body: {
        inputs: [
          {
            from: { id: contactId },
            to: { id: companyId },
            types: typeIds.map((associationTypeId) => ({
              associationCategory: 'HUBSPOT_DEFINED',
              associationTypeId,
            })),
          },
        ],
      },
    });
  }
}

async function createRecord(
  objectType: 'companies' | 'contacts',
  properties: Record<string, string>,
): Promise<string> {
  const client = sandboxClient(kit.harness.sandbox.url, HARNESS_TOKEN);
  const record = await crmRequest<{ id: string }>(client, {
    method: 'POST',
    path: crmPath.objects(objectType),
    body: { properties, associations: [] },
  });
  return record.id;
}

let contactSerial = 0;

/** A new contact of its own, linked to no company yet: each test changes only its own. */
async function newContact(): Promise<RecordRef> {
  contactSerial += 1;
  const email = `primary-company-${process.pid}-${contactSerial}@test.example`;
  return { type: 'contacts', id: await createRecord('contacts', { email }) };
}

async function formOptionsOf(record: RecordRef) {
  return dataOf(await kit.harness.call('ticket_form_options', record, {}));
}

describe('ticket_form_options: the primary company of a contact', () => {
  it("answers a demo contact's primary company with its id and name, as the store has them", async () => {
    const { withCompany } = await demoContacts();
    expect(withCompany.length).toBeGreaterThanOrEqual(2);
    const snapshot = await kit.harness.control.snapshot();
    // Two contacts of different companies: the answer follows the contact.
    const first = withCompany[0] as (typeof withCompany)[number];
    const other = withCompany.find((candidate) => candidate.companyId !== first.companyId);
    expect(other).toBeDefined();
    for (const { contact, companyId } of [first, other ?? first]) {
      const name = companyNameIn(snapshot, companyId);
      expect(name).toEqual(expect.any(String));
      expect((await formOptionsOf(contact)).primaryCompany).toEqual({ id: companyId, name });
    }
  });

  it('picks the Primary link, not merely the first company the contact is linked to', async () => {
    const { withCompany } = await demoContacts();
    const contact = await newContact();
    const [plain, primary] = [...new Set(withCompany.map((entry) => entry.companyId))];
    expect(plain).toBeDefined();
    expect(primary).toBeDefined();
    await linkCompanies(contact.id, [
      { companyId: plain as string, typeIds: [CONTACT_TO_COMPANY_UNLABELLED] },
      { companyId: primary as string, typeIds: [CONTACT_TO_COMPANY_UNLABELLED, PRIMARY] },
    ]);
    const snapshot = await kit.harness.control.snapshot();
    expect(primaryCompanyOf(snapshot, contact.id)).toBe(primary);
    expect((await formOptionsOf(contact)).primaryCompany).toEqual({
      id: primary,
      name: companyNameIn(snapshot, primary as string),
    });
  });

  const nameless: [string, Record<string, string>, (id: string) => string][] = [
    ['its domain', { domain: 'nameless.example' }, () => 'nameless.example'],
    ['"Company <id>"', {}, (id) => `Company ${id}`],
  ];
  it.each(nameless)(
    'names a primary company without a name by %s',
    async (_how, properties, expectedName) => {
      const contact = await newContact();
      const companyId = await createRecord('companies', properties);
      await linkCompanies(contact.id, [
        { companyId, typeIds: [CONTACT_TO_COMPANY_UNLABELLED, PRIMARY] },
      ]);
      expect((await formOptionsOf(contact)).primaryCompany).toEqual({
        id: companyId,
        name: expectedName(companyId),
      });
    },
  );

  it('answers null for a contact without a primary company, even one linked to a company', async () => {
    const { withCompany, withoutCompany } = await demoContacts();
    const alone = withoutCompany[0];
    expect(alone).toBeDefined();
    const plainOnly = await newContact();
    await linkCompanies(plainOnly.id, [
      {
        companyId: (withCompany[0] as { companyId: string }).companyId,
        typeIds: [CONTACT_TO_COMPANY_UNLABELLED],
      },
    ]);
    for (const contact of [alone, plainOnly] as RecordRef[]) {
      const data = await formOptionsOf(contact);
      expect(data).toHaveProperty('primaryCompany', null);
    }
  });

  it('leaves the field out on a company', async () => {
    const data = await formOptionsOf({ type: 'companies', id: kit.facts.smallCompany.id });
    expect(data).not.toHaveProperty('primaryCompany');
    expect(data.pipelines.length).toBeGreaterThan(0);
  });
});

describe('ticket_form_options on a contact: HubSpot calls', () => {
  async function counted(record: RecordRef) {
    await kit.harness.clearRequests();
    dataOf(await kit.harness.call('ticket_form_options', record, {}));
    return kit.harness.requests();
  }

  async function withLatency(run: () => Promise<void>): Promise<void> {
    await kit.harness.control.setConfig({
      latency: { default: { fixedMs: 150, jitterMs: 0 } },
      rateLimits: { tenSecondly: null, secondly: null },
    });
    try {
      await run();
    } finally {
      await kit.harness.control.resetConfig();
    }
  }

  it('warm, with a primary company: 1 call (the company batch read) in 1 round trip', async () => {
    const { withCompany } = await demoContacts();
    const { contact, companyId } = withCompany[1] as (typeof withCompany)[number];
    await formOptionsOf(contact);
    await withLatency(async () => {
      const log = await counted(contact);
      expect(log.log.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
        'POST /crm/objects/2026-09/companies/batch/read',
      ]);
      expect(sequentialRounds(log)).toBe(1);
    });
    expect((await formOptionsOf(contact)).primaryCompany?.id).toBe(companyId);
  });

  it('warm, without a primary company: no call', async () => {
    const { withoutCompany } = await demoContacts();
    const contact = withoutCompany[withoutCompany.length - 1] as RecordRef;
    await formOptionsOf(contact);
    const log = await counted(contact);
    expect(log.total).toBe(0);
  });

  it('cold, with a primary company: 6 calls in 2 round trips (only the name waits)', async () => {
    const { withCompany } = await demoContacts();
    const { contact } = withCompany[2] as (typeof withCompany)[number];
    kit.harness.runtime.coldStart();
    await withLatency(async () => {
      const log = await counted(contact);
      expect(countKinds(log)).toEqual({
        pipelines: 1,
        properties: 1,
        owners: 1,
        associationLabels: 1,
        associationRead: 1,
        batchRead: 1,
      });
      expect(log.total).toBe(6);
      expect(sequentialRounds(log)).toBe(2);
    });
  });
});
