/**
 * The per-ticket menu: details, change owner or assign to me, change stage or priority,
 * close (picking the closed stage) or reopen (picking the open stage), unlink, delete. Every entry is a Dropdown item, so the
 * whole menu works from the keyboard. Close and unlink offer an inline "Undo".
 */
import { Dropdown, Text } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { Option, PipelineInfo, TicketSummary } from '../../contract';
import type { CardEnv } from '../cardEnv';
import { TicketDetailsPanel } from '../details/TicketDetailsPanel';
import { OwnerModal } from '../owners/OwnerModal';
import type { FormOptions } from '../state/useFormOptions';
import { shortSubject } from '../format/shortSubject';
import { strings } from '../strings';
import { ActionModal } from './ActionModal';
import { chosenPriority, priorityChoice, PrioritySelect } from './PrioritySelect';
import { StageChoiceModal } from './StageChoiceModal';
import type { OfferUndo } from './undoOffer';
import { useTicketUpdate } from './useTicketUpdate';
import { outcomeError, useTicketMutation } from './useTicketMutation';

export interface TicketChanges {
  onUpdated(tickets: TicketSummary[]): void;
  onRemoved(ticketId: string): void;
  onUndoable: OfferUndo;
}

interface Props extends TicketChanges {
  env: CardEnv;
  ticket: TicketSummary;
  pipelines: PipelineInfo[];
  priorities: Option[];
  formOptions: FormOptions;
  /**
   * The user's owner id as the list answer gave it (null: not an owner); undefined when
   * not known, and "Assign to me" then asks the form options for it.
   */
  currentOwnerId?: string | null;
}

function PriorityModal({ env, ticket, priorities, onUpdated }: Props) {
  const id = `priority-${ticket.id}`;
  const current = priorityChoice(ticket.priority?.value);
  const [priority, setPriority] = useState(current);
  const { busy, error, update } = useTicketUpdate(env, ticket, onUpdated);
  return (
    <ActionModal
      id={id}
      title={strings.changePriority}
      confirmLabel={strings.save}
      busy={busy}
      error={error}
      canConfirm={priority !== current}
      actions={env.actions}
      onConfirm={() =>
        void update(
          { priority: chosenPriority(priority) },
          (t) => strings.priorityChanged(shortSubject(t.subject)),
          id,
        )
      }
    >
      <PrioritySelect
        value={priority}
        priorities={priorities}
        onChange={setPriority}
        testId={`${id}-select`}
      />
    </ActionModal>
  );
}

/** Unlinking and deleting differ in the call they make and what they say after. */
interface RemoveModalProps extends Pick<Props, 'env' | 'ticket' | 'onRemoved'> {
  kind: 'unlink' | 'delete';
  title: string;
  confirmLabel: string;
  body: string;
  /** After the ticket is gone from this record. */
  onGone(): void;
}

function RemoveModal({
  env,
  ticket,
  onRemoved,
  kind,
  title,
  confirmLabel,
  body,
  onGone,
}: RemoveModalProps) {
  const id = `${kind}-${ticket.id}`;
  const { busy, error, setError, run } = useTicketMutation();
  const base = { recordType: env.recordType, portalId: env.portalId };
  const gone = () => {
    env.actions.closeOverlay(id);
    onRemoved(ticket.id);
    onGone();
  };
  const confirm = () =>
    kind === 'unlink'
      ? run(
          () => env.client.call('ticket_unlink', { ...base, ticketIds: [ticket.id] }),
          (data) => {
            const failed = outcomeError(data.results, ticket.id);
            if (failed) setError(failed);
            else gone();
          },
        )
      : run(() => env.client.call('ticket_delete', { ...base, ticketId: ticket.id }), gone);
  return (
    <ActionModal
      id={id}
      title={title}
      confirmLabel={confirmLabel}
      danger
      busy={busy}
      error={error}
      actions={env.actions}
      onConfirm={() => void confirm()}
    >
      <Text>{body}</Text>
    </ActionModal>
  );
}

/**
 * "Assign to me" straight from the menu: the user's owner id comes with the list (or else
 * with the form options, one call more).
 */
function useAssignToMe({ env, ticket, formOptions, onUpdated, currentOwnerId }: Props) {
  const { update } = useTicketUpdate(env, ticket, onUpdated);
  return async () => {
    let ownerId = currentOwnerId;
    if (ownerId === undefined) {
      const options = await formOptions.ensure();
      if (!options) return; // The load failure is shown where the options are used.
      ownerId = options.currentOwnerId;
    }
    if (!ownerId) {
      env.actions.addAlert({
        type: 'warning',
        title: strings.actionFailedTitle,
        message: strings.notAnOwner,
      });
      return;
    }
    await update({ ownerId }, (t) => strings.assignedToYou(shortSubject(t.subject)));
  };
}

export function TicketActions(props: Props) {
  const { env, ticket, pipelines, formOptions, onUpdated, onUndoable } = props;
  const assignToMe = useAssignToMe(props);
  const isOpen = ticket.stage.state === 'OPEN';
  const stages = pipelines.find((p) => p.id === ticket.pipeline.id)?.stages ?? [];
  const closedStages = stages.filter((s) => s.state === 'CLOSED');
  const openStages = stages.filter((s) => s.state === 'OPEN');
  const subject = shortSubject(ticket.subject);
  const undoStage = { ticketId: ticket.id, stageId: ticket.stage.id };
  // A rolled-up ticket belongs to one of the company's contacts, not to the company:
  // there is no link here to remove.
  const linkedHere = !ticket.viaContact;
  const mine = !!props.currentOwnerId && ticket.owner?.id === props.currentOwnerId;
  return (
    <Dropdown
      variant="transparent"
      buttonSize="xs"
      buttonText={strings.actionsButton}
      testId={`actions-${ticket.id}`}
    >
      <Dropdown.ButtonItem
        overlay={
          <TicketDetailsPanel
            env={env}
            ticket={ticket}
            formOptions={formOptions}
            onUpdated={onUpdated}
          />
        }
        testId={`actions-${ticket.id}-details`}
      >
        {strings.viewDetails}
      </Dropdown.ButtonItem>
      <Dropdown.ButtonItem
        onClick={() => void formOptions.ensure()}
        overlay={
          <OwnerModal env={env} ticket={ticket} formOptions={formOptions} onUpdated={onUpdated} />
        }
        testId={`actions-${ticket.id}-owner`}
      >
        {strings.changeOwner}
      </Dropdown.ButtonItem>
      {!mine && (
        <Dropdown.ButtonItem
          onClick={() => void assignToMe()}
          testId={`actions-${ticket.id}-assign-me`}
        >
          {strings.assignToMe}
        </Dropdown.ButtonItem>
      )}
      <Dropdown.ButtonItem
        overlay={
          <StageChoiceModal
            id={`stage-${ticket.id}`}
            env={env}
            ticket={ticket}
            title={strings.changeStage}
            stageLabel={strings.stageLabel}
            confirmLabel={strings.save}
            stages={stages}
            initialStageId={ticket.stage.id}
            onUpdated={onUpdated}
            done={(t) => strings.stageChanged(shortSubject(t.subject), t.stage.label)}
          />
        }
        testId={`actions-${ticket.id}-stage`}
      >
        {strings.changeStage}
      </Dropdown.ButtonItem>
      <Dropdown.ButtonItem
        overlay={<PriorityModal {...props} />}
        testId={`actions-${ticket.id}-priority`}
      >
        {strings.changePriority}
      </Dropdown.ButtonItem>
      {isOpen && closedStages.length > 0 && (
        <Dropdown.ButtonItem
          overlay={
            <StageChoiceModal
              id={`close-${ticket.id}`}
              env={env}
              ticket={ticket}
              title={strings.closeTicket}
              stageLabel={strings.closeStageLabel}
              confirmLabel={strings.closeTicket}
              stages={closedStages}
              initialStageId={closedStages[0]?.id ?? ''}
              onUpdated={onUpdated}
              done={(t) => {
                onUndoable({
                  message: strings.ticketClosedIn(subject, t.stage.label),
                  action: { kind: 'restoreStages', tickets: [undoStage] },
                });
                return null;
              }}
            />
          }
          testId={`actions-${ticket.id}-close`}
        >
          {strings.closeTicket}
        </Dropdown.ButtonItem>
      )}
      {!isOpen && openStages.length > 0 && (
        <Dropdown.ButtonItem
          overlay={
            <StageChoiceModal
              id={`reopen-${ticket.id}`}
              env={env}
              ticket={ticket}
              title={strings.reopenTitle}
              stageLabel={strings.reopenStageLabel}
              confirmLabel={strings.reopen}
              stages={openStages}
              initialStageId={openStages[0]?.id ?? ''}
              onUpdated={onUpdated}
              done={(t) => strings.ticketReopened(shortSubject(t.subject), t.stage.label)}
            />
          }
          testId={`actions-${ticket.id}-reopen`}
        >
          {strings.reopen}
        </Dropdown.ButtonItem>
      )}
      {linkedHere && (
        <Dropdown.ButtonItem
          overlay={
            <RemoveModal
              {...props}
              kind="unlink"
              title={strings.unlinkTitle}
              confirmLabel={strings.unlink}
              body={strings.unlinkBody(subject, strings.recordNoun[env.recordType])}
              onGone={() =>
                onUndoable({
                  message: strings.ticketUnlinked(subject),
                  action: { kind: 'relink', tickets: [ticket] },
                })
              }
            />
          }
          testId={`actions-${ticket.id}-unlink`}
        >
          {strings.unlink}
        </Dropdown.ButtonItem>
      )}
      <Dropdown.ButtonItem
        overlay={
          <RemoveModal
            {...props}
            kind="delete"
            title={strings.deleteTitle}
            confirmLabel={strings.delete}
            body={strings.deleteBody(subject)}
            onGone={() =>
              env.actions.addAlert({ type: 'success', message: strings.ticketDeleted(subject) })
            }
          />
        }
        testId={`actions-${ticket.id}-delete`}
      >
        {strings.delete}
      </Dropdown.ButtonItem>
    </Dropdown>
  );
}
