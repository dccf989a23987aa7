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
