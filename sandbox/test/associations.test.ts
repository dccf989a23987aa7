/**
 * Associations on 2026-09 through the real SDK's apiRequest: single-pair links (default
 * and labelled) and unlinks, the per-input paged batch read, the batch writes, labels
 * (with the demo's "Requester"), and links being two-way.
 */
import { DEMO_FACTS, REQUESTER_LABEL, SCALE_FACTS } from '../src/seeds/demoFacts';
import { startHarness, type Harness } from './sdkHarness';
import { crmApi, crmCall, crmPath, expectCrmError, type CrmApi, type LinkBatch } from './crmApi';

let h: Harness;
let api: CrmApi;
const NEW = {
  hs_pipeline_stage: DEMO_FACTS.pipelines.support.stages.new,
  hs_ticket_category: 'PRODUCT_ISSUE',
};

beforeAll(async () => {
  h = await startHarness('demo', { config: { rateLimits: { tenSecondly: null, secondly: null } } });
  api = crmApi(h.client);
});
afterAll(() => h.sandbox.close());
beforeEach(() => h.control.reset('demo'));

async function newTicket(subject = 'assoc'): Promise<string> {
  return (await api.create('tickets', { properties: { subject, ...NEW } })).id;
}

const linkedIds = (fromType: string, id: string, toType: string) =>
  api.linkedIds(fromType, id, toType);

describe('single pair', () => {
  it('creates the default link with 200, both directions in results, visible both ways', async () => {
    const ticket = await newTicket();
    const contact = DEMO_FACTS.contactWithoutTickets;
    const body = await api.defaultLink('tickets', ticket, 'contacts', contact);
    expect(body).toMatchObject({
      status: 'COMPLETE',
      results: [
        {
          from: { id: ticket },
          to: { id: contact },
          associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 },
        },
        expect.anything(),
      ],
    });
    expect(await linkedIds('tickets', ticket, 'contacts')).toEqual([contact]);
    expect(await linkedIds('contacts', contact, 'tickets')).toEqual([ticket]);
  });

  it('creates a labelled link with 201 and reports its labels, the inverse carries it too', async () => {
    const ticket = await newTicket();
    const company = DEMO_FACTS.companyWithoutTickets;
    const body = await api.link('tickets', ticket, 'companies', company, [
      { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 26 },
    ]);
    expect(body).toEqual({
      fromObjectTypeId: '0-5',
      fromObjectId: ticket,
      toObjectTypeId: '0-2',
      toObjectId: company,
      labels: ['Primary'],
    });
    const page = await api.links('companies', 'tickets', [{ id: company }]);
    expect(page.body.results[0]?.to[0]?.associationTypes).toEqual(
      expect.arrayContaining([expect.objectContaining({ typeId: 25, label: 'Primary' })]),
    );
  });

  it('refuses a type id that does not join the two object types', async () => {
    const ticket = await newTicket();
    await expectCrmError(
      api.link('tickets', ticket, 'contacts', DEMO_FACTS.contactWithoutTickets, [
        { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 339 },
      ]),
      400,
      'VALIDATION_ERROR',
    );
    expect(await linkedIds('tickets', ticket, 'contacts')).toEqual([]);
  });

  it('answers 404 when linking to a missing record', async () => {
    const ticket = await newTicket();
    await expectCrmError(
      api.defaultLink('tickets', ticket, 'contacts', '1999999'),
      404,
      'OBJECT_NOT_FOUND',
    );
  });

  it('removes a pair with 204, every type and both directions at once', async () => {
    const ticket = await newTicket();
    const contact = DEMO_FACTS.contactWithoutTickets;
    await api.link('tickets', ticket, 'contacts', contact, [
      { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 },
      { associationCategory: 'USER_DEFINED', associationTypeId: REQUESTER_LABEL.typeId },
    ]);
    const response = await api.unlink('contacts', contact, 'tickets', ticket);
    expect(response).toMatchObject({ status: 204, body: {} });
    expect(await linkedIds('tickets', ticket, 'contacts')).toEqual([]);
    expect(await linkedIds('contacts', contact, 'tickets')).toEqual([]);
  });

  it('does not list archived tickets among a contact’s associations', async () => {
    expect(await linkedIds('contacts', DEMO_FACTS.contactWithTickets, 'tickets')).not.toContain(
      DEMO_FACTS.archivedTicket,
    );
  });
});

describe('batch', () => {
  it('reads several records’ links, 207 for one without any', async () => {
    const response = await api.links('contacts', 'tickets', [
      { id: DEMO_FACTS.contactWithTickets },
      { id: DEMO_FACTS.contactWithoutTickets },
    ]);
    expect(response.status).toBe(207);
    expect(response.body.results).toHaveLength(1);
    expect(response.body.results[0]?.from.id).toBe(DEMO_FACTS.contactWithTickets);
    expect(response.body.results[0]?.to.length).toBeGreaterThan(0);
    expect(response.body.results[0]?.paging).toBeUndefined();
  });

  it('creates labelled links (200), default links (200) and archives them (200)', async () => {
    const [t1, t2] = [await newTicket('b1'), await newTicket('b2')];
    const contact = DEMO_FACTS.contactWithoutTickets;
    const created = await crmCall(
      h.client,
      'POST',
      crmPath.associations('tickets', 'companies', 'create'),
      {
        body: {
          inputs: [
            {
              from: { id: t1 },
              to: { id: DEMO_FACTS.companyWithoutTickets },
              types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 26 }],
            },
          ],
        },
      },
    );
    expect(created).toMatchObject({ status: 200, body: { status: 'COMPLETE' } });
    const defaults = await crmCall<LinkBatch & { results: { from: { id: string } }[] }>(
      h.client,
      'POST',
      crmPath.associations('tickets', 'contacts', 'associate/default'),
      {
        body: {
          inputs: [
            { from: { id: t1 }, to: { id: contact } },
            { from: { id: t2 }, to: { id: contact } },
          ],
        },
      },
    );
    expect(defaults.status).toBe(200);
    expect(defaults.body.results.map((r) => r.from.id).sort()).toEqual([t1, t2].sort());
    expect((await linkedIds('contacts', contact, 'tickets')).sort()).toEqual([t1, t2].sort());

    const archived = await crmCall(
      h.client,
      'POST',
      crmPath.associations('contacts', 'tickets', 'archive'),
      {
        body: { inputs: [{ from: { id: contact }, to: [{ id: t1 }, { id: t2 }] }] },
      },
    );
    expect(archived).toMatchObject({ status: 200, body: { status: 'COMPLETE', results: [] } });
    expect(await linkedIds('contacts', contact, 'tickets')).toEqual([]);
    expect(await linkedIds('tickets', t1, 'companies')).toEqual([DEMO_FACTS.companyWithoutTickets]);
  });

  it('reports a link to a missing record as a 207 error and writes the others', async () => {
    const ticket = await newTicket();
    const answer = await crmCall<{ results: unknown[]; errors: { context: unknown }[] }>(
      h.client,
      'POST',
      crmPath.associations('tickets', 'contacts', 'create'),
      {
        body: {
          inputs: [
            {
              from: { id: ticket },
              to: { id: DEMO_FACTS.contactWithoutTickets },
              types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 }],
            },
            {
              from: { id: ticket },
              to: { id: '1999999' },
              types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 }],
            },
          ],
        },
      },
    );
    expect(answer.status).toBe(207);
    expect(answer.body.results).toHaveLength(1);
    expect(answer.body.errors.map((error) => error.context)).toEqual([
      { fromObjectId: [ticket], toObjectId: ['1999999'] },
    ]);
    expect(await linkedIds('tickets', ticket, 'contacts')).toEqual([
      DEMO_FACTS.contactWithoutTickets,
    ]);
  });
});

describe('the batch read pages each input', () => {
  let big: Harness;
  beforeAll(async () => {
    big = await startHarness('scale:1200', {
      config: { rateLimits: { tenSecondly: null, secondly: null } },
    });
  });
  afterAll(() => big.sandbox.close());

  it('gives an input with more than a page of links paging.next.after, and follows it to the end', async () => {
    const read = (inputs: { id: string; after?: string }[]) =>
      crmApi(big.client).links('contacts', 'tickets', inputs);
    const first = await read([
      { id: SCALE_FACTS.contactId },
      { id: SCALE_FACTS.otherContactIds[0] },
    ]);
    expect(first.status).toBe(200);
    const [many, few] = first.body.results;
    expect(many?.to).toHaveLength(500);
    expect(many?.paging?.next?.after).toEqual(expect.any(String));
    expect(few?.paging).toBeUndefined();
    const seen = new Set(many?.to.map((linked) => linked.toObjectId));
    let after = many?.paging?.next?.after;
    while (after) {
      const page = await read([{ id: SCALE_FACTS.contactId, after }]);
      for (const linked of page.body.results[0]?.to ?? []) seen.add(linked.toObjectId);
      after = page.body.results[0]?.paging?.next?.after;
    }
    expect(seen.size).toBe(1080);
  });
});

describe('labels', () => {
  it('lists the HubSpot-defined types between tickets and companies', async () => {
    const { results } = await api.labels('tickets', 'companies');
    expect(results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: 'HUBSPOT_DEFINED', typeId: 339 }),
        expect.objectContaining({ category: 'HUBSPOT_DEFINED', typeId: 26, label: 'Primary' }),
      ]),
    );
  });

  it('lists the demo’s USER_DEFINED Requester label both ways, and seeded links carry it', async () => {
    expect((await api.labels('tickets', 'contacts')).results).toContainEqual({
      category: 'USER_DEFINED',
      typeId: REQUESTER_LABEL.typeId,
      label: 'Requester',
    });
    expect((await api.labels('contacts', 'tickets')).results).toContainEqual({
      category: 'USER_DEFINED',
      typeId: REQUESTER_LABEL.inverseTypeId,
      label: 'Requester',
    });
    const page = await api.links('contacts', 'tickets', [{ id: DEMO_FACTS.contactWithTickets }]);
    const labels = page.body.results[0]?.to.flatMap((linked) => linked.associationTypes) ?? [];
    expect(labels).toContainEqual({
      category: 'USER_DEFINED',
      typeId: REQUESTER_LABEL.inverseTypeId,
      label: 'Requester',
    });
  });

  it('creates a user-defined label and links with it', async () => {
    const { results } = await api.createLabel('tickets', 'contacts', {
      label: 'Reporter',
      name: 'reporter',
    });
    const reporter = results.find((r) => r.label === 'Reporter');
    expect(reporter).toMatchObject({ category: 'USER_DEFINED' });
    const listed = await api.labels('tickets', 'contacts');
    expect(listed.results.map((r) => r.typeId)).toContain(reporter?.typeId);
    const ticket = await newTicket();
    const response = await api.link(
      'tickets',
      ticket,
      'contacts',
      DEMO_FACTS.contactWithoutTickets,
      [{ associationCategory: 'USER_DEFINED', associationTypeId: reporter?.typeId ?? 0 }],
    );
    expect(response.labels).toEqual(['Reporter']);
  });

  it('refuses a label name that exists with 409', async () => {
    await expectCrmError(
      api.createLabel('tickets', 'contacts', { label: 'Again', name: 'requester' }),
      409,
      'CONFLICT',
    );
  });
});
