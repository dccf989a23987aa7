/**
 * One `ticket_update` for every selected ticket, and what to tell the user after it: the
 * tickets that changed are applied at once; the ones HubSpot refused are named, each with
 * its own reason (the function answers per item), and stay selected for another try.
 */
import { useState } from 'react';
import type { FunctionError, TicketSummary } from '../../contract';
import type { CardEnv } from '../cardEnv';
import { outcomeError, useTicketMutation } from './useTicketMutation';

export type BulkFields = { close: true } | { priority: string | null };

export interface BulkFailure {
  ticketId: string;
  subject: string;
  message: string;
}

export type BulkReport =
  | { kind: 'failed'; error: FunctionError }
  | { kind: 'partial'; total: number; failed: BulkFailure[] };

interface Options {
  env: CardEnv;
  onUpdated(tickets: TicketSummary[]): void;
  /** Called with the ids that failed once HubSpot answered per item. */
  onSettled(failedIds: string[]): void;
}

export function useBulkUpdate({ env, onUpdated, onSettled }: Options) {
  const { busy, run } = useTicketMutation();
  const [report, setReport] = useState<BulkReport | null>(null);
  const [modalError, setModalError] = useState<FunctionError | null>(null);

  /** With `overlayId`, a refused call keeps its modal open with the reason instead. */
  const update = (
    selected: TicketSummary[],
    fields: BulkFields,
    successMessage: (count: number) => string,
    overlayId?: string,
  ) => {
    setReport(null);
    setModalError(null);
    return run(
      () =>
        env.client.call('ticket_update', {
          recordType: env.recordType,
          portalId: env.portalId,
          ticketIds: selected.map((ticket) => ticket.id),
          ...fields,
        }),
      (data) => {
        const failed: BulkFailure[] = [];
        for (const ticket of selected) {
          const error = outcomeError(data.results, ticket.id);
          if (error)
            failed.push({ ticketId: ticket.id, subject: ticket.subject, message: error.message });
        }
        if (overlayId) env.actions.closeOverlay(overlayId);
        onUpdated(data.tickets);
        onSettled(failed.map((failure) => failure.ticketId));
        if (failed.length > 0) setReport({ kind: 'partial', total: selected.length, failed });
        const done = selected.length - failed.length;
        if (done > 0) env.actions.addAlert({ type: 'success', message: successMessage(done) });
      },
      (error) => (overlayId ? setModalError(error) : setReport({ kind: 'failed', error })),
    );
  };

  return { busy, report, modalError, update };
}
