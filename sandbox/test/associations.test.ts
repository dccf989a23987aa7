/**
 * Associations through the real SDK: v4 single-pair create (default and labelled), page,
 * archive, the batch endpoints, labels, two-way links, and the tickets guide's v3 DELETE
 * (which the SDK does not wrap: `client.apiRequest`).
 */
import { AssociationSpecAssociationCategoryEnum as Category } from '@hubspot/api-client/lib/codegen/crm/associations/v4';
import { DEMO_FACTS } from '../src/seeds/demoFacts';
import { expectApiError, expectEnvelope, startHarness, type Harness } from './sdkHarness';

let h: Harness;
const stage = DEMO_FACTS.pipelines.support.stages.new;

beforeAll(async () => {
  h = await startHarness('demo', { config: { rateLimits: { tenSecondly: null, secondly: null } } });
});
afterAll(() => h.sandbox.close());
beforeEach(() => h.control.reset('demo'));

const v4 = () => h.client.crm.associations.v4;

async function newTicket(subject = 'assoc'): Promise<string> {
  return (
    await h.client.crm.tickets.basicApi.create({
      properties: { subject, hs_pipeline_stage: stage },
    })
  ).id;
}

async function linkedIds(fromType: string, id: string, toType: string): Promise<string[]> {
  const page = await v4().basicApi.getPage(fromType, id, toType);
  return page.results.map((r) => String(r.toObjectId));
}

describe('single pair', () => {
  it('creates the default link with 200, `_from` in results, visible both ways', async () => {
    const ticket = await newTicket();
    const contact = DEMO_FACTS.contactWithoutTickets;
    const response = await v4().basicApi.createDefaultWithHttpInfo(
      'tickets',
      ticket,
      'contacts',
      contact,
    );
    expect(response.httpStatusCode).toBe(200);
    expect(response.data.results[0]).toMatchObject({
      _from: { id: ticket },
      to: { id: contact },
      associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 },
    });
    expect(await linkedIds('tickets', ticket, 'contacts')).toEqual([contact]);
    expect(await linkedIds('contacts', contact, 'tickets')).toEqual([ticket]);
  });

  it('creates a labelled link with 201 and reports its labels and type ids', async () => {
    const ticket = await newTicket();
    const company = DEMO_FACTS.companyWithoutTickets;
    const response = await v4().basicApi.createWithHttpInfo(
      'tickets',
      ticket,
      'companies',
      company,
      [{ associationCategory: Category.HubspotDefined, associationTypeId: 26 }],
    );
    expect(response.httpStatusCode).toBe(201);
    expect(response.data).toMatchObject({ labels: ['Primary'] });
    expect(String(response.data.fromObjectId)).toBe(ticket);
    expect(String(response.data.toObjectId)).toBe(company);
    const page = await v4().basicApi.getPage('companies', company, 'tickets');
    expect(page.results[0]?.associationTypes).toEqual(
      expect.arrayContaining([expect.objectContaining({ typeId: 25, label: 'Primary' })]),
    );
  });

  it('refuses a type id that does not join the two object types', async () => {
    const ticket = await newTicket();
    await expectApiError(
      v4().basicApi.create('tickets', ticket, 'contacts', DEMO_FACTS.contactWithoutTickets, [
        { associationCategory: Category.HubspotDefined, associationTypeId: 339 },
      ]),
      400,
      'VALIDATION_ERROR',
    );
    expect(await linkedIds('tickets', ticket, 'contacts')).toEqual([]);
  });

  it('answers 404 when linking to a missing record', async () => {
    const ticket = await newTicket();
    await expectApiError(
      v4().basicApi.createDefault('tickets', ticket, 'contacts', '1999999'),
      404,
      'OBJECT_NOT_FOUND',
    );
  });

  it('pages a long association list with limit and after', async () => {
    const seen = new Set<string>();
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await v4().basicApi.getPage(
        'companies',
        DEMO_FACTS.companyWithManyTickets,
        'tickets',
        after,
        100,
      );
      expect(page.results.length).toBeLessThanOrEqual(100);
      for (const result of page.results) seen.add(String(result.toObjectId));
      after = page.paging?.next?.after;
      pages += 1;
    } while (after);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(seen.size).toBeGreaterThanOrEqual(300);
  });

  it('archives a pair with 204, both directions at once', async () => {
    const ticket = await newTicket();
    const contact = DEMO_FACTS.contactWithoutTickets;
    await v4().basicApi.createDefault('tickets', ticket, 'contacts', contact);
    const response = await v4().basicApi.archiveWithHttpInfo(
      'contacts',
      contact,
      'tickets',
      ticket,
    );
    expect(response.httpStatusCode).toBe(204);
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
    const response = await v4().batchApi.getPageWithHttpInfo('contacts', 'tickets', {
      inputs: [{ id: DEMO_FACTS.contactWithTickets }, { id: DEMO_FACTS.contactWithoutTickets }],
    });
    expect(response.httpStatusCode).toBe(207);
    expect(response.data.results).toHaveLength(1);
    expect(response.data.results[0]?._from.id).toBe(DEMO_FACTS.contactWithTickets);
    expect(response.data.results[0]?.to.length).toBeGreaterThan(0);
  });

  it('creates labelled links (201), default links (200) and archives them (204)', async () => {
    const [t1, t2] = [await newTicket('b1'), await newTicket('b2')];
    const contact = DEMO_FACTS.contactWithoutTickets;
    const created = await v4().batchApi.createWithHttpInfo('tickets', 'companies', {
      inputs: [
        {
          _from: { id: t1 },
          to: { id: DEMO_FACTS.companyWithoutTickets },
          types: [{ associationCategory: Category.HubspotDefined, associationTypeId: 26 }],
        },
      ],
    });
    expect(created.httpStatusCode).toBe(201);
    const defaults = await v4().batchApi.createDefaultWithHttpInfo('tickets', 'contacts', {
      inputs: [
        { _from: { id: t1 }, to: { id: contact } },
        { _from: { id: t2 }, to: { id: contact } },
      ],
    });
    expect(defaults.httpStatusCode).toBe(200);
    expect(defaults.data.results.map((r) => r._from.id).sort()).toEqual([t1, t2].sort());
    expect((await linkedIds('contacts', contact, 'tickets')).sort()).toEqual([t1, t2].sort());

    const archived = await v4().batchApi.archiveWithHttpInfo('contacts', 'tickets', {
      inputs: [{ _from: { id: contact }, to: [{ id: t1 }, { id: t2 }] }],
    });
    expect(archived.httpStatusCode).toBe(204);
    expect(await linkedIds('contacts', contact, 'tickets')).toEqual([]);
    expect(await linkedIds('tickets', t1, 'companies')).toEqual([DEMO_FACTS.companyWithoutTickets]);
  });
});

describe('labels', () => {
  it('lists the HubSpot-defined types between tickets and companies', async () => {
    const { results } = await v4().schema.definitionsApi.getAll('tickets', 'companies');
    expect(results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: 'HUBSPOT_DEFINED', typeId: 339 }),
        expect.objectContaining({ category: 'HUBSPOT_DEFINED', typeId: 26, label: 'Primary' }),
      ]),
    );
  });

  it('creates a user-defined label and links with it', async () => {
    const { results } = await v4().schema.definitionsApi.create('tickets', 'contacts', {
      label: 'Reporter',
      name: 'reporter',
    });
    const reporter = results.find((r) => r.label === 'Reporter');
    expect(reporter).toMatchObject({ category: 'USER_DEFINED' });
    const listed = await v4().schema.definitionsApi.getAll('tickets', 'contacts');
    expect(listed.results.map((r) => r.typeId)).toContain(reporter?.typeId);
    const ticket = await newTicket();
    const response = await v4().basicApi.create(
      'tickets',
      ticket,
      'contacts',
      DEMO_FACTS.contactWithoutTickets,
      [{ associationCategory: Category.UserDefined, associationTypeId: reporter?.typeId ?? 0 }],
    );
    expect(response.labels).toEqual(['Reporter']);
  });
});

describe('v3 association DELETE (raw, as in the tickets guide)', () => {
  it('removes one type with 204', async () => {
    const ticket = await newTicket();
    const contact = DEMO_FACTS.contactWithoutTickets;
    await v4().basicApi.createDefault('tickets', ticket, 'contacts', contact);
    const response = await h.client.apiRequest({
      method: 'DELETE',
      path: `/crm/v3/objects/tickets/${ticket}/associations/contacts/${contact}/16`,
    });
    expect(response.status).toBe(204);
    expect(await linkedIds('contacts', contact, 'tickets')).toEqual([]);
  });

  it('answers 400 with the envelope for a type id of another pair (apiRequest does not throw)', async () => {
    const ticket = await newTicket();
    const response = await h.client.apiRequest({
      method: 'DELETE',
      path: `/crm/v3/objects/tickets/${ticket}/associations/contacts/${DEMO_FACTS.contactWithoutTickets}/339`,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expectEnvelope(await response.json(), 'VALIDATION_ERROR');
  });
});
