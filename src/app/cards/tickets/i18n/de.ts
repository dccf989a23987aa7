/** German, formal "Sie", in HubSpot's German wording (zuordnen, Phase, Ticketinhaber). */
import type { Catalog } from '../strings';
import { pluralIn } from './plural';

const plural = pluralIn('de');

export const de: Catalog = {
  loading: 'Tickets werden geladen…',
  busyRetrying: 'HubSpot ist ausgelastet, neuer Versuch läuft…',
  counts: (open, closed) => `Offen ${open} · Geschlossen ${closed}`,
  refresh: 'Aktualisieren',
  filterLabel: 'Anzeigen',
  filterOpen: 'Offen',
  filterClosed: 'Geschlossen',
  filterAll: 'Alle',
  sortLabel: 'Sortieren',
  sortNewest: 'Neueste zuerst',
  sortOldest: 'Älteste zuerst',
  sortUpdated: 'Zuletzt aktualisiert',
  sortPriority: 'Priorität',
  includeContactTickets: 'Tickets der Kontakte einbeziehen',
  previousPage: 'Zurück',
  nextPage: 'Weiter',
  pageNumber: (page) => `Seite ${page}`,

  emptyTitle: 'Noch keine Tickets',
  emptyBody: {
    open: 'Es gibt keine offenen Tickets. Erstellen Sie ein Ticket oder ordnen Sie ein vorhandenes zu.',
    closed:
      'Es gibt keine geschlossenen Tickets. Erstellen Sie ein Ticket oder ordnen Sie ein vorhandenes zu.',
    all: 'Es gibt noch keine Tickets. Erstellen Sie ein Ticket oder ordnen Sie ein vorhandenes zu.',
  },
  errorTitle: 'Tickets konnten nicht geladen werden',
  tryAgain: 'Erneut versuchen',

  createdAgo: (relative) => `Erstellt ${relative}`,
  updatedAgo: (relative) => `Aktualisiert ${relative}`,
  closedAgo: (relative) => `Geschlossen ${relative}`,
  justNow: 'gerade eben',
  createdAndUpdated: (created, updated) => `Erstellt ${created} · aktualisiert ${updated}`,
  fullDates: (created, updated) => `Erstellt am ${created}. Zuletzt aktualisiert am ${updated}.`,
  viaContact: (name) => `Über ${name}`,
  noPriority: 'Keine Priorität',

  actionsButton: 'Aktionen',
  changeStage: 'Phase ändern',
  changePriority: 'Priorität ändern',
  closeTicket: 'Ticket schließen',
  unlink: 'Zuordnung aufheben',
  delete: 'Löschen',
  save: 'Speichern',
  cancel: 'Abbrechen',
  stageLabel: 'Phase',
  priorityLabel: 'Priorität',
  unlinkTitle: 'Zuordnung aufheben?',
  // Kontakt and Unternehmen both take "diesem" in the dative.
  unlinkBody: (subject, record) =>
    `„${subject}“ wird diesem ${record} nicht mehr zugeordnet. Das Ticket selbst bleibt erhalten.`,
  deleteTitle: 'Ticket löschen?',
  deleteBody: (subject) =>
    `„${subject}“ wird in den Papierkorb von HubSpot verschoben. Ein Admin kann es dort 90 Tage lang wiederherstellen; danach ist es endgültig gelöscht.`,
  recordNoun: { contacts: 'Kontakt', companies: 'Unternehmen' },
  stageChanged: (subject, stage) => `„${subject}“ ist jetzt in der Phase „${stage}“.`,
  priorityChanged: (subject) => `Priorität von „${subject}“ aktualisiert.`,
  ticketClosed: (subject) => `„${subject}“ ist geschlossen.`,
  ticketUnlinked: (subject) => `„${subject}“ ist nicht mehr zugeordnet.`,
  ticketDeleted: (subject) => `„${subject}“ wurde in den Papierkorb verschoben.`,
  actionFailedTitle: 'Das hat nicht funktioniert',

  selectMode: 'Auswählen',
  selectDone: 'Fertig',
  selectTicket: 'Auswählen',
  selectedCount: (count) => `${count} ausgewählt`,
  closeSelected: 'Ausgewählte schließen',
  bulkPriorityTitle: 'Priorität der ausgewählten Tickets ändern',
  bulkClosed: (count) =>
    plural(count, { one: '# Ticket geschlossen.', other: '# Tickets geschlossen.' }),
  bulkPriorityChanged: (count) =>
    plural(count, {
      one: 'Priorität von # Ticket aktualisiert.',
      other: 'Priorität von # Tickets aktualisiert.',
    }),
  bulkFailedTitle: 'Die Tickets wurden nicht aktualisiert',
  bulkPartialTitle: (failed, total) =>
    plural(failed, {
      one: `# von ${total} konnte nicht aktualisiert werden`,
      other: `# von ${total} konnten nicht aktualisiert werden`,
    }),

  newTicket: 'Neues Ticket',
  createTitle: 'Neues Ticket',
  subjectLabel: 'Betreff',
  descriptionLabel: 'Beschreibung',
  pipelineLabel: 'Pipeline',
  categoryLabel: 'Kategorie',
  createSubmit: 'Ticket erstellen',
  creating: 'Wird erstellt…',
  subjectRequired: 'Geben Sie einen Betreff ein.',
  tooLong: (max) => `Verwenden Sie höchstens ${max} Zeichen.`,
  pipelineRequired: 'Wählen Sie eine Pipeline aus.',
  stageRequired: 'Wählen Sie eine Phase aus.',
  createFailedTitle: 'Das Ticket wurde nicht erstellt',
  fixFields: 'Prüfen Sie die markierten Felder.',
  ticketCreated: (subject) => `Ticket „${subject}“ erstellt.`,
  createdTitle: 'Ticket erstellt',
  optionsLoading: 'Formular wird geladen…',
  optionsFailedTitle: 'Das Formular konnte nicht geladen werden',

  linkExisting: 'Vorhandenes zuordnen',
  linkTitle: 'Tickets zuordnen',
  searchLabel: 'Tickets durchsuchen',
  searchPlaceholder: 'Betreff oder Ticket-ID',
  searching: 'Suche läuft…',
  noResults: (query) => `Keine Tickets zu „${query}“ gefunden.`,
  moreResults: 'Es gibt weitere Treffer: Verfeinern Sie die Suche.',
  alreadyLinked: 'Bereits zugeordnet',
  associationLabel: 'Zuordnungslabel',
  noLabel: 'Kein Label',
  linkSubmit: (count) => plural(count, { one: '# Ticket zuordnen', other: '# Tickets zuordnen' }),
  linking: 'Wird zugeordnet…',
  linkedTitle: 'Tickets zugeordnet',
  linked: (count) => plural(count, { one: '# Ticket zugeordnet.', other: '# Tickets zugeordnet.' }),
  linkFailedTitle: 'Die Tickets wurden nicht zugeordnet',
  partialFailureTitle: (failed, total) =>
    plural(failed, {
      one: `# von ${total} konnte nicht zugeordnet werden`,
      other: `# von ${total} konnten nicht zugeordnet werden`,
    }),
  itemFailure: (subject, reason) => `${subject}: ${reason}`,

  unavailableRetrying: 'HubSpot ist gerade nicht erreichbar',
  slowLoading: 'HubSpot antwortet langsam. Wir versuchen es weiter…',
  retryIn: (attempt, seconds) =>
    `Versuch ${attempt} ist nicht durchgekommen. Nächster Versuch in ${seconds} s.`,
  retryingNow: (attempt) => `Versuch ${attempt} ist nicht durchgekommen. Neuer Versuch läuft…`,
  tryNow: 'Jetzt versuchen',
  refreshFailedTitle: 'Die Liste konnte nicht aktualisiert werden',
  textFilterLabel: 'Filtern',
  textFilterPlaceholder: 'Betreff oder Ticket-ID',
  anyPriority: 'Alle Prioritäten',
  pageOf: (page, pages) => `Seite ${page} von ${pages}`,
  totalTickets: (count) => plural(count, { one: '# Ticket', other: '# Tickets' }),
  viewAllInHubSpot: 'Alle in HubSpot anzeigen',
  rollUpAddedNothing: 'Alle Tickets der Kontakte sind diesem Unternehmen bereits zugeordnet.',
  rolledUpNote: 'Ändern Sie es beim Kontakt: Es ist diesem Unternehmen nicht zugeordnet.',
  selectTicketNamed: (subject) => `„${subject}“ auswählen`,
  selectAllOnPage: 'Alle auf dieser Seite auswählen',
  clearSelection: 'Auswahl aufheben',
  selectedOnOtherPages: (count) =>
    plural(count, { one: 'davon # auf einer anderen Seite', other: 'davon # auf anderen Seiten' }),
  closeStageLabel: 'Geschlossene Phase',
  reopen: 'Wieder öffnen',
  reopenTitle: 'Ticket wieder öffnen',
  reopenStageLabel: 'Offene Phase',
  ticketReopened: (subject, stage) => `„${subject}“ ist wieder offen (${stage}).`,
  ticketClosedIn: (subject, stage) => `„${subject}“ ist geschlossen (${stage}).`,
  undo: 'Rückgängig',
  undone: 'Rückgängig gemacht.',
  undoFailedTitle: 'Das konnte nicht rückgängig gemacht werden',
  bulkStageTitle: 'Phase der ausgewählten Tickets ändern',
  bulkStageOnePipeline:
    'Wählen Sie Tickets aus einer einzigen Pipeline aus, um ihre Phase zu ändern.',
  bulkStageChanged: (count) =>
    plural(count, { one: 'Phase von # Ticket geändert.', other: 'Phase von # Tickets geändert.' }),
  changeOwner: 'Ticketinhaber ändern',
  bulkOwnerTitle: 'Ticketinhaber der ausgewählten Tickets ändern',
  ownerLabel: 'Ticketinhaber',
  unassigned: 'Nicht zugewiesen',
  bulkOwnerChanged: (count) =>
    plural(count, {
      one: 'Ticketinhaber von # Ticket geändert.',
      other: 'Ticketinhaber von # Tickets geändert.',
    }),
  unlinkSelected: 'Zuordnung der Auswahl aufheben',
  bulkUnlinkTitle: 'Zuordnung der ausgewählten Tickets aufheben?',
  bulkUnlinkBody: (count, record) =>
    plural(count, {
      one: `# Ticket wird diesem ${record} nicht mehr zugeordnet. Das Ticket selbst bleibt erhalten.`,
      other: `# Tickets werden diesem ${record} nicht mehr zugeordnet. Die Tickets selbst bleiben erhalten.`,
    }),
  bulkUnlinked: (count) =>
    plural(count, {
      one: 'Zuordnung von # Ticket aufgehoben.',
      other: 'Zuordnung von # Tickets aufgehoben.',
    }),
  bulkAlreadyClosed: (count) =>
    plural(count, {
      one: '# Ticket war bereits geschlossen und wurde nicht geändert.',
      other: '# Tickets waren bereits geschlossen und wurden nicht geändert.',
    }),
  recentTickets: 'Neueste Tickets',
  ticketNumber: (id) => `#${id}`,
  linkedToNames: (names) => `Zugeordnet zu ${names}`,
  notLinkedAnywhere: 'Keinem Kontakt und keinem Unternehmen zugeordnet',
  selectedToLink: 'Ausgewählt',
  removeFromSelection: (subject) => `„${subject}“ entfernen`,

  // Owners, details panel, labels and portal-rule questions (issue 10).
  viewDetails: 'Details anzeigen',
  detailsTitle: 'Ticketdetails',
  detailsLoading: 'Ticket wird geladen…',
  detailsFailedTitle: 'Das Ticket konnte nicht geladen werden',
  ticketIdLabel: 'Ticket-ID',
  sourceLabel: 'Quelle',
  createdLabel: 'Erstellt',
  updatedLabel: 'Zuletzt aktualisiert',
  closedLabel: 'Geschlossen',
  timeToCloseLabel: 'Zeit bis zum Schließen',
  timeToFirstResponseLabel: 'Zeit bis zur ersten Antwort',
  linkLabelLabel: 'Label bei diesem Datensatz',
  notSet: 'Nicht festgelegt',
  linkedContacts: (count) => plural(count, { one: '# Kontakt', other: '# Kontakte' }),
  linkedCompanies: (count) => plural(count, { one: '# Unternehmen', other: '# Unternehmen' }),
  noneLinked: 'Keine',
  namesAndMore: (names, more) => `${names} und ${more} weitere`,
  openInHubSpot: 'In HubSpot öffnen',
  editTicket: 'Bearbeiten',
  saveChanges: 'Änderungen speichern',
  saving: 'Wird gespeichert…',
  ticketSaved: (subject) => `„${subject}“ gespeichert.`,
  ownedBy: (name) => `Ticketinhaber: ${name}`,
  assignToMe: 'Mir zuweisen',
  assignedToMe: 'Mir zugewiesen',
  assignedToYou: (subject) => `„${subject}“ ist jetzt Ihnen zugewiesen.`,
  notAnOwner:
    'HubSpot führt Sie in diesem Account nicht als Inhaber, daher kann Ihnen nichts zugewiesen werden.',
  ownerChanged: (subject, owner) => `Ticketinhaber von „${subject}“ ist jetzt ${owner}.`,
  ownerRemoved: (subject) => `„${subject}“ ist jetzt niemandem zugewiesen.`,
  alsoLinkCompany: 'Auch das primäre Unternehmen des Kontakts zuordnen',
  linkPrimaryCompanyNamed: (company) =>
    `Auch ${company} zuordnen (das primäre Unternehmen des Kontakts)`,
  requiredTitle: 'HubSpot benötigt weitere Angaben',
  requiredBody:
    'Die Regeln dieses Accounts verlangen diese Angaben, bevor die Änderung gespeichert werden kann.',
  bulkRequiredBody: (count) =>
    plural(count, {
      one: 'Die Regeln dieses Accounts verlangen diese Angaben, um # Ticket zu schließen.',
      other:
        'Die Regeln dieses Accounts verlangen diese Angaben, um # Tickets zu schließen. Ihre Antworten gelten für alle.',
    }),
  closeTickets: (count) =>
    plural(count, { one: '# Ticket schließen', other: '# Tickets schließen' }),
  bulkRequiredStageBody: (count) =>
    plural(count, {
      one: 'Die Regeln dieses Accounts verlangen diese Angaben, um # Ticket in die neue Phase zu verschieben.',
      other:
        'Die Regeln dieses Accounts verlangen diese Angaben, um # Tickets in die neue Phase zu verschieben. Ihre Antworten gelten für alle.',
    }),
  moveTickets: (count) =>
    plural(count, { one: '# Ticket verschieben', other: '# Tickets verschieben' }),
  answerYes: 'Ja',
  answerNo: 'Nein',

  noMatches: 'Keine Tickets entsprechen diesen Filtern.',
  networkFailed: 'HubSpot ist gerade nicht erreichbar.',

  callFailed: {
    TIMEOUT: 'HubSpot hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
    FUNCTION_NOT_FOUND:
      'Diese Karte ist nicht vollständig installiert. Bitten Sie Ihren HubSpot-Admin, die App zu prüfen.',
    INVALID_RESPONSE: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es erneut.',
    OTHER: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es erneut.',
  },
  referenceId: (id) => `Referenz: ${id}`,

  errorTitles: {
    VALIDATION: 'Prüfen Sie die Angaben',
    NOT_FOUND: 'Nicht gefunden',
    NOT_LINKED: 'Diesem Datensatz nicht zugeordnet',
    CONFLICT: 'HubSpot hat die Änderung abgelehnt',
    RATE_LIMITED: 'HubSpot ist ausgelastet',
    UNAVAILABLE: 'HubSpot antwortet nicht',
    FORBIDDEN: 'Nicht erlaubt',
    PROPERTIES_REQUIRED: 'Weitere Angaben erforderlich',
    INTERNAL: 'Etwas ist schiefgelaufen',
  },
};
