/** Sends ticket_update for one ticket; its per-item failure counts as the failure. */
import type { FunctionError, TicketSummary, TicketUpdateParams } from '../../contract';
import type { CardEnv } from '../cardEnv';
import { strings } from '../strings';
import { outcomeError, useTicketMutation } from './useTicketMutation';

export type UpdateFields = Pick<
  TicketUpdateParams,
  | 'stageId'
  | 'priority'
  | 'ownerId'
  | 'subject'
  | 'description'
  | 'categories'
  | 'label'
  | 'extraProperties'
>;

export function useTicketUpdate(
  env: CardEnv,
  ticket: TicketSummary,
  onUpdated: (tickets: TicketSummary[]) => void,
) {
  const mutation = useTicketMutation();
  /**
   * `done` gets the fresh ticket and says what to tell the user (null: nothing, e.g. when
   * an inline undo says it). With `overlayId`, failures stay in that modal (or panel), and
   * it closes on success unless `keepOpen`.
   */
  const update = (
    fields: UpdateFields,
    done: (updated: TicketSummary) => string | null,
    overlayId?: string,
    keepOpen = false,
  ) => {
    const reportFailure = (error: FunctionError) => {
      if (!overlayId) {
        env.actions.addAlert({
          type: 'danger',
          title: strings.actionFailedTitle,
          message: error.message,
        });
      }
    };
    return mutation.run(
      () =>
        env.client.call('ticket_update', {
          recordType: env.recordType,
          portalId: env.portalId,
          ticketIds: [ticket.id],
          ...fields,
        }),
      (data) => {
        const failed = outcomeError(data.results, ticket.id);
        if (failed) {
          mutation.setError(failed);
          reportFailure(failed);
          return;
        }
        onUpdated(data.tickets);
        const updated = data.tickets.find((t) => t.id === ticket.id) ?? ticket;
        if (overlayId && !keepOpen) env.actions.closeOverlay(overlayId);
        const message = done(updated);
        if (message) env.actions.addAlert({ type: 'success', message });
      },
      reportFailure,
    );
  };
  return { ...mutation, update };
}
