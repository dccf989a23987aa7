import { CrmStore } from '../store/crmStore';
import { buildSeed } from './buildSeed';
import { DEMO_FACTS, DEMO_OWNERS, REQUESTER_LABEL, SCALE_FACTS } from './demoFacts';
import { ticketState } from '../store/propertyWrites';

const demo = new CrmStore(buildSeed('demo'));
const ticketsOf = (type: '0-1' | '0-2', id: string) => [
  ...(demo.linkedIds(type, id, '0-5')?.keys() ?? []),
];

describe('the demo seed', () => {
  it('is the same on every build', () => {
    expect(buildSeed('demo')).toEqual(buildSeed('demo'));
  });

  it('is a small portal: 10 companies, 40 contacts, tickets in two pipelines, a few archived', () => {
    const tickets = [...demo.records['0-5'].values()];
    expect(demo.records['0-2'].size).toBe(10);
    expect(demo.records['0-1'].size).toBe(40);
    expect(new Set(tickets.map((ticket) => ticket.properties.hs_pipeline))).toEqual(
      new Set([DEMO_FACTS.pipelines.support.id, DEMO_FACTS.pipelines.billing.id]),
    );
    expect(tickets.filter((ticket) => ticket.archived).length).toBeGreaterThanOrEqual(3);
    const states = new Set(tickets.map((ticket) => ticketState(demo.pipelines, ticket.properties)));
    expect(states).toEqual(new Set(['OPEN', 'CLOSED']));
  });

  it('holds the documented facts', () => {
    expect(ticketsOf('0-1', DEMO_FACTS.contactWithTickets).length).toBeGreaterThanOrEqual(5);
    expect(ticketsOf('0-1', DEMO_FACTS.contactWithTickets)).toContain(DEMO_FACTS.archivedTicket);
    expect(demo.get('0-5', DEMO_FACTS.archivedTicket)?.archived).toBe(true);
    expect(demo.linksOf('0-1', DEMO_FACTS.contactWithoutTickets)).toBeUndefined();
    expect(ticketsOf('0-2', DEMO_FACTS.companyWithManyTickets).length).toBeGreaterThanOrEqual(300);
    expect(ticketsOf('0-2', DEMO_FACTS.companyWithoutTickets)).toEqual([]);
  });

  it('gives companyWithContactTickets contacts whose own tickets are not linked to it', () => {
    const company = DEMO_FACTS.companyWithContactTickets;
    const companyTickets = new Set(ticketsOf('0-2', company));
    const contacts = [...(demo.linkedIds('0-2', company, '0-1')?.keys() ?? [])];
    const contactOnly = contacts
      .flatMap((contact) => ticketsOf('0-1', contact))
      .filter((id) => !companyTickets.has(id));
    expect(contactOnly.length).toBeGreaterThan(0);
  });

  it('keeps contact, company and ticket ids disjoint and numeric', () => {
    const ids = [
      ...demo.records['0-1'].keys(),
      ...demo.records['0-2'].keys(),
      ...demo.records['0-5'].keys(),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^\d+$/);
  });

  it('sets closed_date exactly on tickets in closed stages', () => {
    for (const ticket of demo.records['0-5'].values()) {
      const closed = ticketState(demo.pipelines, ticket.properties) === 'CLOSED';
      expect(ticket.properties.closed_date !== undefined).toBe(closed);
    }
  });
});

describe('the demo seed for owners, labels and service times', () => {
  const tickets = [...demo.records['0-5'].values()];

  it('has the documented owners, every ticket owner among them', () => {
    expect(demo.owners.map((owner) => owner.id)).toEqual(DEMO_OWNERS.map((owner) => owner.id));
    const ids = new Set(demo.owners.map((owner) => owner.id));
    const owned = tickets.filter((ticket) => ticket.properties.hubspot_owner_id !== undefined);
    expect(owned.length).toBeGreaterThan(tickets.length / 2);
    expect(owned.length).toBeLessThan(tickets.length);
    for (const ticket of owned)
      expect(ids.has(ticket.properties.hubspot_owner_id ?? '')).toBe(true);
  });

  it('gives closed tickets time_to_close = closed_date - createdate, open ones none', () => {
    const isClosed = (ticket: (typeof tickets)[number]) =>
      ticketState(demo.pipelines, ticket.properties) === 'CLOSED';
    const closed = tickets.filter(isClosed);
    const open = tickets.filter((ticket) => !isClosed(ticket));
    expect(closed.map((ticket) => Number(ticket.properties.time_to_close))).toEqual(
      closed.map(
        (ticket) =>
          Date.parse(ticket.properties.closed_date ?? '') -
          Date.parse(ticket.properties.createdate ?? ''),
      ),
    );
    expect(open.map((ticket) => ticket.properties.time_to_close)).toEqual(
      open.map(() => undefined),
    );
    const replied = tickets.filter((ticket) => ticket.properties.time_to_first_agent_reply);
    expect(replied.length).toBeGreaterThan(tickets.length / 2);
    expect(replied.length).toBeLessThan(tickets.length);
  });

  it('links some contacts as Requester and some companies as Primary', () => {
    const requesterLinks = [...demo.records['0-1'].keys()].flatMap((contact) =>
      [...(demo.linkedIds('0-1', contact, '0-5')?.values() ?? [])].filter((types) =>
        types.includes(REQUESTER_LABEL.inverseTypeId),
      ),
    );
    expect(requesterLinks.length).toBeGreaterThan(10);
    const primary = [...(demo.linkedIds('0-2', '2000002', '0-5')?.values() ?? [])].filter((types) =>
      types.includes(25),
    );
    expect(primary.length).toBeGreaterThan(0);
  });

  it('keeps the seeds without owners or rules apart from the demo', () => {
    const empty = new CrmStore(buildSeed('empty'));
    expect(empty.owners).toEqual([]);
    expect(empty.validationRules).toEqual([]);
    expect(empty.properties['0-5'].has('resolution')).toBe(false);
  });
});

describe('the scale seed', () => {
  it('links nine in ten tickets to the scale contact and company', () => {
    const store = new CrmStore(buildSeed('scale:1000'));
    expect(store.records['0-5'].size).toBe(1000);
    expect(store.linkedIds('0-1', SCALE_FACTS.contactId, '0-5')?.size).toBe(900);
    expect(store.linkedIds('0-2', SCALE_FACTS.companyId, '0-5')?.size).toBe(900);
  });

  it('refuses unknown seed names', () => {
    expect(() => buildSeed('huge')).toThrow(/Unknown seed/);
  });
});
