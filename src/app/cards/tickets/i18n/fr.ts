/** French, "vous", with French typography (non-breaking spaces before : ? and inside « »). */
import type { Catalog } from '../strings';
import { pluralIn } from './plural';

const plural = pluralIn('fr');
const quoted = (text: string) => `«\u00a0${text}\u00a0»`;
/** Contact is masculine, entreprise feminine: the demonstrative follows the noun. */
const thisRecord = (record: string) => (record === 'entreprise' ? 'cette' : 'ce') + ' ' + record;

export const fr: Catalog = {
  loading: 'Chargement des tickets…',
  busyRetrying: 'HubSpot est surchargé, nouvelle tentative…',
  counts: (open, closed) => `Ouverts ${open} · Fermés ${closed}`,
  refresh: 'Actualiser',
  filterLabel: 'Afficher',
  filterOpen: 'Ouverts',
  filterClosed: 'Fermés',
  filterAll: 'Tous',
  sortLabel: 'Trier',
  sortNewest: 'Plus récents',
  sortOldest: 'Plus anciens',
  sortUpdated: 'Mis à jour récemment',
  sortPriority: 'Priorité',
  includeContactTickets: 'Inclure les tickets des contacts',
  previousPage: 'Préc.',
  nextPage: 'Suiv.',
  pageNumber: (page) => `Page ${page}`,

  emptyTitle: 'Aucun ticket pour le moment',
  emptyBody: {
    open: 'Aucun ticket ouvert. Créez-en un ou associez un ticket existant.',
    closed: 'Aucun ticket fermé. Créez-en un ou associez un ticket existant.',
    all: 'Aucun ticket pour le moment. Créez-en un ou associez un ticket existant.',
  },
  errorTitle: 'Impossible de charger les tickets',
  tryAgain: 'Réessayer',

  createdAgo: (relative) => `Créé ${relative}`,
  updatedAgo: (relative) => `Mis à jour ${relative}`,
  closedAgo: (relative) => `Fermé ${relative}`,
  justNow: 'à l’instant',
  createdAndUpdated: (created, updated) => `Créé ${created} · mis à jour ${updated}`,
  fullDates: (created, updated) => `Créé le ${created}. Dernière mise à jour le ${updated}.`,
  viaContact: (name) => `Via ${name}`,
  noPriority: 'Aucune priorité',

  actionsButton: 'Actions',
  changeStage: 'Modifier l’étape',
  changePriority: 'Modifier la priorité',
  closeTicket: 'Fermer le ticket',
  unlink: 'Dissocier',
  delete: 'Supprimer',
  save: 'Enregistrer',
  cancel: 'Annuler',
  stageLabel: 'Étape',
  priorityLabel: 'Priorité',
  unlinkTitle: 'Dissocier le ticket\u00a0?',
  unlinkBody: (subject, record) =>
    `${quoted(subject)} ne sera plus associé à ${thisRecord(record)}. Le ticket lui-même est conservé.`,
  deleteTitle: 'Supprimer le ticket\u00a0?',
  deleteBody: (subject) =>
    `${quoted(subject)} sera placé dans la corbeille de HubSpot. Un administrateur peut l’y restaurer pendant 90 jours\u00a0; ensuite, il sera définitivement supprimé.`,
  recordNoun: { contacts: 'contact', companies: 'entreprise' },
  stageChanged: (subject, stage) => `${quoted(subject)} est passé à l’étape ${quoted(stage)}.`,
  priorityChanged: (subject) => `Priorité de ${quoted(subject)} mise à jour.`,
  ticketClosed: (subject) => `${quoted(subject)} est fermé.`,
  ticketUnlinked: (subject) => `${quoted(subject)} n’est plus associé.`,
  ticketDeleted: (subject) => `${quoted(subject)} a été placé dans la corbeille.`,
  actionFailedTitle: 'L’opération a échoué',

  selectMode: 'Sélectionner',
  selectDone: 'Terminé',
  selectTicket: 'Sélectionner',
  selectedCount: (count) => plural(count, { one: '# sélectionné', other: '# sélectionnés' }),
  closeSelected: 'Fermer les tickets sélectionnés',
  bulkPriorityTitle: 'Modifier la priorité des tickets sélectionnés',
  bulkClosed: (count) => plural(count, { one: '# ticket fermé.', other: '# tickets fermés.' }),
  bulkPriorityChanged: (count) =>
    plural(count, {
      one: 'Priorité de # ticket mise à jour.',
      other: 'Priorité de # tickets mise à jour.',
    }),
  bulkFailedTitle: 'Les tickets n’ont pas été mis à jour',
  bulkPartialTitle: (failed, total) =>
    plural(failed, {
      one: `# sur ${total} n’a pas pu être mis à jour`,
      other: `# sur ${total} n’ont pas pu être mis à jour`,
    }),

  newTicket: 'Nouveau ticket',
  createTitle: 'Nouveau ticket',
  subjectLabel: 'Objet',
  descriptionLabel: 'Description',
  pipelineLabel: 'Pipeline',
  categoryLabel: 'Catégorie',
  createSubmit: 'Créer le ticket',
  creating: 'Création…',
  subjectRequired: 'Saisissez un objet.',
  tooLong: (max) => `${max} caractères maximum.`,
  pipelineRequired: 'Choisissez un pipeline.',
  stageRequired: 'Choisissez une étape.',
  createFailedTitle: 'Le ticket n’a pas été créé',
  fixFields: 'Vérifiez les champs en surbrillance.',
  ticketCreated: (subject) => `Ticket ${quoted(subject)} créé.`,
  createdTitle: 'Ticket créé',
  optionsLoading: 'Chargement du formulaire…',
  optionsFailedTitle: 'Impossible de charger le formulaire',

  linkExisting: 'Associer un ticket existant',
  linkTitle: 'Associer des tickets',
  searchLabel: 'Rechercher des tickets',
  searchPlaceholder: 'Objet ou ID du ticket',
  searching: 'Recherche…',
  noResults: (query) => `Aucun ticket ne correspond à ${quoted(query)}.`,
  moreResults: 'D’autres tickets correspondent\u00a0: affinez la recherche.',
  alreadyLinked: 'Déjà associé',
  associationLabel: 'Libellé d’association',
  noLabel: 'Aucun libellé',
  linkSubmit: (count) => plural(count, { one: 'Associer # ticket', other: 'Associer # tickets' }),
  linking: 'Association…',
  linkedTitle: 'Tickets associés',
  linked: (count) => plural(count, { one: '# ticket associé.', other: '# tickets associés.' }),
  linkFailedTitle: 'Les tickets n’ont pas été associés',
  partialFailureTitle: (failed, total) =>
    plural(failed, {
      one: `# sur ${total} n’a pas pu être associé`,
      other: `# sur ${total} n’ont pas pu être associés`,
    }),
  itemFailure: (subject, reason) => `${subject}\u00a0: ${reason}`,

  unavailableRetrying: 'HubSpot est indisponible pour le moment',
  slowLoading: 'HubSpot met du temps à répondre. Nouvelle tentative en cours…',
  retryIn: (attempt, seconds) =>
    `La tentative ${attempt} n’a pas abouti. Prochain essai dans ${seconds}\u00a0s.`,
  retryingNow: (attempt) => `La tentative ${attempt} n’a pas abouti. Nouvel essai en cours…`,
  tryNow: 'Réessayer maintenant',
  refreshFailedTitle: 'Impossible d’actualiser la liste',
  textFilterLabel: 'Filtrer',
  textFilterPlaceholder: 'Objet ou ID du ticket',
  anyPriority: 'Toutes les priorités',
  pageOf: (page, pages) => `Page ${page} sur ${pages}`,
  totalTickets: (count) => plural(count, { one: '# ticket', other: '# tickets' }),
  viewAllInHubSpot: 'Tout afficher dans HubSpot',
  rollUpAddedNothing: 'Tous les tickets des contacts sont déjà associés à cette entreprise.',
  rolledUpNote: 'Modifiez-le depuis le contact\u00a0: il n’est pas associé à cette entreprise.',
  selectTicketNamed: (subject) => `Sélectionner ${quoted(subject)}`,
  selectAllOnPage: 'Tout sélectionner sur cette page',
  clearSelection: 'Effacer la sélection',
  selectedOnOtherPages: (count) =>
    plural(count, { one: 'dont # sur une autre page', other: 'dont # sur d’autres pages' }),
  closeStageLabel: 'Étape de fermeture',
  reopen: 'Rouvrir',
  reopenTitle: 'Rouvrir le ticket',
  reopenStageLabel: 'Étape ouverte',
  ticketReopened: (subject, stage) => `${quoted(subject)} est de nouveau ouvert (${stage}).`,
  ticketClosedIn: (subject, stage) => `${quoted(subject)} est fermé (${stage}).`,
  undo: 'Annuler',
  undone: 'Action annulée.',
  undoFailedTitle: 'Impossible d’annuler l’action',
  bulkStageTitle: 'Modifier l’étape des tickets sélectionnés',
  bulkStageOnePipeline: 'Sélectionnez des tickets d’un même pipeline pour modifier leur étape.',
  bulkStageChanged: (count) =>
    plural(count, { one: 'Étape de # ticket modifiée.', other: 'Étape de # tickets modifiée.' }),
  changeOwner: 'Modifier le propriétaire',
  bulkOwnerTitle: 'Modifier le propriétaire des tickets sélectionnés',
  ownerLabel: 'Propriétaire',
  unassigned: 'Non attribué',
  bulkOwnerChanged: (count) =>
    plural(count, {
      one: 'Propriétaire de # ticket modifié.',
      other: 'Propriétaire de # tickets modifié.',
    }),
  unlinkSelected: 'Dissocier la sélection',
  bulkUnlinkTitle: 'Dissocier les tickets sélectionnés\u00a0?',
  bulkUnlinkBody: (count, record) =>
    plural(count, {
      one: `# ticket ne sera plus associé à ${thisRecord(record)}. Le ticket lui-même est conservé.`,
      other: `# tickets ne seront plus associés à ${thisRecord(record)}. Les tickets eux-mêmes sont conservés.`,
    }),
  bulkUnlinked: (count) =>
    plural(count, { one: '# ticket dissocié.', other: '# tickets dissociés.' }),
  bulkAlreadyClosed: (count) =>
    plural(count, {
      one: '# ticket était déjà fermé et n’a pas été modifié.',
      other: '# tickets étaient déjà fermés et n’ont pas été modifiés.',
    }),
  recentTickets: 'Tickets récents',
  ticketNumber: (id) => `#${id}`,
  linkedToNames: (names) => `Associé à ${names}`,
  notLinkedAnywhere: 'Associé à aucun contact ni à aucune entreprise',
  selectedToLink: 'Sélectionnés',
  removeFromSelection: (subject) => `Retirer ${quoted(subject)}`,

  // Owners, details panel, labels and portal-rule questions (issue 10).
  viewDetails: 'Détails',
  detailsTitle: 'Détails du ticket',
  detailsLoading: 'Chargement du ticket…',
  detailsFailedTitle: 'Le ticket n’a pas pu être chargé',
  ticketIdLabel: 'ID du ticket',
  sourceLabel: 'Origine',
  createdLabel: 'Créé',
  updatedLabel: 'Dernière mise à jour',
  closedLabel: 'Fermé',
  timeToCloseLabel: 'Délai de fermeture',
  timeToFirstResponseLabel: 'Délai de première réponse',
  linkLabelLabel: 'Libellé sur cette fiche',
  notSet: 'Non défini',
  linkedContacts: (count) => plural(count, { one: '# contact', other: '# contacts' }),
  linkedCompanies: (count) => plural(count, { one: '# entreprise', other: '# entreprises' }),
  noneLinked: 'Aucun',
  namesAndMore: (names, more) => `${names} et ${more} de plus`,
  openInHubSpot: 'Ouvrir dans HubSpot',
  editTicket: 'Modifier',
  saveChanges: 'Enregistrer les modifications',
  saving: 'Enregistrement…',
  ticketSaved: (subject) => `« ${subject} » enregistré.`,
  ownedBy: (name) => `Propriétaire : ${name}`,
  assignToMe: 'M’attribuer',
  assignedToMe: 'Qui me sont attribués',
  assignedToYou: (subject) => `« ${subject} » vous est maintenant attribué.`,
  notAnOwner:
    'HubSpot ne vous compte pas parmi les propriétaires de ce compte : rien ne peut vous être attribué.',
  ownerChanged: (subject, owner) => `Le propriétaire de « ${subject} » est maintenant ${owner}.`,
  ownerRemoved: (subject) => `« ${subject} » n’est plus attribué.`,
  alsoLinkCompany: 'Associer aussi l’entreprise principale du contact',
  linkPrimaryCompanyNamed: (company) =>
    `Associer aussi ${company} (l’entreprise principale du contact)`,
  requiredTitle: 'HubSpot a besoin de plus d’informations',
  requiredBody:
    'Les règles de ce compte exigent ces informations avant d’enregistrer la modification.',
  bulkRequiredBody: (count) =>
    plural(count, {
      one: 'Les règles de ce compte exigent ces informations pour fermer # ticket.',
      other:
        'Les règles de ce compte exigent ces informations pour fermer # tickets. Vos réponses valent pour tous.',
    }),
  closeTickets: (count) => plural(count, { one: 'Fermer # ticket', other: 'Fermer # tickets' }),
  bulkRequiredStageBody: (count) =>
    plural(count, {
      one: 'Les règles de ce compte exigent ces informations pour déplacer # ticket vers la nouvelle étape.',
      other:
        'Les règles de ce compte exigent ces informations pour déplacer # tickets vers la nouvelle étape. Vos réponses valent pour tous.',
    }),
  moveTickets: (count) => plural(count, { one: 'Déplacer # ticket', other: 'Déplacer # tickets' }),
  answerYes: 'Oui',
  answerNo: 'Non',

  noMatches: 'Aucun ticket ne correspond à ces filtres.',
  networkFailed: 'Impossible de joindre HubSpot pour le moment.',

  callFailed: {
    TIMEOUT: 'HubSpot a mis trop de temps à répondre. Réessayez.',
    FUNCTION_NOT_FOUND:
      'Cette carte n’est pas entièrement installée. Demandez à votre administrateur HubSpot de vérifier l’application.',
    INVALID_RESPONSE: 'Un problème est survenu de notre côté. Réessayez.',
    OTHER: 'Un problème est survenu de notre côté. Réessayez.',
  },
  referenceId: (id) => `Référence\u00a0: ${id}`,

  errorTitles: {
    VALIDATION: 'Vérifiez les informations',
    NOT_FOUND: 'Introuvable',
    NOT_LINKED: 'Non associé à cette fiche',
    CONFLICT: 'HubSpot a refusé la modification',
    RATE_LIMITED: 'HubSpot est surchargé',
    UNAVAILABLE: 'HubSpot ne répond pas',
    FORBIDDEN: 'Non autorisé',
    PROPERTIES_REQUIRED: 'Informations supplémentaires requises',
    INTERNAL: 'Un problème est survenu',
  },
};
