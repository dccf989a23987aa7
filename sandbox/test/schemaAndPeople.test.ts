/**
 * The supporting endpoints on 2026-09 through the real SDK's apiRequest: contacts and
 * companies (get, list, batch read, search, create), properties (list, get, create,
 * unique values, the demo's resolution and service-time properties) and ticket pipelines
 * with their ticketState.
 */
import { DEMO_COUNTS, DEMO_FACTS, RESOLUTION_PROPERTY } from '../src/seeds/demoFacts';
import { startHarness, type Harness, type Json } from './sdkHarness';
import { crmApi, expectCrmError, type CrmApi } from './crmApi';

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

describe('contacts', () => {
  it('gets one with its default properties and associations', async () => {
    const contact = await api.getById('contacts', DEMO_FACTS.contactWithTickets, {
      associations: 'tickets',
    });
    expect(contact.id).toBe(DEMO_FACTS.contactWithTickets);
    expect(contact.properties).toMatchObject({
      email: expect.stringContaining('@'),
      hs_object_id: contact.id,
    });
    expect(contact.associations?.tickets?.results.length).toBeGreaterThan(0);
  });

  it('lists every contact through paging', async () => {
    let after: string | undefined;
    let count = 0;
    do {
      const page = await api.getPage('contacts', { limit: 15, after });
      count += page.results.length;
      after = page.paging?.next.after;
    } while (after);
    expect(count).toBe(DEMO_COUNTS.contacts);
  });

  it('batch reads, with 207 for a missing id', async () => {
    const response = await api.batchRead('contacts', {
      inputs: [{ id: DEMO_FACTS.contactWithTickets }, { id: '1999999' }],
      properties: ['email'],
      propertiesWithHistory: [],
    });
    expect(response.status).toBe(207);
    expect(response.body.results.map((c) => c.id)).toEqual([DEMO_FACTS.contactWithTickets]);
  });

  it('searches and creates', async () => {
    const created = await api.create('contacts', {
      properties: { email: 'new.person@example.com', firstname: 'Zeno', lastname: 'Quill' },
      associations: [],
    });
    expect(created.id).toMatch(/^\d+$/);
    const found = await api.search('contacts', {
      filterGroups: [
        { filters: [{ propertyName: 'email', operator: 'EQ', value: 'new.person@example.com' }] },
      ],
    });
    expect(found.results.map((c) => c.id)).toEqual([created.id]);
    const byQuery = await api.search('contacts', { query: 'Zeno' });
    expect(byQuery.results.map((c) => c.id)).toEqual([created.id]);
  });

  it('answers 404 for a missing contact', async () => {
    await expectCrmError(api.getById('contacts', '1999999'), 404, 'OBJECT_NOT_FOUND');
  });

  it('has a primary company (contact -> company type 1 "Primary") when it has a company', async () => {
    const links = await api.links('contacts', 'companies', [{ id: DEMO_FACTS.contactWithTickets }]);
    expect(links.body.results[0]?.to).toEqual([
      {
        toObjectId: expect.stringMatching(/^\d+$/),
        associationTypes: expect.arrayContaining([
          { category: 'HUBSPOT_DEFINED', typeId: 1, label: 'Primary' },
        ]),
      },
    ]);
  });
});

describe('companies', () => {
  it('gets, lists, batch reads, searches and creates', async () => {
    const company = await api.getById('companies', DEMO_FACTS.companyWithManyTickets);
    expect(company.properties.name).toEqual(expect.any(String));
    const page = await api.getPage('companies', { limit: 100 });
    expect(page.results).toHaveLength(DEMO_COUNTS.companies);
    const batch = await api.batchRead('companies', {
      inputs: [{ id: DEMO_FACTS.companyWithManyTickets }, { id: DEMO_FACTS.companyWithoutTickets }],
      properties: ['name'],
      propertiesWithHistory: [],
    });
    expect(batch.body.results.map((c) => c.id).sort()).toEqual(
      [DEMO_FACTS.companyWithManyTickets, DEMO_FACTS.companyWithoutTickets].sort(),
    );
    const created = await api.create('companies', {
      properties: { name: 'Quux Industries', domain: 'quux.example' },
      associations: [],
    });
    const found = await api.search('companies', { query: 'Quux' });
    expect(found.results.map((c) => c.id)).toEqual([created.id]);
  });
});

interface Property {
  name: string;
  type: string;
  fieldType: string;
  options: { value: string; label: string }[];
  hasUniqueValue: boolean;
  modificationMetadata: { readOnlyValue: boolean };
}

describe('properties', () => {
  it('lists ticket properties with HubSpot fields and the documented options', async () => {
    const { results } = await api.properties('tickets');
    const byName = new Map((results as unknown as Property[]).map((p) => [p.name, p]));
    for (const name of [
      'subject',
      'content',
      'hs_pipeline',
      'hs_pipeline_stage',
      'hs_ticket_priority',
      'hs_ticket_category',
      'createdate',
      'closed_date',
      'source_type',
      'hubspot_owner_id',
      'time_to_close',
      'time_to_first_agent_reply',
      'resolution',
    ]) {
      expect(byName.has(name)).toBe(true);
    }
    expect(byName.get('hs_ticket_priority')?.options.map((o) => o.value)).toEqual(
      expect.arrayContaining(['LOW', 'MEDIUM', 'HIGH', 'URGENT']),
    );
    expect(
      byName
        .get('source_type')
        ?.options.map((o) => o.value)
        .sort(),
    ).toEqual(['CHAT', 'EMAIL', 'FORM', 'PHONE']);
    expect(byName.get('createdate')?.modificationMetadata.readOnlyValue).toBe(true);
    for (const time of ['time_to_close', 'time_to_first_agent_reply']) {
      expect(byName.get(time)).toMatchObject({
        type: 'number',
        modificationMetadata: { readOnlyValue: true },
      });
    }
    expect(byName.get(DEMO_FACTS.uniqueTicketProperty)?.hasUniqueValue).toBe(true);
  });

  it('has the demo’s resolution as a custom select property with its four options', async () => {
    const resolution = await api.property('tickets', 'resolution');
    expect(resolution).toMatchObject({
      name: 'resolution',
      label: 'Resolution',
      type: 'enumeration',
      fieldType: 'select',
      hubspotDefined: false,
    });
    expect((resolution as unknown as Property).options.map((o) => [o.value, o.label])).toEqual(
      RESOLUTION_PROPERTY.options.map(([value, label]) => [value, label]),
    );
  });

  it('gets one by name, 404 for an unknown one', async () => {
    const stage = await api.property('tickets', 'hs_pipeline_stage');
    expect(stage).toMatchObject({ name: 'hs_pipeline_stage', type: 'enumeration' });
    await expectCrmError(api.property('tickets', 'no_such_property'), 404, 'OBJECT_NOT_FOUND');
  });

  it('creates a custom property (201) and refuses its name twice', async () => {
    const definition = {
      name: 'customer_tier',
      label: 'Customer tier',
      type: 'enumeration',
      fieldType: 'select',
      groupName: 'ticketinformation',
      options: [
        { label: 'Gold', value: 'gold', displayOrder: 0, hidden: false },
        { label: 'Silver', value: 'silver', displayOrder: 1, hidden: false },
      ],
    };
    const created = await api.createProperty('tickets', definition);
    expect(created.name).toBe('customer_tier');
    await expectCrmError(api.createProperty('tickets', definition), 409, 'OBJECT_ALREADY_EXISTS');
    // The new property is usable on tickets right away, options validated.
    const ticket = await api.create('tickets', {
      properties: { subject: 'tiered', ...NEW, customer_tier: 'gold' },
    });
    expect(ticket.properties.customer_tier).toBe('gold');
    await expectCrmError(
      api.create('tickets', { properties: { subject: 'tiered', ...NEW, customer_tier: 'bronze' } }),
      400,
      'VALIDATION_ERROR',
    );
  });

  it('answers 409 CONFLICT when a write repeats a hasUniqueValue value', async () => {
    const unique: Json = await api.createProperty('tickets', {
      name: 'case_number',
      label: 'Case number',
      type: 'string',
      fieldType: 'text',
      groupName: 'ticketinformation',
      hasUniqueValue: true,
    });
    expect(unique.hasUniqueValue).toBe(true);
    await api.create('tickets', { properties: { subject: 'first', ...NEW, case_number: 'C-1' } });
    const before = (await h.control.health()).counts.tickets;
    await expectCrmError(
      api.create('tickets', { properties: { subject: 'second', ...NEW, case_number: 'C-1' } }),
      409,
      'CONFLICT',
    );
    expect((await h.control.health()).counts.tickets).toBe(before);
  });
});

interface Stage {
  id: string;
  metadata: { ticketState: string };
}

describe('pipelines', () => {
  it('lists both ticket pipelines with stage ticketState', async () => {
    const { results } = await api.pipelines('tickets');
    expect(results.map((p) => p.id)).toEqual([
      DEMO_FACTS.pipelines.support.id,
      DEMO_FACTS.pipelines.billing.id,
    ]);
    const billing = results.find((p) => p.id === DEMO_FACTS.pipelines.billing.id);
    const states = new Map(
      (billing?.stages as unknown as Stage[]).map((s) => [s.id, s.metadata.ticketState]),
    );
    expect(states.get(DEMO_FACTS.pipelines.billing.stages.received)).toBe('OPEN');
    expect(states.get(DEMO_FACTS.pipelines.billing.stages.resolved)).toBe('CLOSED');
    expect(states.get(DEMO_FACTS.pipelines.billing.stages.refunded)).toBe('CLOSED');
  });

  it('gets one pipeline, 404 for an unknown id', async () => {
    const support = await api.pipeline('tickets', DEMO_FACTS.pipelines.support.id);
    expect((support.stages as unknown as Stage[]).map((s) => s.id)).toEqual(
      Object.values(DEMO_FACTS.pipelines.support.stages),
    );
    await expectCrmError(api.pipeline('tickets', '424242'), 404, 'OBJECT_NOT_FOUND');
  });
});
