/**
 * Every user-facing string of the Tickets cards: the English catalog, and `strings`, the
 * catalog of the active language (set once when the card starts, see i18n/activeLocale.ts).
 * Sentences with values are functions so a translator can move the values around; nothing
 * is assembled by concatenation.
 *
 * To add a string: add it to `english` below, then to every catalog in i18n/ (de, es, fr,
 * it, ja, nl, ptBR). TypeScript refuses a catalog that lacks it, and
 * i18n/completeness.test.ts names each missing key per language. Counts go through
 * `plural(count, { one, other })` (Intl.PluralRules), never `count === 1 ? ...`.
 * Read `strings` while rendering, never into a module-level constant: at load time it is
 * still English (i18n/moduleScope.test.ts finds such reads).
 */
import type { ErrorCode } from '../contract';
import { pluralIn } from './i18n/plural';

const plural = pluralIn('en');

export const english = {
  loading: 'Loading tickets…',
  busyRetrying: 'HubSpot is busy, retrying…',
  counts: (open: number, closed: number) => `Open ${open} · Closed ${closed}`,
  refresh: 'Refresh',
  filterLabel: 'Show',
  filterOpen: 'Open',
  filterClosed: 'Closed',
  filterAll: 'All',
  sortLabel: 'Sort',
  sortNewest: 'Newest',
  sortOldest: 'Oldest',
  sortUpdated: 'Recently updated',
  sortPriority: 'Priority',
  includeContactTickets: "Include contacts' tickets",
  previousPage: 'Prev',
  nextPage: 'Next',
  pageNumber: (page: number) => `Page ${page}`,

  emptyTitle: 'No tickets here yet',
  emptyBody: {
    open: 'There are no open tickets. Create one or link an existing ticket.',
    closed: 'There are no closed tickets. Create one or link an existing ticket.',
    all: 'There are no tickets yet. Create one or link an existing ticket.',
  },
  errorTitle: 'Tickets could not be loaded',
  tryAgain: 'Try again',

  /** Date lines take one relative phrase from Intl ("3 days ago"); see format/dates.ts. */
  createdAgo: (relative: string) => `Created ${relative}`,
  updatedAgo: (relative: string) => `Updated ${relative}`,
  closedAgo: (relative: string) => `Closed ${relative}`,
  /** Under a minute: Intl would say "now", which reads oddly after "Created". */
  justNow: 'just now',
  createdAndUpdated: (created: string, updated: string) =>
    `Created ${created} · updated ${updated}`,
  fullDates: (created: string, updated: string) => `Created ${created}. Last updated ${updated}.`,
  viaContact: (name: string) => `Via ${name}`,
  noPriority: 'No priority',

  actionsButton: 'Actions',
  changeStage: 'Change stage',
  changePriority: 'Change priority',
  closeTicket: 'Close ticket',
  unlink: 'Unlink',
  delete: 'Delete',
  save: 'Save',
  cancel: 'Cancel',
  stageLabel: 'Stage',
  priorityLabel: 'Priority',
  unlinkTitle: 'Unlink ticket?',
  unlinkBody: (subject: string, record: string) =>
    `"${subject}" will no longer be linked to this ${record}. The ticket itself is kept.`,
  deleteTitle: 'Delete ticket?',
  deleteBody: (subject: string) =>
    `"${subject}" will be moved to HubSpot's recycle bin. An admin can restore it from there for 90 days; after that it is gone for good.`,
  recordNoun: { contacts: 'contact', companies: 'company' },
  stageChanged: (subject: string, stage: string) => `"${subject}" moved to ${stage}.`,
  priorityChanged: (subject: string) => `Priority of "${subject}" updated.`,
  ticketClosed: (subject: string) => `"${subject}" is closed.`,
  ticketUnlinked: (subject: string) => `"${subject}" is no longer linked.`,
  ticketDeleted: (subject: string) => `"${subject}" was moved to the recycle bin.`,
  actionFailedTitle: 'That did not work',

  selectMode: 'Select',
  selectDone: 'Done',
  selectTicket: 'Select',
  selectedCount: (count: number) => `${count} selected`,
  closeSelected: 'Close selected',
  bulkPriorityTitle: 'Change priority of the selected tickets',
  bulkClosed: (count: number) =>
    plural(count, { one: '# ticket closed.', other: '# tickets closed.' }),
  bulkPriorityChanged: (count: number) =>
    plural(count, {
      one: 'Priority of # ticket updated.',
      other: 'Priority of # tickets updated.',
    }),
  bulkFailedTitle: 'The tickets were not updated',
  bulkPartialTitle: (failed: number, total: number) => `${failed} of ${total} could not be updated`,

  newTicket: 'New ticket',
  createTitle: 'New ticket',
  subjectLabel: 'Subject',
  descriptionLabel: 'Description',
  pipelineLabel: 'Pipeline',
  categoryLabel: 'Category',
  createSubmit: 'Create ticket',
  creating: 'Creating…',
  subjectRequired: 'Enter a subject.',
  tooLong: (max: number) => `Keep it under ${max + 1} characters.`,
  pipelineRequired: 'Choose a pipeline.',
  stageRequired: 'Choose a stage.',
  createFailedTitle: 'The ticket was not created',
  fixFields: 'Check the highlighted fields.',
  ticketCreated: (subject: string) => `Ticket "${subject}" created.`,
  createdTitle: 'Ticket created',
  optionsLoading: 'Loading form…',
  optionsFailedTitle: 'The form could not be loaded',

  linkExisting: 'Link existing',
  linkTitle: 'Link tickets',
  searchLabel: 'Search tickets',
  searchPlaceholder: 'Subject or ticket id',
  searching: 'Searching…',
  noResults: (query: string) => `No tickets match "${query}".`,
  moreResults: 'More tickets match: refine the search.',
  alreadyLinked: 'Already linked',
  associationLabel: 'Association label',
  noLabel: 'No label',
  linkSubmit: (count: number) => plural(count, { one: 'Link # ticket', other: 'Link # tickets' }),
  linking: 'Linking…',
  linkedTitle: 'Tickets linked',
  linked: (count: number) => plural(count, { one: '# ticket linked.', other: '# tickets linked.' }),
  linkFailedTitle: 'The tickets were not linked',
  partialFailureTitle: (failed: number, total: number) =>
    `${failed} of ${total} could not be linked`,
  itemFailure: (subject: string, reason: string) => `${subject}: ${reason}`,

  // --- Issue 11: faults, list filters, closing, bulk, link details (CARDS) ---
  unavailableRetrying: 'HubSpot is unavailable right now',
  slowLoading: 'HubSpot is slow to answer. Still trying…',
  retryIn: (attempt: number, seconds: number) =>
    `Attempt ${attempt} did not get through. Next try in ${seconds} s.`,
  retryingNow: (attempt: number) => `Attempt ${attempt} did not get through. Trying again…`,
  tryNow: 'Try now',
  refreshFailedTitle: 'The list could not be refreshed',
  textFilterLabel: 'Filter',
  textFilterPlaceholder: 'Subject or ticket id',
  anyPriority: 'Any priority',
  noMatches: 'No tickets match these filters.',
  networkFailed: 'HubSpot could not be reached right now.',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  totalTickets: (count: number) => plural(count, { one: '# ticket', other: '# tickets' }),
  viewAllInHubSpot: 'View all in HubSpot',
  rollUpAddedNothing: "Every contact's ticket is already linked to this company.",
  rolledUpNote: 'Change it from the contact: it is not linked to this company.',
  selectTicketNamed: (subject: string) => `Select "${subject}"`,
  selectAllOnPage: 'Select all on this page',
  clearSelection: 'Clear selection',
  selectedOnOtherPages: (count: number) =>
    plural(count, { one: '# of them on another page', other: '# of them on other pages' }),
  closeStageLabel: 'Closed stage',
  reopen: 'Reopen',
  reopenTitle: 'Reopen ticket',
  reopenStageLabel: 'Open stage',
  ticketReopened: (subject: string, stage: string) => `"${subject}" is open again (${stage}).`,
  ticketClosedIn: (subject: string, stage: string) => `"${subject}" is closed (${stage}).`,
  undo: 'Undo',
  undone: 'Undone.',
  undoFailedTitle: 'That could not be undone',
  bulkStageTitle: 'Change stage of the selected tickets',
  bulkStageOnePipeline: 'Select tickets of one pipeline to change their stage.',
  bulkStageChanged: (count: number) =>
    plural(count, { one: 'Stage of # ticket changed.', other: 'Stage of # tickets changed.' }),
  changeOwner: 'Change owner',
  bulkOwnerTitle: 'Change owner of the selected tickets',
  ownerLabel: 'Owner',
  unassigned: 'Unassigned',
  bulkOwnerChanged: (count: number) =>
    plural(count, { one: 'Owner of # ticket changed.', other: 'Owner of # tickets changed.' }),
  unlinkSelected: 'Unlink selected',
  bulkUnlinkTitle: 'Unlink the selected tickets?',
  bulkUnlinkBody: (count: number, record: string) =>
    plural(count, {
      one: `# ticket will no longer be linked to this ${record}. The ticket itself is kept.`,
      other: `# tickets will no longer be linked to this ${record}. The tickets themselves are kept.`,
    }),
  bulkUnlinked: (count: number) =>
    plural(count, { one: '# ticket unlinked.', other: '# tickets unlinked.' }),
  bulkAlreadyClosed: (count: number) =>
    plural(count, {
      one: '# ticket was already closed and was left as it is.',
      other: '# tickets were already closed and were left as they are.',
    }),
  recentTickets: 'Recent tickets',
  ticketNumber: (id: string) => `#${id}`,
  linkedToNames: (names: string) => `Linked to ${names}`,
  notLinkedAnywhere: 'Not linked to any contact or company',
  selectedToLink: 'Selected',
  removeFromSelection: (subject: string) => `Remove "${subject}"`,

  // Owners, details panel, labels and portal-rule questions (issue 10).
  viewDetails: 'Details',
  detailsTitle: 'Ticket details',
  detailsLoading: 'Loading the ticket…',
  detailsFailedTitle: 'The ticket could not be loaded',
  ticketIdLabel: 'Ticket ID',
  sourceLabel: 'Source',
  createdLabel: 'Created',
  updatedLabel: 'Last updated',
  closedLabel: 'Closed',
  timeToCloseLabel: 'Time to close',
  timeToFirstResponseLabel: 'Time to first response',
  linkLabelLabel: 'Label on this record',
  notSet: 'Not set',
  linkedContacts: (count: number) => plural(count, { one: '# contact', other: '# contacts' }),
  linkedCompanies: (count: number) => plural(count, { one: '# company', other: '# companies' }),
  noneLinked: 'None',
  namesAndMore: (names: string, more: number) => `${names} and ${more} more`,
  openInHubSpot: 'Open in HubSpot',
  editTicket: 'Edit',
  saveChanges: 'Save changes',
  saving: 'Saving…',
  ticketSaved: (subject: string) => `"${subject}" saved.`,
  ownedBy: (name: string) => `Owner: ${name}`,
  assignToMe: 'Assign to me',
  assignedToMe: 'Assigned to me',
  assignedToYou: (subject: string) => `"${subject}" is now assigned to you.`,
  notAnOwner:
    'HubSpot does not list you as an owner in this account, so nothing can be assigned to you.',
  ownerChanged: (subject: string, owner: string) => `"${subject}" is now owned by ${owner}.`,
  ownerRemoved: (subject: string) => `"${subject}" is now unassigned.`,
  alsoLinkCompany: "Also link the contact's primary company",
  linkPrimaryCompanyNamed: (company: string) =>
    `Also link ${company} (the contact's primary company)`,
  requiredTitle: 'HubSpot needs more details',
  requiredBody: "This account's rules need these details before the change can be saved.",
  bulkRequiredBody: (count: number) =>
    plural(count, {
      one: "This account's rules need these details to close # ticket.",
      other:
        "This account's rules need these details to close # tickets. Your answers apply to all of them.",
    }),
  closeTickets: (count: number) =>
    plural(count, { one: 'Close # ticket', other: 'Close # tickets' }),
  bulkRequiredStageBody: (count: number) =>
    plural(count, {
      one: "This account's rules need these details to move # ticket to the new stage.",
      other:
        "This account's rules need these details to move # tickets to the new stage. Your answers apply to all of them.",
    }),
  moveTickets: (count: number) => plural(count, { one: 'Move # ticket', other: 'Move # tickets' }),
  answerYes: 'Yes',
  answerNo: 'No',

  /** Used when the function could not even answer (timeout, crash, bad response). */
  callFailed: {
    TIMEOUT: 'HubSpot took too long to answer. Try again.',
    FUNCTION_NOT_FOUND:
      'This card is not fully installed. Ask your HubSpot admin to check the app.',
    INVALID_RESPONSE: 'Something went wrong on our side. Try again.',
    OTHER: 'Something went wrong on our side. Try again.',
  },
  referenceId: (id: string) => `Reference: ${id}`,

  /** A short title for an error, by code; the function's own message follows it. */
  errorTitles: {
    VALIDATION: 'Check the details',
    NOT_FOUND: 'Not found',
    NOT_LINKED: 'Not linked to this record',
    CONFLICT: 'HubSpot refused the change',
    RATE_LIMITED: 'HubSpot is busy',
    UNAVAILABLE: 'HubSpot is not answering',
    FORBIDDEN: 'Not allowed',
    PROPERTIES_REQUIRED: 'More details needed',
    INTERNAL: 'Something went wrong',
  } satisfies Record<ErrorCode, string> as Record<ErrorCode, string>,
};

/** The shape every language's catalog has, by construction the English one's. */
export type Catalog = typeof english;

/**
 * The active language's catalog. Its contents are swapped in place by `activateLocale`
 * (a card instance runs in its own worker, so one language per module is right), which
 * keeps every `strings.key` call site unchanged.
 */
export const strings: Readonly<Catalog> = { ...english };

/** Kept for existing call sites; holds the same titles as `strings.errorTitles`. */
export const errorTitles: Readonly<Record<ErrorCode, string>> = { ...english.errorTitles };
