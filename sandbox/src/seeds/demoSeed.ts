/** The `demo` seed: a believable small help desk portal (see demoFacts.ts for the ids). */
import type { StoredRecord } from '../store/types';
import type { SeedRecords } from './seedRecords';
import { createPrng, type Prng } from './prng';
import {
  BILLING_PIPELINE,
  DEMO_COUNTS,
  DEMO_FACTS,
  DEMO_OWNERS,
  ID_BASES,
  REQUESTER_LABEL,
  RESOLUTION_PROPERTY,
  SEED_BASE_DATE,
  SUPPORT_PIPELINE,
} from './demoFacts';

const BASE_MS = Date.parse(SEED_BASE_DATE);
const DAY_MS = 86_400_000;

const COMPANIES: readonly [name: string, domain: string, city: string, industry: string][] = [
  ['Acme Corporation', 'acme.example', 'Denver', 'Manufacturing'],
  ['Globex', 'globex.example', 'Springfield', 'Energy'],
  ['Initech', 'initech.example', 'Austin', 'Software'],
  ['Umbrella Health', 'umbrella.example', 'Raccoon City', 'Pharmaceuticals'],
  ['Hooli', 'hooli.example', 'Palo Alto', 'Internet'],
  ['Stark Logistics', 'starklogistics.example', 'New York', 'Logistics'],
  ['Wayne Foods', 'waynefoods.example', 'Gotham', 'Food & Beverage'],
  ['Wonka Confectionery', 'wonka.example', 'Bristol', 'Food & Beverage'],
  ['Cyberdyne Systems', 'cyberdyne.example', 'Sunnyvale', 'Robotics'],
  ['Soylent Partners', 'soylent.example', 'Chicago', 'Consulting'],
];

const FIRST_NAMES = [
  'Ada',
  'Ben',
  'Chloe',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kara',
  'Luis',
  'Mara',
  'Nikhil',
  'Olga',
  'Pedro',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
];
const LAST_NAMES = [
  'Lovelace',
  'Okafor',
  'Martin',
  'Patel',
  'Rossi',
  'Haddad',
  'Hopper',
  'Tanaka',
  'Silva',
  'Berg',
  'Novak',
  'Garcia',
  'Keller',
  'Rao',
  'Ivanova',
  'Costa',
  'Byrne',
  'Moreno',
];
const JOB_TITLES = [
  'Office manager',
  'CTO',
  'Head of Finance',
  'Support lead',
  'Buyer',
  'Engineer',
];

const SUPPORT_SUBJECTS = [
  'Cannot log in after password reset',
  'Export to CSV times out',
  'Dashboard shows yesterday’s numbers',
  'Request: dark mode for the mobile app',
  'Sync with calendar stopped working',
  'Error 500 when saving a report',
  'How do I add a second admin?',
  'Webhook deliveries delayed',
  'Feature request: bulk edit of contacts',
  'Two-factor codes not arriving',
  'Search ignores accented characters',
  'Printer labels misaligned',
];
const BILLING_SUBJECTS = [
  'Invoice shows the wrong VAT number',
  'Charged twice for November',
  'Please switch us to annual billing',
  'Refund for unused seats',
  'Credit card update fails',
  'Missing PO number on invoice',
];
const CONTENT_SNIPPETS = [
  'The customer reported this by phone and sent screenshots afterwards.',
  'Happens every morning around 9am, only for some users.',
  'Customer is blocked until this is fixed.',
  'Not urgent; they found a workaround for now.',
  'Started after the last release according to the customer.',
  'Asked for an update twice already.',
];
/** Every demo owner but one owns tickets; three in ten tickets are unassigned. */
const OWNERS = DEMO_OWNERS.map((owner) => owner.id).filter(
  (id) => id !== DEMO_FACTS.ownerWithoutTickets,
);
const MINUTE_MS = 60_000;

const iso = (ms: number): string => new Date(ms).toISOString();

interface TicketPlan {
  contactId?: string;
  companyId?: string;
  primaryCompany?: boolean;
  archived?: boolean;
  billing?: boolean;
  ageDays?: number;
  closed?: boolean;
}

class DemoBuilder {
  readonly contacts: StoredRecord[] = [];
  readonly companies: StoredRecord[] = [];
  readonly tickets: StoredRecord[] = [];
  readonly associations: SeedRecords['associations'] = [];
  private ticketSerial = 0;

  /**
   * Draws for what the seed gained later (times, resolutions, labels): a PRNG of their own
   * keeps every earlier draw, and so every earlier record, as it was.
   */
  private readonly extra = createPrng(20261209);

  constructor(private readonly random: Prng) {}

  addCompany(index: number): void {
    const [name, domain, city, industry] = COMPANIES[index] ?? [
      'Company',
      'company.example',
      '',
      '',
    ];
    const id = String(ID_BASES.company + index + 1);
    const created = BASE_MS - (700 - index * 17) * DAY_MS;
    this.companies.push({
      id,
      properties: {
        name,
        domain,
        website: `https://www.${domain}`,
        city,
        industry,
        phone: `+1 555 01${String(index).padStart(2, '0')}`,
        createdate: iso(created),
        hs_lastmodifieddate: iso(created + 30 * DAY_MS),
        hs_object_id: id,
      },
      createdAt: iso(created),
      updatedAt: iso(created + 30 * DAY_MS),
      archived: false,
    });
  }

  addContact(index: number): void {
    const id = String(ID_BASES.contact + index + 1);
    const companyIndex = index < 36 ? Math.floor(index / 4) : undefined;
    const firstname = FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Alex';
    const lastname = LAST_NAMES[(index * 7) % LAST_NAMES.length] ?? 'Doe';
    const company = companyIndex === undefined ? undefined : COMPANIES[companyIndex];
    const domain = company?.[1] ?? 'mail.example';
    const created = BASE_MS - (600 - index * 9) * DAY_MS;
    const properties: Record<string, string> = {
      firstname,
      lastname,
      email: `${firstname}.${lastname}${index + 1}@${domain}`.toLowerCase(),
      phone: `+1 555 02${String(index).padStart(2, '0')}`,
      jobtitle: this.random.pick(JOB_TITLES),
      lifecyclestage: company ? 'customer' : 'lead',
      createdate: iso(created),
      lastmodifieddate: iso(created + 12 * DAY_MS),
      hs_object_id: id,
    };
    if (company) properties.company = company[0];
    this.contacts.push({
      id,
      properties,
      createdAt: iso(created),
      updatedAt: iso(created + 12 * DAY_MS),
      archived: false,
    });
    if (companyIndex !== undefined) {
      this.associations.push([
        '0-1',
        id,
        '0-2',
        String(ID_BASES.company + companyIndex + 1),
        [279, 1],
      ]);
    }
  }

  addTicket(plan: TicketPlan): string {
    this.ticketSerial += 1;
    const id = String(ID_BASES.ticket + this.ticketSerial);
    const random = this.random;
    const billing = plan.billing ?? random.chance(0.25);
    const pipeline = billing ? BILLING_PIPELINE : SUPPORT_PIPELINE;
    const closed = plan.closed ?? random.chance(0.4);
    const stage = billing
      ? closed
        ? random.pick([BILLING_PIPELINE.stages.resolved, BILLING_PIPELINE.stages.refunded])
        : random.pick([
            BILLING_PIPELINE.stages.received,
            BILLING_PIPELINE.stages.invoiceCheck,
            BILLING_PIPELINE.stages.awaitingCustomer,
          ])
      : closed
        ? SUPPORT_PIPELINE.stages.closed
        : random.pick([
            SUPPORT_PIPELINE.stages.new,
            SUPPORT_PIPELINE.stages.waitingOnContact,
            SUPPORT_PIPELINE.stages.waitingOnUs,
          ]);
    const ageDays = plan.ageDays ?? random.int(0, 364);
    const created = BASE_MS - ageDays * DAY_MS - random.int(0, 1439) * 60_000;
    const modified = Math.min(BASE_MS, created + random.int(0, 20 * 24 * 60) * 60_000);
    const properties: Record<string, string> = {
      subject: random.pick(billing ? BILLING_SUBJECTS : SUPPORT_SUBJECTS),
      content: random.pick(CONTENT_SNIPPETS),
      hs_pipeline: pipeline.id,
      hs_pipeline_stage: stage,
      source_type: random.pick(['CHAT', 'EMAIL', 'FORM', 'PHONE']),
      createdate: iso(created),
      hs_lastmodifieddate: iso(modified),
      hs_object_id: id,
      [DEMO_FACTS.uniqueTicketProperty]: `EXT-${String(this.ticketSerial).padStart(4, '0')}`,
    };
    if (random.chance(0.85)) {
      properties.hs_ticket_priority = random.pick(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'URGENT']);
    }
    const category = random.next();
    if (billing) properties.hs_ticket_category = 'BILLING_ISSUE';
    else if (category < 0.35) properties.hs_ticket_category = 'PRODUCT_ISSUE';
    else if (category < 0.55) properties.hs_ticket_category = 'FEATURE_REQUEST';
    else if (category < 0.7) properties.hs_ticket_category = 'GENERAL_INQUIRY';
    else if (category < 0.8) properties.hs_ticket_category = 'PRODUCT_ISSUE;FEATURE_REQUEST';
    if (random.chance(0.7)) properties.hubspot_owner_id = random.pick(OWNERS);
    if (closed) properties.closed_date = iso(modified);
    this.addServiceTimes(properties, created, closed ? modified : undefined, billing);
    const archived = plan.archived ?? false;
    this.tickets.push({
      id,
      properties,
      createdAt: iso(created),
      updatedAt: iso(modified),
      archived,
      ...(archived ? { archivedAt: iso(Math.min(BASE_MS, modified + DAY_MS)) } : {}),
    });
    if (plan.contactId) {
      // Some contacts are marked as the ticket's requester (a USER_DEFINED label).
      const requester = this.extra.chance(0.35);
      this.associations.push([
        '0-1',
        plan.contactId,
        '0-5',
        id,
        requester ? [15, REQUESTER_LABEL.inverseTypeId] : [15],
      ]);
    }
    if (plan.companyId) {
      this.associations.push([
        '0-2',
        plan.companyId,
        '0-5',
        id,
        plan.primaryCompany ? [340, 25] : [340],
      ]);
    }
    return id;
  }

  /** time_to_first_agent_reply for most tickets; time_to_close and a resolution once closed. */
  private addServiceTimes(
    properties: Record<string, string>,
    created: number,
    closedAt: number | undefined,
    billing: boolean,
  ): void {
    const extra = this.extra;
    const lifetime = (closedAt ?? BASE_MS) - created;
    const replied = extra.chance(0.8);
    const firstReply = Math.min(lifetime, extra.int(5, 2 * 24 * 60) * MINUTE_MS);
    if (replied && firstReply > 0) properties.time_to_first_agent_reply = String(firstReply);
    const resolution = extra.pick(RESOLUTION_PROPERTY.options)[0];
    if (closedAt === undefined) return;
    properties.time_to_close = String(closedAt - created);
    // The billing close rule requires a resolution: every closed billing ticket has one.
    if (billing || extra.chance(0.5)) properties.resolution = resolution;
  }
}

const contactId = (index: number): string => String(ID_BASES.contact + index + 1);
const companyOfContact = (index: number): string | undefined =>
  index < 36 ? String(ID_BASES.company + Math.floor(index / 4) + 1) : undefined;

export function buildDemoRecords(): SeedRecords {
  const builder = new DemoBuilder(createPrng(20261101));
  for (let index = 0; index < DEMO_COUNTS.companies; index += 1) builder.addCompany(index);
  for (let index = 0; index < DEMO_COUNTS.contacts; index += 1) builder.addContact(index);

  // contactWithTickets (index 4): a fixed mix, so card tests can rely on it.
  const withTickets = DEMO_FACTS.contactWithTickets;
  const itsCompany = companyOfContact(4);
  const fixed: TicketPlan[] = [
    { billing: false, closed: false, ageDays: 2 },
    { billing: false, closed: false, ageDays: 9 },
    { billing: true, closed: false, ageDays: 15 },
    { billing: false, closed: true, ageDays: 40 },
    { billing: true, closed: true, ageDays: 75 },
    { billing: false, closed: false, ageDays: 120, archived: true },
    { billing: false, closed: true, ageDays: 200 },
    { billing: false, closed: false, ageDays: 330 },
  ];
  for (const [position, plan] of fixed.entries()) {
    builder.addTicket({
      ...plan,
      contactId: withTickets,
      ...(itsCompany ? { companyId: itsCompany, primaryCompany: position % 2 === 0 } : {}),
    });
  }
  // Contacts of companyWithContactTickets (indexes 8-11): tickets linked only to them.
  for (let serial = 0; serial < 12; serial += 1) {
    builder.addTicket({ contactId: contactId(8 + (serial % 4)) });
  }
  const random = createPrng(7);
  const pool = Array.from({ length: 39 }, (_, index) => index).filter((index) => index !== 4);
  const archivedSerials = new Set([30, 77, 120]);
  for (let serial = 20; serial < DEMO_COUNTS.regularTickets; serial += 1) {
    const index = random.pick(pool);
    const roll = random.next();
    const company = companyOfContact(index);
    const plan: TicketPlan = { archived: archivedSerials.has(serial) };
    if (roll >= 0.05) plan.contactId = contactId(index);
    if (roll >= 0.05 && company) {
      plan.companyId = company;
      plan.primaryCompany = random.chance(0.3);
    }
    builder.addTicket(plan);
  }
  // companyWithManyTickets: mostly company-only tickets, a quarter also on one of its contacts.
  for (let serial = 0; serial < DEMO_COUNTS.manyTickets; serial += 1) {
    builder.addTicket({
      companyId: DEMO_FACTS.companyWithManyTickets,
      ...(serial % 4 === 0 ? { contactId: contactId(serial % 16 < 8 ? 0 : 1) } : {}),
    });
  }
  return {
    objects: { '0-1': builder.contacts, '0-2': builder.companies, '0-5': builder.tickets },
    associations: builder.associations,
  };
}
