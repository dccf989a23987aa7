/** Dutch, "je", as HubSpot's Dutch UI addresses the user (koppelen, fase, eigenaar). */
import type { Catalog } from '../strings';
import { pluralIn } from './plural';

const plural = pluralIn('nl');
/** "de contactpersoon" takes deze, "het bedrijf" takes dit. */
const thisRecord = (record: string) => (record === 'bedrijf' ? 'dit' : 'deze') + ' ' + record;

export const nl: Catalog = {
  loading: 'Tickets laden…',
  busyRetrying: 'HubSpot is druk, we proberen het opnieuw…',
  counts: (open, closed) => `Open ${open} · Gesloten ${closed}`,
  refresh: 'Vernieuwen',
  filterLabel: 'Weergeven',
  filterOpen: 'Open',
  filterClosed: 'Gesloten',
  filterAll: 'Alle',
  sortLabel: 'Sorteren',
  sortNewest: 'Nieuwste',
  sortOldest: 'Oudste',
  sortUpdated: 'Recent bijgewerkt',
  sortPriority: 'Prioriteit',
  includeContactTickets: 'Tickets van contactpersonen meenemen',
  previousPage: 'Vorige',
  nextPage: 'Volgende',
  pageNumber: (page) => `Pagina ${page}`,

  emptyTitle: 'Nog geen tickets',
  emptyBody: {
    open: 'Er zijn geen open tickets. Maak er een aan of koppel een bestaand ticket.',
    closed: 'Er zijn geen gesloten tickets. Maak er een aan of koppel een bestaand ticket.',
    all: 'Er zijn nog geen tickets. Maak er een aan of koppel een bestaand ticket.',
  },
  errorTitle: 'Tickets konden niet worden geladen',
  tryAgain: 'Opnieuw proberen',

  createdAgo: (relative) => `Aangemaakt ${relative}`,
  updatedAgo: (relative) => `Bijgewerkt ${relative}`,
  closedAgo: (relative) => `Gesloten ${relative}`,
  justNow: 'zojuist',
  createdAndUpdated: (created, updated) => `Aangemaakt ${created} · bijgewerkt ${updated}`,
  fullDates: (created, updated) => `Aangemaakt op ${created}. Laatst bijgewerkt op ${updated}.`,
  viaContact: (name) => `Via ${name}`,
  noPriority: 'Geen prioriteit',

  actionsButton: 'Acties',
  changeStage: 'Fase wijzigen',
  changePriority: 'Prioriteit wijzigen',
  closeTicket: 'Ticket sluiten',
  unlink: 'Ontkoppelen',
  delete: 'Verwijderen',
  save: 'Opslaan',
  cancel: 'Annuleren',
  stageLabel: 'Fase',
  priorityLabel: 'Prioriteit',
  unlinkTitle: 'Ticket ontkoppelen?',
  unlinkBody: (subject, record) =>
    `“${subject}” is straks niet meer gekoppeld aan ${thisRecord(record)}. Het ticket zelf blijft bestaan.`,
  deleteTitle: 'Ticket verwijderen?',
  deleteBody: (subject) =>
    `“${subject}” wordt naar de prullenbak van HubSpot verplaatst. Een beheerder kan het daar 90 dagen lang terugzetten; daarna is het definitief verwijderd.`,
  recordNoun: { contacts: 'contactpersoon', companies: 'bedrijf' },
  stageChanged: (subject, stage) => `“${subject}” staat nu in de fase “${stage}”.`,
  priorityChanged: (subject) => `Prioriteit van “${subject}” bijgewerkt.`,
  ticketClosed: (subject) => `“${subject}” is gesloten.`,
  ticketUnlinked: (subject) => `“${subject}” is niet meer gekoppeld.`,
  ticketDeleted: (subject) => `“${subject}” is naar de prullenbak verplaatst.`,
  actionFailedTitle: 'Dat is niet gelukt',

  selectMode: 'Selecteren',
  selectDone: 'Klaar',
  selectTicket: 'Selecteren',
  selectedCount: (count) => `${count} geselecteerd`,
  closeSelected: 'Geselecteerde sluiten',
  bulkPriorityTitle: 'Prioriteit van de geselecteerde tickets wijzigen',
  bulkClosed: (count) => plural(count, { one: '# ticket gesloten.', other: '# tickets gesloten.' }),
  bulkPriorityChanged: (count) =>
    plural(count, {
      one: 'Prioriteit van # ticket bijgewerkt.',
      other: 'Prioriteit van # tickets bijgewerkt.',
    }),
  bulkFailedTitle: 'De tickets zijn niet bijgewerkt',
  bulkPartialTitle: (failed, total) =>
    plural(failed, {
      one: `# van ${total} kon niet worden bijgewerkt`,
      other: `# van ${total} konden niet worden bijgewerkt`,
    }),

  newTicket: 'Nieuw ticket',
  createTitle: 'Nieuw ticket',
  subjectLabel: 'Onderwerp',
  descriptionLabel: 'Beschrijving',
  pipelineLabel: 'Pipeline',
  categoryLabel: 'Categorie',
  createSubmit: 'Ticket aanmaken',
  creating: 'Aanmaken…',
  subjectRequired: 'Voer een onderwerp in.',
  tooLong: (max) => `Gebruik maximaal ${max} tekens.`,
  pipelineRequired: 'Kies een pipeline.',
  stageRequired: 'Kies een fase.',
  createFailedTitle: 'Het ticket is niet aangemaakt',
  fixFields: 'Controleer de gemarkeerde velden.',
  ticketCreated: (subject) => `Ticket “${subject}” aangemaakt.`,
  createdTitle: 'Ticket aangemaakt',
  optionsLoading: 'Formulier laden…',
  optionsFailedTitle: 'Het formulier kon niet worden geladen',

  linkExisting: 'Bestaand koppelen',
  linkTitle: 'Tickets koppelen',
  searchLabel: 'Tickets zoeken',
  searchPlaceholder: 'Onderwerp of ticket-ID',
  searching: 'Zoeken…',
  noResults: (query) => `Geen tickets gevonden voor “${query}”.`,
  moreResults: 'Er zijn meer resultaten: verfijn je zoekopdracht.',
  alreadyLinked: 'Al gekoppeld',
  associationLabel: 'Koppelingslabel',
  noLabel: 'Geen label',
  linkSubmit: (count) => plural(count, { one: '# ticket koppelen', other: '# tickets koppelen' }),
  linking: 'Koppelen…',
  linkedTitle: 'Tickets gekoppeld',
  linked: (count) => plural(count, { one: '# ticket gekoppeld.', other: '# tickets gekoppeld.' }),
  linkFailedTitle: 'De tickets zijn niet gekoppeld',
  partialFailureTitle: (failed, total) =>
    plural(failed, {
      one: `# van ${total} kon niet worden gekoppeld`,
      other: `# van ${total} konden niet worden gekoppeld`,
    }),
  itemFailure: (subject, reason) => `${subject}: ${reason}`,

  unavailableRetrying: 'HubSpot is op dit moment niet beschikbaar',
  slowLoading: 'HubSpot reageert traag. We blijven het proberen…',
  retryIn: (attempt, seconds) =>
    `Poging ${attempt} is niet gelukt. Volgende poging over ${seconds} s.`,
  retryingNow: (attempt) => `Poging ${attempt} is niet gelukt. We proberen het opnieuw…`,
  tryNow: 'Nu proberen',
  refreshFailedTitle: 'De lijst kon niet worden vernieuwd',
  textFilterLabel: 'Filteren',
  textFilterPlaceholder: 'Onderwerp of ticket-ID',
  anyPriority: 'Alle prioriteiten',
  pageOf: (page, pages) => `Pagina ${page} van ${pages}`,
  totalTickets: (count) => plural(count, { one: '# ticket', other: '# tickets' }),
  viewAllInHubSpot: 'Alles bekijken in HubSpot',
  rollUpAddedNothing: 'Alle tickets van de contactpersonen zijn al aan dit bedrijf gekoppeld.',
  rolledUpNote: 'Wijzig het via de contactpersoon: het is niet aan dit bedrijf gekoppeld.',
  selectTicketNamed: (subject) => `“${subject}” selecteren`,
  selectAllOnPage: 'Alles op deze pagina selecteren',
  clearSelection: 'Selectie wissen',
  selectedOnOtherPages: (count) =>
    plural(count, { one: 'waarvan # op een andere pagina', other: 'waarvan # op andere pagina’s' }),
  closeStageLabel: 'Gesloten fase',
  reopen: 'Heropenen',
  reopenTitle: 'Ticket heropenen',
  reopenStageLabel: 'Open fase',
  ticketReopened: (subject, stage) => `“${subject}” is weer open (${stage}).`,
  ticketClosedIn: (subject, stage) => `“${subject}” is gesloten (${stage}).`,
  undo: 'Ongedaan maken',
  undone: 'Ongedaan gemaakt.',
  undoFailedTitle: 'Dat kon niet ongedaan worden gemaakt',
  bulkStageTitle: 'Fase van de geselecteerde tickets wijzigen',
  bulkStageOnePipeline: 'Selecteer tickets uit één pipeline om hun fase te wijzigen.',
  bulkStageChanged: (count) =>
    plural(count, { one: 'Fase van # ticket gewijzigd.', other: 'Fase van # tickets gewijzigd.' }),
  changeOwner: 'Eigenaar wijzigen',
  bulkOwnerTitle: 'Eigenaar van de geselecteerde tickets wijzigen',
  ownerLabel: 'Eigenaar',
  unassigned: 'Niet toegewezen',
  bulkOwnerChanged: (count) =>
    plural(count, {
      one: 'Eigenaar van # ticket gewijzigd.',
      other: 'Eigenaar van # tickets gewijzigd.',
    }),
  unlinkSelected: 'Geselecteerde ontkoppelen',
  bulkUnlinkTitle: 'Geselecteerde tickets ontkoppelen?',
  bulkUnlinkBody: (count, record) =>
    plural(count, {
      one: `# ticket is straks niet meer gekoppeld aan ${thisRecord(record)}. Het ticket zelf blijft bestaan.`,
      other: `# tickets zijn straks niet meer gekoppeld aan ${thisRecord(record)}. De tickets zelf blijven bestaan.`,
    }),
  bulkUnlinked: (count) =>
    plural(count, { one: '# ticket ontkoppeld.', other: '# tickets ontkoppeld.' }),
  bulkAlreadyClosed: (count) =>
    plural(count, {
      one: '# ticket was al gesloten en is ongewijzigd gebleven.',
      other: '# tickets waren al gesloten en zijn ongewijzigd gebleven.',
    }),
  recentTickets: 'Recente tickets',
  ticketNumber: (id) => `#${id}`,
  linkedToNames: (names) => `Gekoppeld aan ${names}`,
  notLinkedAnywhere: 'Niet gekoppeld aan een contactpersoon of bedrijf',
  selectedToLink: 'Geselecteerd',
  removeFromSelection: (subject) => `“${subject}” verwijderen`,

  // Owners, details panel, labels and portal-rule questions (issue 10).
  viewDetails: 'Details bekijken',
  detailsTitle: 'Ticketgegevens',
  detailsLoading: 'Ticket wordt geladen…',
  detailsFailedTitle: 'Het ticket kon niet worden geladen',
  ticketIdLabel: 'Ticket-ID',
  sourceLabel: 'Bron',
  createdLabel: 'Aangemaakt',
  updatedLabel: 'Laatst bijgewerkt',
  closedLabel: 'Gesloten',
  timeToCloseLabel: 'Tijd tot sluiten',
  timeToFirstResponseLabel: 'Tijd tot eerste reactie',
  linkLabelLabel: 'Label bij deze record',
  notSet: 'Niet ingesteld',
  linkedContacts: (count) => plural(count, { one: '# contactpersoon', other: '# contactpersonen' }),
  linkedCompanies: (count) => plural(count, { one: '# bedrijf', other: '# bedrijven' }),
  noneLinked: 'Geen',
  namesAndMore: (names, more) => `${names} en nog ${more}`,
  openInHubSpot: 'Openen in HubSpot',
  editTicket: 'Bewerken',
  saveChanges: 'Wijzigingen opslaan',
  saving: 'Opslaan…',
  ticketSaved: (subject) => `‘${subject}’ opgeslagen.`,
  ownedBy: (name) => `Eigenaar: ${name}`,
  assignToMe: 'Aan mij toewijzen',
  assignedToMe: 'Aan mij toegewezen',
  assignedToYou: (subject) => `‘${subject}’ is nu aan u toegewezen.`,
  notAnOwner:
    'HubSpot kent u in dit account niet als eigenaar, dus er kan niets aan u worden toegewezen.',
  ownerChanged: (subject, owner) => `De eigenaar van ‘${subject}’ is nu ${owner}.`,
  ownerRemoved: (subject) => `‘${subject}’ is niet meer toegewezen.`,
  alsoLinkCompany: 'Ook het primaire bedrijf van de contactpersoon koppelen',
  linkPrimaryCompanyNamed: (company) =>
    `Ook ${company} koppelen (het primaire bedrijf van de contactpersoon)`,
  requiredTitle: 'HubSpot heeft meer gegevens nodig',
  requiredBody:
    'De regels van dit account vragen deze gegevens voordat de wijziging kan worden opgeslagen.',
  bulkRequiredBody: (count) =>
    plural(count, {
      one: 'De regels van dit account vragen deze gegevens om # ticket te sluiten.',
      other:
        'De regels van dit account vragen deze gegevens om # tickets te sluiten. Uw antwoorden gelden voor alle tickets.',
    }),
  closeTickets: (count) => plural(count, { one: '# ticket sluiten', other: '# tickets sluiten' }),
  bulkRequiredStageBody: (count) =>
    plural(count, {
      one: 'De regels van dit account vragen deze gegevens om # ticket naar de nieuwe fase te verplaatsen.',
      other:
        'De regels van dit account vragen deze gegevens om # tickets naar de nieuwe fase te verplaatsen. Uw antwoorden gelden voor alle tickets.',
    }),
  moveTickets: (count) =>
    plural(count, { one: '# ticket verplaatsen', other: '# tickets verplaatsen' }),
  answerYes: 'Ja',
  answerNo: 'Nee',

  noMatches: 'Geen tickets voldoen aan deze filters.',
  networkFailed: 'HubSpot is op dit moment niet bereikbaar.',

  callFailed: {
    TIMEOUT: 'HubSpot deed er te lang over om te antwoorden. Probeer het opnieuw.',
    FUNCTION_NOT_FOUND:
      'Deze kaart is niet volledig geïnstalleerd. Vraag je HubSpot-beheerder om de app te controleren.',
    INVALID_RESPONSE: 'Er ging bij ons iets mis. Probeer het opnieuw.',
    OTHER: 'Er ging bij ons iets mis. Probeer het opnieuw.',
  },
  referenceId: (id) => `Referentie: ${id}`,

  errorTitles: {
    VALIDATION: 'Controleer de gegevens',
    NOT_FOUND: 'Niet gevonden',
    NOT_LINKED: 'Niet gekoppeld aan dit record',
    CONFLICT: 'HubSpot heeft de wijziging geweigerd',
    RATE_LIMITED: 'HubSpot is druk',
    UNAVAILABLE: 'HubSpot reageert niet',
    FORBIDDEN: 'Niet toegestaan',
    PROPERTIES_REQUIRED: 'Meer gegevens nodig',
    INTERNAL: 'Er is iets misgegaan',
  },
};
