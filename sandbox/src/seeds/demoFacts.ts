/**
 * Ids and facts of the deterministic seeds, for tests. The seed builders use the same
 * constants, so these stay true as long as the seeds are not changed by hand.
 */

/** The fixed "now" of every seed: dates are this minus offsets. */
export const SEED_BASE_DATE = '2026-11-01T12:00:00.000Z';

/** Id ranges: contacts 1000001+, companies 2000001+, tickets 5000001+, new records 9000001+. */
export const ID_BASES = {
  contact: 1_000_000,
  company: 2_000_000,
  ticket: 5_000_000,
  next: 9_000_001,
};

export const SUPPORT_PIPELINE = {
  id: '0',
  label: 'Support Pipeline',
  stages: { new: '1', waitingOnContact: '2', waitingOnUs: '3', closed: '4' },
} as const;

export const BILLING_PIPELINE = {
  id: '1083711',
  label: 'Billing',
  stages: {
    received: '1083712',
    invoiceCheck: '1083713',
    awaitingCustomer: '1083714',
    resolved: '1083715',
    refunded: '1083716',
  },
} as const;

/** Teams of the demo portal's owners. */
export const DEMO_TEAMS = {
  support: { id: '4100001', name: 'Support' },
  billing: { id: '4100002', name: 'Billing' },
  success: { id: '4100003', name: 'Customer Success' },
} as const;

type TeamKey = keyof typeof DEMO_TEAMS;

/** The demo portal's owners: `id` is what `hubspot_owner_id` holds, `userId` the user's id. */
export const DEMO_OWNERS: readonly {
  id: string;
  userId: number;
  firstName: string;
  lastName: string;
  email: string;
  teams: readonly TeamKey[];
}[] = [
  {
    id: '71234501',
    userId: 9000001,
    firstName: 'Sofia',
    lastName: 'Lindqvist',
    email: 'sofia.lindqvist@helpdesk.example',
    teams: ['support'],
  },
  {
    id: '71234502',
    userId: 9000002,
    firstName: 'Marcus',
    lastName: 'Obi',
    email: 'marcus.obi@helpdesk.example',
    teams: ['support', 'success'],
  },
  {
    id: '71234503',
    userId: 9000003,
    firstName: 'Priya',
    lastName: 'Raman',
    email: 'priya.raman@helpdesk.example',
    teams: ['billing'],
  },
  {
    id: '71234504',
    userId: 9000004,
    firstName: 'Tomás',
    lastName: 'Herrera',
    email: 'tomas.herrera@helpdesk.example',
    teams: ['support'],
  },
  {
    id: '71234505',
    userId: 9000005,
    firstName: 'Yuki',
    lastName: 'Sato',
    email: 'yuki.sato@helpdesk.example',
    teams: ['billing', 'support'],
  },
  {
    id: '71234506',
    userId: 9000006,
    firstName: 'Amara',
    lastName: 'Nwosu',
    email: 'amara.nwosu@helpdesk.example',
    teams: ['success'],
  },
  {
    id: '71234507',
    userId: 9000007,
    firstName: 'Jakob',
    lastName: 'Weber',
    email: 'jakob.weber@helpdesk.example',
    teams: ['support'],
  },
  {
    id: '71234508',
    userId: 9000008,
    firstName: 'Lena',
    lastName: 'Fischer',
    email: 'lena.fischer@helpdesk.example',
    teams: [],
  },
];

/** The demo's custom select property the billing close rule requires. */
export const RESOLUTION_PROPERTY = {
  name: 'resolution',
  label: 'Resolution',
  options: [
    ['ISSUE_FIXED', 'Issue fixed'],
    ['REFUND_ISSUED', 'Refund issued'],
    ['NO_ACTION_NEEDED', 'No action needed'],
    ['DUPLICATE', 'Duplicate'],
  ],
} as const;

/** The demo's USER_DEFINED ticket -> contact label (and its inverse contact -> ticket). */
export const REQUESTER_LABEL = {
  label: 'Requester',
  /** Unpaired: the contact -> ticket direction reads "Requester" too. */
  inverseLabel: 'Requester',
  typeId: 101,
  inverseTypeId: 102,
} as const;

/** The demo seed's portal rules (seeds `empty` and `scale:N` have none). */
export const DEMO_RULE_IDS = {
  createNeedsCategory: 'create-requires-category',
  billingCloseNeedsResolution: 'billing-close-requires-resolution',
} as const;

export const DEMO_COUNTS = { companies: 10, contacts: 40, regularTickets: 150, manyTickets: 320 };

export const DEMO_FACTS = {
  /** Has tickets in both pipelines, open and closed, and one archived. */
  contactWithTickets: '1000005',
  /** Linked to no company and no ticket. */
  contactWithoutTickets: '1000040',
  /** 300+ tickets linked to it (DEMO_COUNTS.manyTickets of them only to the company). */
  companyWithManyTickets: '2000001',
  /** Its contacts have tickets of their own that are not linked to the company. */
  companyWithContactTickets: '2000003',
  /** Linked to no ticket (its contacts may be). */
  companyWithoutTickets: '2000010',
  /** Contacts 1000037-1000040 have no company. */
  contactsWithoutCompany: ['1000037', '1000038', '1000039', '1000040'],
  /** An archived ticket of contactWithTickets (readable with archived=true only). */
  archivedTicket: '5000006',
  /** A custom ticket property with hasUniqueValue: true; seeded tickets carry `EXT-<n>`. */
  uniqueTicketProperty: 'external_ticket_id',
  pipelines: { support: SUPPORT_PIPELINE, billing: BILLING_PIPELINE },
  /** The owner the preview's signed-in user is (same email and userId). */
  currentUserOwnerId: '71234501',
  /** An owner that owns no demo ticket. */
  ownerWithoutTickets: '71234508',
} as const;

export const SCALE_FACTS = {
  /** Nine in ten `scale:N` tickets are linked to this contact and this company. */
  contactId: '1000001',
  companyId: '2000001',
  /** The other tenth spread over these. */
  otherContactIds: ['1000002', '1000003', '1000004'],
  otherCompanyIds: ['2000002', '2000003'],
  firstTicketId: '5000001',
} as const;
