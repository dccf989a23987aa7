/**
 * The supporting endpoints through the real SDK: contacts and companies (get, list, batch
 * read, search, create), properties (list, get, create, unique values) and ticket
 * pipelines with their ticketState.
 */
import {
  PropertyCreateFieldTypeEnum,
  PropertyCreateTypeEnum,
} from '@hubspot/api-client/lib/codegen/crm/properties';
import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/contacts';
import { DEMO_COUNTS, DEMO_FACTS } from '../src/seeds/demoFacts';
import { expectApiError, startHarness, type Harness } from './sdkHarness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('demo', { config: { rateLimits: { tenSecondly: null, secondly: null } } });
});
afterAll(() => h.sandbox.close());

describe('contacts', () => {
  it('gets one with its default properties and associations', async () => {
    const contact = await h.client.crm.contacts.basicApi.getById(
      DEMO_FACTS.contactWithTickets,
      undefined,
      undefined,
      ['tickets'],
    );
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
      const page = await h.client.crm.contacts.basicApi.getPage(15, after);
      count += page.results.length;
      after = page.paging?.next?.after;
    } while (after);
    expect(count).toBe(DEMO_COUNTS.contacts);
  });

  it('batch reads, with 207 for a missing id', async () => {
    const response = await h.client.crm.contacts.batchApi.readWithHttpInfo({
      inputs: [{ id: DEMO_FACTS.contactWithTickets }, { id: '1999999' }],
      properties: ['email'],
      propertiesWithHistory: [],
    });
    expect(response.httpStatusCode).toBe(207);
    expect(response.data.results.map((c) => c.id)).toEqual([DEMO_FACTS.contactWithTickets]);
  });

  it('searches and creates', async () => {
    const created = await h.client.crm.contacts.basicApi.create({
      properties: { email: 'new.person@example.com', firstname: 'Zeno', lastname: 'Quill' },
      associations: [],
    });
    expect(created.id).toMatch(/^\d+$/);
    const found = await h.client.crm.contacts.searchApi.doSearch({
      filterGroups: [
        {
          filters: [
            {
              propertyName: 'email',
              operator: FilterOperatorEnum.Eq,
              value: 'new.person@example.com',
            },
          ],
        },
      ],
    });
    expect(found.results.map((c) => c.id)).toEqual([created.id]);
    const byQuery = await h.client.crm.contacts.searchApi.doSearch({ query: 'Zeno' });
    expect(byQuery.results.map((c) => c.id)).toEqual([created.id]);
  });

  it('answers 404 for a missing contact', async () => {
    await expectApiError(
      h.client.crm.contacts.basicApi.getById('1999999'),
      404,
      'OBJECT_NOT_FOUND',
    );
  });
});

describe('companies', () => {
  it('gets, lists, batch reads, searches and creates', async () => {
    const company = await h.client.crm.companies.basicApi.getById(
      DEMO_FACTS.companyWithManyTickets,
    );
    expect(company.properties.name).toEqual(expect.any(String));
    const page = await h.client.crm.companies.basicApi.getPage(100);
    expect(page.results).toHaveLength(DEMO_COUNTS.companies);
    const batch = await h.client.crm.companies.batchApi.read({
      inputs: [{ id: DEMO_FACTS.companyWithManyTickets }, { id: DEMO_FACTS.companyWithoutTickets }],
      properties: ['name'],
      propertiesWithHistory: [],
    });
    expect(batch.results.map((c) => c.id).sort()).toEqual(
      [DEMO_FACTS.companyWithManyTickets, DEMO_FACTS.companyWithoutTickets].sort(),
    );
    const created = await h.client.crm.companies.basicApi.create({
      properties: { name: 'Quux Industries', domain: 'quux.example' },
      associations: [],
    });
    const found = await h.client.crm.companies.searchApi.doSearch({ query: 'Quux' });
    expect(found.results.map((c) => c.id)).toEqual([created.id]);
  });
});

describe('properties', () => {
  it('lists ticket properties with HubSpot fields and the documented options', async () => {
    const { results } = await h.client.crm.properties.coreApi.getAll('tickets');
    const byName = new Map(results.map((p) => [p.name, p]));
    for (const name of [
      'subject',
      'content',
      'hs_pipeline',
      'hs_pipeline_stage',
      'hs_ticket_priority',
      'hs_ticket_category',
      'createdate',
      'closed_date',
    ]) {
      expect(byName.has(name)).toBe(true);
    }
    expect(byName.get('hs_ticket_priority')?.options.map((o) => o.value)).toEqual(
      expect.arrayContaining(['LOW', 'MEDIUM', 'HIGH', 'URGENT']),
    );
    expect(byName.get('createdate')?.modificationMetadata?.readOnlyValue).toBe(true);
    expect(byName.get(DEMO_FACTS.uniqueTicketProperty)?.hasUniqueValue).toBe(true);
  });

  it('gets one by name, 404 for an unknown one', async () => {
    const stage = await h.client.crm.properties.coreApi.getByName('tickets', 'hs_pipeline_stage');
    expect(stage).toMatchObject({ name: 'hs_pipeline_stage', type: 'enumeration' });
    await expectApiError(
      h.client.crm.properties.coreApi.getByName('tickets', 'no_such_property'),
      404,
      'OBJECT_NOT_FOUND',
    );
  });

  it('creates a custom property (201) and refuses its name twice', async () => {
    const definition = {
      name: 'customer_tier',
      label: 'Customer tier',
      type: PropertyCreateTypeEnum.Enumeration,
      fieldType: PropertyCreateFieldTypeEnum.Select,
      groupName: 'ticketinformation',
      options: [
        { label: 'Gold', value: 'gold', displayOrder: 0, hidden: false },
        { label: 'Silver', value: 'silver', displayOrder: 1, hidden: false },
      ],
    };
    const response = await h.client.crm.properties.coreApi.createWithHttpInfo(
      'tickets',
      definition,
    );
    expect(response.httpStatusCode).toBe(201);
    expect(response.data.name).toBe('customer_tier');
    const error = await h.client.crm.properties.coreApi
      .create('tickets', definition)
      .catch((e: { code: number }) => e);
    expect(error).toMatchObject({ code: 409 });
    // The new property is usable on tickets right away, options validated.
    const ticket = await h.client.crm.tickets.basicApi.create({
      properties: {
        subject: 'tiered',
        hs_pipeline_stage: DEMO_FACTS.pipelines.support.stages.new,
        customer_tier: 'gold',
      },
    });
    expect(ticket.properties.customer_tier).toBe('gold');
    await expectApiError(
      h.client.crm.tickets.basicApi.create({
        properties: {
          subject: 'tiered',
          hs_pipeline_stage: DEMO_FACTS.pipelines.support.stages.new,
          customer_tier: 'bronze',
        },
      }),
      400,
      'VALIDATION_ERROR',
    );
  });

  it('answers 409 CONFLICT when a write repeats a hasUniqueValue value', async () => {
    const unique = await h.client.crm.properties.coreApi.create('tickets', {
      name: 'case_number',
      label: 'Case number',
      type: PropertyCreateTypeEnum.String,
      fieldType: PropertyCreateFieldTypeEnum.Text,
      groupName: 'ticketinformation',
      hasUniqueValue: true,
    });
    expect(unique.hasUniqueValue).toBe(true);
    const stage = DEMO_FACTS.pipelines.support.stages.new;
    await h.client.crm.tickets.basicApi.create({
      properties: { subject: 'first', hs_pipeline_stage: stage, case_number: 'C-1' },
    });
    const before = (await h.control.health()).counts.tickets;
    await expectApiError(
      h.client.crm.tickets.basicApi.create({
        properties: { subject: 'second', hs_pipeline_stage: stage, case_number: 'C-1' },
      }),
      409,
      'CONFLICT',
    );
    expect((await h.control.health()).counts.tickets).toBe(before);
  });
});

describe('pipelines', () => {
  it('lists both ticket pipelines with stage ticketState', async () => {
    const { results } = await h.client.crm.pipelines.pipelinesApi.getAll('tickets');
    expect(results.map((p) => p.id)).toEqual([
      DEMO_FACTS.pipelines.support.id,
      DEMO_FACTS.pipelines.billing.id,
    ]);
    const billing = results.find((p) => p.id === DEMO_FACTS.pipelines.billing.id);
    const states = new Map(billing?.stages.map((s) => [s.id, s.metadata?.ticketState]));
    expect(states.get(DEMO_FACTS.pipelines.billing.stages.received)).toBe('OPEN');
    expect(states.get(DEMO_FACTS.pipelines.billing.stages.resolved)).toBe('CLOSED');
    expect(states.get(DEMO_FACTS.pipelines.billing.stages.refunded)).toBe('CLOSED');
  });

  it('gets one pipeline, 404 for an unknown id', async () => {
    const support = await h.client.crm.pipelines.pipelinesApi.getById(
      'tickets',
      DEMO_FACTS.pipelines.support.id,
    );
    expect(support.stages.map((s) => s.id)).toEqual(
      Object.values(DEMO_FACTS.pipelines.support.stages),
    );
    await expectApiError(
      h.client.crm.pipelines.pipelinesApi.getById('tickets', '424242'),
      404,
      'OBJECT_NOT_FOUND',
    );
  });
});
