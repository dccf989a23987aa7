/**
 * What a close or an unlink can take back for a few seconds: data only (which tickets, to
 * which stage, with which labels), so the component that offers "Undo" outlives the menu
 * or modal that did the change.
 */
import type { TicketSummary } from '../../contract';

export type UndoAction =
  /** Back to the stage each ticket was in before the close. */
  | { kind: 'restoreStages'; tickets: { ticketId: string; stageId: string }[] }
  /** Link again, each with the labels it had (by name, as rows carry them). */
  | { kind: 'relink'; tickets: TicketSummary[] };

export interface UndoOffer {
  /** What was done, as the success message says it. */
  message: string;
  action: UndoAction;
}

/** Whoever changes tickets can offer to undo it; the card shows the offer inline. */
export type OfferUndo = (offer: UndoOffer) => void;
