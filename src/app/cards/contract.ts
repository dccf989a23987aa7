/**
 * The card <-> app-function contract. The only module both sides share: the cards
 * import it with `import type` only (HubSpot bundles the cards on its own and must not
 * pull function code in), the functions import it freely.
 *
 * Every function answers with a `FunctionResult`: expected failures (validation, not
 * found, rate limits, HubSpot down) are results, never throws, so the card can show a
 * plain message and decide whether to offer "Try again".
 */

/** Function uids, exactly as in the `*-hsmeta.json` files. */
export type FunctionUid =
  | 'tickets_list'
  | 'ticket_form_options'
  | 'ticket_create'
  | 'tickets_search'
  | 'tickets_link'
  | 'ticket_unlink'
  | 'ticket_update'
  | 'ticket_delete'
  | 'ticket_details';

/** The CRM record the card sits on. Only these two are allowed. */
export type RecordType = 'contacts' | 'companies';

/** Every call carries the record type; the record id never travels in parameters. */
export interface RecordScopedParams {
  recordType: RecordType;
  /**
   * The portal id from the card's context, used only to build links to HubSpot pages
   * (never for access decisions). Omitted: links use `HUBSPOT_PORTAL_ID` or none.
   */
  portalId?: number;
}

// ---------------------------------------------------------------------------
// Shared shapes

export type TicketState = 'OPEN' | 'CLOSED';
export type TicketFilter = 'open' | 'closed' | 'all';
export type TicketSort = 'newest' | 'oldest' | 'updated' | 'priority';

export interface Option {
  value: string;
  label: string;
}

export interface StageInfo {
  id: string;
  label: string;
  state: TicketState;
  displayOrder: number;
}

export interface PipelineInfo {
  id: string;
  label: string;
  displayOrder: number;
  /** In display order. */
  stages: StageInfo[];
}

export interface TicketSummary {
  id: string;
  subject: string;
  pipeline: { id: string; label: string };
  stage: { id: string; label: string; state: TicketState };
  /** Internal value (LOW, MEDIUM, HIGH, URGENT or a portal's own) and its label. */
  priority: Option | null;
  /** `hs_ticket_category` is a multi-checkbox: zero or more options. */
  categories: Option[];
  /** ISO-8601 instants (UTC). The card formats them in the portal's time zone. */
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** The ticket's page in HubSpot; null when the portal id is unknown. */
  url: string | null;
  /** Set when the ticket comes from one of a company's contacts (roll-up), not the company. */
  viaContact?: { id: string; name: string };
  /** `hubspot_owner_id` resolved to a name; null = unassigned. */
  owner: OwnerRef | null;
  /** Labels of the ticket's association to this record (e.g. "Primary"); unlabelled = []. */
  labels: string[];
}

/** A HubSpot owner (a user who can own records). `id` is the owner id, not the user id. */
export interface OwnerRef {
  id: string;
  name: string;
}

export interface OwnerInfo extends OwnerRef {
  email: string | null;
}

/**
 * Who the card's user is, from `context.user`. Untrusted and never used for access
 * decisions: only to find the user's owner id for "Assign to me" / "Assigned to me".
 */
export interface CurrentUserHint {
  userId?: number;
  email?: string;
}

export interface AssociationLabelOption {
  /** Association type id from ticket to the record's type. */
  typeId: number;
  category: 'HUBSPOT_DEFINED' | 'USER_DEFINED';
  label: string;
}

// ---------------------------------------------------------------------------
// Results and errors

export type ErrorCode =
  | 'VALIDATION' // the parameters are wrong; see fieldErrors
  | 'NOT_FOUND' // the ticket (or record) does not exist or is archived
  | 'NOT_LINKED' // the ticket exists but is not linked to this record
  | 'CONFLICT' // HubSpot refused because of the record's current state
  | 'RATE_LIMITED' // HubSpot is busy; retried within the budget and still busy
  | 'UNAVAILABLE' // HubSpot failed (5xx, timeout) after retries
  | 'FORBIDDEN' // the app lacks a scope or the token is invalid
  | 'PROPERTIES_REQUIRED' // the portal's rules need more properties: ask, then retry
  | 'INTERNAL'; // a bug: generic message + correlation id, details only in logs

export interface FieldError {
  /** A parameter path such as `subject`, `ticketIds.3` or `stageId`; for a portal rule the property name. */
  field: string;
  message: string;
  /** On PROPERTIES_REQUIRED: the property to ask for, so the card can draw the right input. */
  property?: RequiredProperty;
}

/** A ticket property the portal's validation rules require for the write that was refused. */
export interface RequiredProperty {
  name: string;
  label: string;
  /** HubSpot's `type` (string, number, enumeration, date, datetime, bool). */
  type: string;
  /** HubSpot's `fieldType` (text, textarea, select, radio, checkbox, booleancheckbox, number, date). */
  fieldType: string;
  /** For enumerations; empty otherwise. */
  options: Option[];
}

/**
 * Answers to PROPERTIES_REQUIRED questions: property name -> value, as HubSpot takes it
 * (strings; `;`-joined for multi-checkboxes). Checked against the portal's own properties:
 * unknown, read-only and HubSpot-managed properties are refused.
 */
export type ExtraProperties = Record<string, string>;

export interface FunctionError {
  code: ErrorCode;
  /** Plain language a support rep understands. Never a stack trace or a token. */
  message: string;
  retryable: boolean;
  fieldErrors?: FieldError[];
  /** Present on INTERNAL (and when HubSpot gave one), to match the function log. */
  correlationId?: string;
  /** A hint for RATE_LIMITED / UNAVAILABLE. */
  retryAfterMs?: number;
}

export type FunctionResult<T> = { ok: true; data: T } | { ok: false; error: FunctionError };

/** Per-item outcome of a bulk action: the card names exactly what failed. */
export type ItemOutcome =
  | {
      ticketId: string;
      ok: true;
      /** Set when nothing had to change, e.g. a bulk close of a ticket already closed. */
      skipped?: 'ALREADY_CLOSED' | 'ALREADY_GONE';
    }
  | { ticketId: string; ok: false; error: FunctionError };

// ---------------------------------------------------------------------------
// tickets_list: the card's first paint and every later page, in one call.

export interface TicketsListParams extends RecordScopedParams {
  /** Default 'open'. */
  filter?: TicketFilter;
  /** Default 'newest'. */
  sort?: TicketSort;
  /** 1..50, default 10. */
  pageSize?: number;
  /** Opaque; from a previous result's `nextCursor`. Tied to filter, sort and roll-up. */
  cursor?: string | null;
  /** Companies only: also the tickets of the company's contacts. */
  includeContactTickets?: boolean;
  /**
   * Up to 20 distinct ids of tickets the card created, linked, updated, unlinked or deleted
   * in the last minutes, newest first. HubSpot's search lags writes by seconds; for records
   * listed by search the function reads these tickets and their links by id (a hint is
   * never trusted, only re-checked) so the page and counts are right even when the write
   * ran in another container. Ignored for records with up to 100 tickets (read exactly).
   */
  recentTicketIds?: string[];
  /** Text filter: 1..200 chars, matched by HubSpot's search (subject, content, id, ...). */
  query?: string;
  /** Priority filter: internal values of `hs_ticket_priority` (1..10). */
  priorities?: string[];
  /** 'me' = only tickets owned by the card's user (needs `currentUser`). */
  owner?: 'me';
  currentUser?: CurrentUserHint;
}

export interface TicketsListData {
  tickets: TicketSummary[];
  /** Counts over everything the list covers (with roll-up when asked), not just this page. */
  counts: { open: number; closed: number };
  nextCursor: string | null;
  /** Tickets matching the current filter (all pages); with counts, what "page X of Y" needs. */
  total: number;
  /** So the card can paint stage pickers without another call. */
  pipelines: PipelineInfo[];
  priorities: Option[];
  /**
   * A plain-language note about the list itself, e.g. that HubSpot's search shows only the
   * first 10,000 tickets of a view. Absent when there is nothing to say.
   */
  notice?: string;
  /**
   * Companies with `includeContactTickets`: what the roll-up added. `addedTickets: 0` lets the
   * card say that every contact's ticket is already linked to the company.
   */
  rollUp?: { contacts: number; addedTickets: number; contactsLeftOut: number };
  /** The card user's owner id when `currentUser` was sent and HubSpot knows the user. */
  currentOwnerId?: string | null;
  /**
   * Every ticket of the record, unfiltered and unsorted, when the function read them all
   * exactly (at most 100, no text filter, no contacts rolled up): the card then answers a
   * change of tab, sort, priority or owner filter and every next page itself, with
   * src/app/cards/listInMemory.ts, the code that made this page. Absent otherwise.
   */
  allTickets?: TicketSummary[];
}

// ---------------------------------------------------------------------------
// ticket_form_options: what the "New ticket" and "Link" panels offer.

export interface TicketFormOptionsParams extends RecordScopedParams {
  currentUser?: CurrentUserHint;
}

export interface TicketFormOptionsData {
  pipelines: PipelineInfo[];
  defaultPipelineId: string | null;
  priorities: Option[];
  categories: Option[];
  /** Labels usable between tickets and this record's type (may be empty). */
  associationLabels: AssociationLabelOption[];
  limits: { subjectMaxLength: number; descriptionMaxLength: number };
  /** Active owners, by name, for the owner pickers (at most 500). */
  owners: OwnerInfo[];
  /** The card user's owner id (from `currentUser`), the default owner of a new ticket. */
  currentOwnerId: string | null;
  /**
   * Contacts only: the contact's primary company, which `ticket_create` links too unless
   * `linkPrimaryCompany: false`; its name falls back to the domain, then "Company <id>".
   * null = the contact has no primary company (nothing to offer). Absent on a company, and
   * from functions older than this field.
   */
  primaryCompany?: { id: string; name: string } | null;
}

// ---------------------------------------------------------------------------
// ticket_create: created already linked to the record, in one HubSpot call.

export interface TicketCreateParams extends RecordScopedParams {
  /** 8..64 chars of [A-Za-z0-9_-]; the same id twice makes one ticket. */
  clientRequestId: string;
  subject: string;
  description?: string;
  pipelineId: string;
  stageId: string;
  priority?: string | null;
  categories?: string[];
  /** null or omitted: unassigned. */
  ownerId?: string | null;
  /** Contacts only: also link the contact's primary company, as HubSpot's own create does. Default true. */
  linkPrimaryCompany?: boolean;
  extraProperties?: ExtraProperties;
}

export interface TicketCreateData {
  ticket: TicketSummary;
  /** True when this request id had already created the ticket (retry or double submit). */
  deduplicated: boolean;
}

// ---------------------------------------------------------------------------
// tickets_search: find tickets to link.

export interface TicketsSearchParams extends RecordScopedParams {
  /** 1..200 chars of text, or an exact ticket id (digits); empty = the portal's recent tickets. */
  query: string;
  /** 1..25, default 10. */
  limit?: number;
}

export interface TicketsSearchData {
  results: (TicketSummary & {
    linked: boolean;
    /** Names of the records the ticket is linked to, to tell alike subjects apart (at most 3 each). */
    linkedTo: { contacts: string[]; companies: string[] };
  })[];
  /** True when HubSpot had more matches than returned. */
  more: boolean;
}

// ---------------------------------------------------------------------------
// tickets_link / ticket_unlink

export interface TicketsLinkParams extends RecordScopedParams {
  /** 1..20 distinct ticket ids. */
  ticketIds: string[];
  /** Omitted: HubSpot's default (unlabelled) association. */
  label?: { typeId: number; category: 'HUBSPOT_DEFINED' | 'USER_DEFINED' } | null;
}

export interface TicketsLinkData {
  results: ItemOutcome[];
  /** Summaries of the tickets now linked, so the card shows them at once. */
  tickets: TicketSummary[];
}

export interface TicketUnlinkParams extends RecordScopedParams {
  /** 1..50 distinct ids. A ticket already unlinked counts as done (skipped: ALREADY_GONE). */
  ticketIds: string[];
}

export interface TicketUnlinkData {
  results: ItemOutcome[];
}

// ---------------------------------------------------------------------------
// ticket_update: stage and/or priority of one or more of the record's tickets.

export interface TicketUpdateParams extends RecordScopedParams {
  /** 1..50 distinct ids, each linked to the record. */
  ticketIds: string[];
  /** A stage of each ticket's own pipeline. Not together with `close`. */
  stageId?: string;
  /** Move each ticket to the first CLOSED stage of its own pipeline. */
  close?: boolean;
  /** null clears the priority. */
  priority?: string | null;
  /** null unassigns. */
  ownerId?: string | null;
  /** Single-ticket edits from the details panel (ticketIds must then hold one id). */
  subject?: string;
  description?: string;
  categories?: string[];
  /** Change the label of the ticket's link to this record; null = unlabelled. Single ticket. */
  label?: { typeId: number; category: 'HUBSPOT_DEFINED' | 'USER_DEFINED' } | null;
  /** Answers to a PROPERTIES_REQUIRED refusal; applied to every ticket in `ticketIds`. */
  extraProperties?: ExtraProperties;
}

export interface TicketUpdateData {
  results: ItemOutcome[];
  /** Fresh summaries of the tickets that changed. */
  tickets: TicketSummary[];
}

// ---------------------------------------------------------------------------
// ticket_delete: to HubSpot's recycle bin (restorable there for 90 days).

export interface TicketDeleteParams extends RecordScopedParams {
  ticketId: string;
}

export interface TicketDeleteData {
  ticketId: string;
  /** True when the ticket was already in the recycle bin (a retry after a lost answer). */
  alreadyDeleted: boolean;
}

// ---------------------------------------------------------------------------
// ticket_details: the details panel, in one call (one HubSpot round trip when warm).

export interface TicketDetailsParams extends RecordScopedParams {
  ticketId: string;
}

export interface LinkedRecords {
  /** Names of at most 3, and how many there are in all. */
  names: string[];
  total: number;
}

export interface TicketDetails extends TicketSummary {
  description: string;
  /** `source_type` option label (Email, Chat, Phone, Form, ...); null when unset. */
  source: string | null;
  /** Milliseconds, when HubSpot has them (`time_to_close`, `time_to_first_agent_reply`). */
  timeToCloseMs: number | null;
  timeToFirstResponseMs: number | null;
  contacts: LinkedRecords;
  companies: LinkedRecords;
}

export interface TicketDetailsData {
  ticket: TicketDetails;
  /** The labels this ticket's link to the record can take (for the label picker). */
  associationLabels: AssociationLabelOption[];
  /** The label types currently on the link (so the picker shows the current choice). */
  currentLabelTypeIds: number[];
}

/** uid -> parameter and data types, for the typed card client and the runner. */
export interface FunctionContract {
  tickets_list: { params: TicketsListParams; data: TicketsListData };
  ticket_form_options: { params: TicketFormOptionsParams; data: TicketFormOptionsData };
  ticket_create: { params: TicketCreateParams; data: TicketCreateData };
  tickets_search: { params: TicketsSearchParams; data: TicketsSearchData };
  tickets_link: { params: TicketsLinkParams; data: TicketsLinkData };
  ticket_unlink: { params: TicketUnlinkParams; data: TicketUnlinkData };
  ticket_update: { params: TicketUpdateParams; data: TicketUpdateData };
  ticket_delete: { params: TicketDeleteParams; data: TicketDeleteData };
  ticket_details: { params: TicketDetailsParams; data: TicketDetailsData };
}
