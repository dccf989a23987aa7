/**
 * Every user-facing string of the Tickets cards. Sentences with values are functions
 * so a translator can move the values around; nothing is assembled by concatenation.
 */
import type { ErrorCode } from '../contract';

export const strings = {
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

  createdAgo: (relative: string) => `Created ${relative}`,
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
  bulkClosed: (count: number) => (count === 1 ? '1 ticket closed.' : `${count} tickets closed.`),
  bulkPriorityChanged: (count: number) =>
    count === 1 ? 'Priority of 1 ticket updated.' : `Priority of ${count} tickets updated.`,
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
  linkSubmit: (count: number) => (count === 1 ? 'Link 1 ticket' : `Link ${count} tickets`),
  linking: 'Linking…',
  linkedTitle: 'Tickets linked',
  linked: (count: number) => (count === 1 ? '1 ticket linked.' : `${count} tickets linked.`),
  linkFailedTitle: 'The tickets were not linked',
  partialFailureTitle: (failed: number, total: number) =>
    `${failed} of ${total} could not be linked`,
  itemFailure: (subject: string, reason: string) => `${subject}: ${reason}`,

  /** Used when the function could not even answer (timeout, crash, bad response). */
  callFailed: {
    TIMEOUT: 'HubSpot took too long to answer. Try again.',
    FUNCTION_NOT_FOUND:
      'This card is not fully installed. Ask your HubSpot admin to check the app.',
    INVALID_RESPONSE: 'Something went wrong on our side. Try again.',
    OTHER: 'Something went wrong on our side. Try again.',
  },
  referenceId: (id: string) => `Reference: ${id}`,
} as const;

/** A short title for an error, by code; the function's own message follows it. */
export const errorTitles: Record<ErrorCode, string> = {
  VALIDATION: 'Check the details',
  NOT_FOUND: 'Not found',
  NOT_LINKED: 'Not linked to this record',
  CONFLICT: 'HubSpot refused the change',
  RATE_LIMITED: 'HubSpot is busy',
  UNAVAILABLE: 'HubSpot is not answering',
  FORBIDDEN: 'Not allowed',
  INTERNAL: 'Something went wrong',
};
