/** What every part of the card needs from its surroundings, passed down as one value. */
import type { AddAlertAction, CloseOverlayAction } from '@hubspot/ui-extensions';
import type { CurrentUserHint, RecordType } from '../contract';
import type { TicketsClient } from './client/ticketsClient';

/** Only the host actions the card uses, so tests and the preview supply little. */
export interface CardActions {
  addAlert: AddAlertAction;
  closeOverlay: CloseOverlayAction;
}

export interface CardEnv {
  client: TicketsClient;
  recordType: RecordType;
  portalId: number;
  actions: CardActions;
  locale: string;
  timeZone: string;
  /** Who the card's user is, for "Assign to me" and "Assigned to me" (never for access). */
  currentUser: CurrentUserHint;
}
