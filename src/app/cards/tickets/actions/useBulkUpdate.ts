/**
 * One call for every selected ticket (ticket_update or ticket_unlink), and what to tell
 * the user after it: the tickets that changed are applied at once; the ones HubSpot
 * refused are named, each with its own reason (the functions answer per item), and stay
 * selected for another try; tickets a bulk close found already closed are left as they
 * were and counted. A bulk close or unlink can be undone inline for a few seconds.
 * A close or a stage change the portal's rules refuse for some tickets (or for the whole
 * batch) becomes one question for all of them (`question`); answering retries just those
 * tickets with the same fields, and any still refused are named.
 */
import { useState } from 'react';
import type {
  ExtraProperties,
  FunctionError,
  ItemOutcome,
  RequiredProperty,
  TicketSummary,
} from '../../contract';
import { bulkQuestionsOf, mergeQuestions, questionsOf } from '../required/requiredQuestions';
import type { CardEnv } from '../cardEnv';
import { shortSubject } from '../format/shortSubject';
import { strings } from '../strings';
import type { OfferUndo } from './undoOffer';
import { useTicketMutation } from './useTicketMutation';

export type BulkFields = (
  { close: true } | { stageId: string } | { priority: string | null } | { ownerId: string | null }
) & { extraProperties?: ExtraProperties };

/** The writes whose refusal for a portal rule becomes a question: a close or a stage change. */
export type AskingFields = { close: true } | { stageId: string };

/** What the portal's rules need before these tickets can be closed or moved. */
export interface BulkQuestion {
  tickets: TicketSummary[];
  questions: RequiredProperty[];
  /** What was asked for; the answer sends it again, with `extraProperties`. */
  fields: AskingFields;
  successMessage: (count: number) => string;
}

export interface BulkFailure {
  ticketId: string;
  subject: string;
  message: string;
}

export type BulkReport =
  | { kind: 'failed'; error: FunctionError }
  | { kind: 'settled'; total: number; failed: BulkFailure[]; alreadyClosed: number };

interface Options {
  env: CardEnv;
  onUpdated(tickets: TicketSummary[]): void;
  onRemoved(ticketIds: string[]): void;
  /** Called with the ids that failed once HubSpot answered per item. */
  onSettled(failedIds: string[]): void;
  onUndoable: OfferUndo;
}

interface Sorted {
  done: TicketSummary[];
  failed: BulkFailure[];
  alreadyClosed: number;
}

function sortOutcomes(
  selected: TicketSummary[],
  results: ItemOutcome[],
  asked: string[] = [],
): Sorted {
  const sorted: Sorted = { done: [], failed: [], alreadyClosed: 0 };
  for (const ticket of selected) {
    const outcome = results.find((r) => r.ticketId === ticket.id);
    // Tickets with an open question are neither done nor failed yet.
    if (asked.includes(ticket.id)) continue;
    if (outcome && !outcome.ok) {
      sorted.failed.push({
        ticketId: ticket.id,
        subject: shortSubject(ticket.subject),
        message: outcome.error.message,
      });
    } else if (outcome?.skipped === 'ALREADY_CLOSED') sorted.alreadyClosed += 1;
    else sorted.done.push(ticket);
  }
  return sorted;
}

/** The fields to ask about, without any earlier answers; null for writes that never ask. */
function askingFields(fields: BulkFields): AskingFields | null {
  if ('close' in fields) return { close: true };
  if ('stageId' in fields) return { stageId: fields.stageId };
  return null;
}

export function useBulkUpdate({ env, onUpdated, onRemoved, onSettled, onUndoable }: Options) {
  const { busy, run } = useTicketMutation();
  const [report, setReport] = useState<BulkReport | null>(null);
  const [modalError, setModalError] = useState<FunctionError | null>(null);
  const [question, setQuestion] = useState<BulkQuestion | null>(null);
  const base = { recordType: env.recordType, portalId: env.portalId };

  /** An answer's retry keeps its question on screen (and the answers typed) until it settles. */
  const begin = (answering = false) => {
    setReport(null);
    setModalError(null);
    if (!answering) setQuestion(null);
  };
  /** A question for these tickets, adding to what an earlier round asked. */
  const ask = (
    tickets: TicketSummary[],
    asked: RequiredProperty[],
    earlier: RequiredProperty[],
    fields: AskingFields,
    successMessage: (count: number) => string,
  ) => setQuestion({ tickets, questions: mergeQuestions(earlier, asked), fields, successMessage });
  /** `asked`: tickets with an open question, kept selected with the failed ones. */
  const settle = (
    selected: TicketSummary[],
    sorted: Sorted,
    overlayId?: string,
    asked: string[] = [],
  ) => {
    if (overlayId) env.actions.closeOverlay(overlayId);
    onSettled([...sorted.failed.map((failure) => failure.ticketId), ...asked]);
    const worthSaying = sorted.failed.length > 0 || sorted.alreadyClosed > 0;
    setReport(
      worthSaying
        ? {
            kind: 'settled',
            total: selected.length,
            failed: sorted.failed,
            alreadyClosed: sorted.alreadyClosed,
          }
        : null,
    );
  };
  const refused = (overlayId?: string) => (error: FunctionError) =>
    overlayId ? setModalError(error) : setReport({ kind: 'failed', error });

  /** With `overlayId`, a refused call keeps its modal open with the reason instead. */
  const update = (
    selected: TicketSummary[],
    fields: BulkFields,
    successMessage: (count: number) => string,
    overlayId?: string,
  ) => {
    const answering = 'extraProperties' in fields;
    const earlier = answering ? (question?.questions ?? []) : [];
    begin(answering);
    const closing = 'close' in fields;
    const asking = askingFields(fields);
    return run(
      () =>
        env.client.call('ticket_update', {
          ...base,
          ticketIds: selected.map((ticket) => ticket.id),
          ...fields,
        }),
      (data) => {
        const asked = asking ? bulkQuestionsOf(data.results) : { questions: [], ticketIds: [] };
        const sorted = sortOutcomes(selected, data.results, asked.ticketIds);
        onUpdated(data.tickets);
        settle(selected, sorted, overlayId, asked.ticketIds);
        if (asking && asked.ticketIds.length > 0) {
          ask(
            selected.filter((t) => asked.ticketIds.includes(t.id)),
            asked.questions,
            earlier,
            asking,
            successMessage,
          );
        } else setQuestion(null);
        const count = sorted.done.length;
        if (count === 0) return;
        if (closing || 'stageId' in fields) {
          onUndoable({
            message: successMessage(count),
            action: {
              kind: 'restoreStages',
              tickets: sorted.done.map((t) => ({ ticketId: t.id, stageId: t.stage.id })),
            },
          });
        } else env.actions.addAlert({ type: 'success', message: successMessage(count) });
      },
      (error) => {
        // The whole batch refused for a portal rule: nothing was written; ask for all,
        // in the bulk bar (a modal that asked for the change closes).
        const asked = asking ? questionsOf(error) : [];
        if (asking && asked.length > 0) {
          if (overlayId) env.actions.closeOverlay(overlayId);
          ask(selected, asked, earlier, asking, successMessage);
        } else refused(overlayId)(error);
      },
    );
  };

  /** Retries what was asked for (the close or the stage change) of those tickets, with the answers. */
  const answer = (extraProperties: ExtraProperties) => {
    if (!question) return Promise.resolve();
    return update(
      question.tickets,
      { ...question.fields, extraProperties },
      question.successMessage,
    );
  };

  const unlink = (selected: TicketSummary[], overlayId: string) => {
    begin();
    return run(
      () =>
        env.client.call('ticket_unlink', {
          ...base,
          ticketIds: selected.map((ticket) => ticket.id),
        }),
      (data) => {
        const sorted = sortOutcomes(selected, data.results);
        const gone = selected.filter((t) => !sorted.failed.some((f) => f.ticketId === t.id));
        onRemoved(gone.map((t) => t.id));
        settle(selected, sorted, overlayId);
        // A ticket that was unlinked already (by someone else) is not ours to link back.
        const relink = gone.filter((t) => !isGoneAlready(data.results, t.id));
        if (gone.length > 0) {
          onUndoable({
            message: strings.bulkUnlinked(gone.length),
            action: { kind: 'relink', tickets: relink },
          });
        }
      },
      refused(overlayId),
    );
  };

  return {
    busy,
    report,
    modalError,
    question,
    update,
    unlink,
    answer,
    dismissQuestion: () => setQuestion(null),
  };
}

function isGoneAlready(results: ItemOutcome[], ticketId: string): boolean {
  const outcome = results.find((r) => r.ticketId === ticketId);
  return Boolean(outcome?.ok && outcome.skipped === 'ALREADY_GONE');
}
