/** The per-ticket menu: change stage or priority, close, unlink, delete. */
import { Dropdown, Select, Text } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type {
  FunctionError,
  Option,
  PipelineInfo,
  TicketSummary,
} from '../../contract';
import type { CardEnv } from '../cardEnv';
import { strings } from '../strings';
import { chosenPriority, priorityChoice, PrioritySelect } from './PrioritySelect';
import { ActionModal } from './ActionModal';
import { outcomeError, useTicketMutation } from './useTicketMutation';

export interface TicketChanges {
  onUpdated(tickets: TicketSummary[]): void;
  onRemoved(ticketId: string): void;
}

interface Props extends TicketChanges {
  env: CardEnv;
  ticket: TicketSummary;
  pipelines: PipelineInfo[];
  priorities: Option[];
}

type UpdateFields = { stageId: string } | { priority: string | null } | { close: true };

/** Sends ticket_update for one ticket; its per-item failure counts as the failure. */
function useUpdate(env: CardEnv, ticket: TicketSummary, onUpdated: Props['onUpdated']) {
  const mutation = useTicketMutation();
  const update = (
    fields: UpdateFields,
    successMessage: (updated: TicketSummary) => string,
    overlayId?: string,
  ) => {
    // A modal shows its own error; from the menu (close) an alert is the only place.
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
        if (overlayId) env.actions.closeOverlay(overlayId);
        env.actions.addAlert({ type: 'success', message: successMessage(updated) });
      },
      reportFailure,
    );
  };
  return { ...mutation, update };
}

function StageModal({ env, ticket, pipelines, onUpdated }: Props) {
  const id = `stage-${ticket.id}`;
  const [stageId, setStageId] = useState(ticket.stage.id);
  const { busy, error, update } = useUpdate(env, ticket, onUpdated);
  const stages = pipelines.find((p) => p.id === ticket.pipeline.id)?.stages ?? [];
  return (
    <ActionModal
      id={id}
      title={strings.changeStage}
      confirmLabel={strings.save}
      busy={busy}
      error={error}
      canConfirm={stageId !== ticket.stage.id}
      actions={env.actions}
      onConfirm={() =>
        update({ stageId }, (t) => strings.stageChanged(t.subject, t.stage.label), id)
      }
    >
      <Select
        label={strings.stageLabel}
        name="stageId"
        value={stageId}
        options={stages.map((s) => ({ label: s.label, value: s.id }))}
        onChange={(value) => setStageId(String(value))}
        testId={`${id}-select`}
      />
    </ActionModal>
  );
}

function PriorityModal({ env, ticket, priorities, onUpdated }: Props) {
  const id = `priority-${ticket.id}`;
  const current = priorityChoice(ticket.priority?.value);
  const [priority, setPriority] = useState(current);
  const { busy, error, update } = useUpdate(env, ticket, onUpdated);
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
        update(
          { priority: chosenPriority(priority) },
          (t) => strings.priorityChanged(t.subject),
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

/** Unlinking and deleting differ only in the function they call and what they say. */
interface RemoveModalProps extends Pick<Props, 'env' | 'ticket' | 'onRemoved'> {
  uid: 'ticket_unlink' | 'ticket_delete';
  /** Prefixes the modal's id, hence its testIds: `unlink-<ticketId>`, `delete-<ticketId>`. */
  kind: 'unlink' | 'delete';
  title: string;
  confirmLabel: string;
  body: string;
  /** The success alert once the ticket is gone from this record. */
  doneMessage: string;
}

function RemoveModal({
  env,
  ticket,
  onRemoved,
  uid,
  kind,
  title,
  confirmLabel,
  body,
  doneMessage,
}: RemoveModalProps) {
  const id = `${kind}-${ticket.id}`;
  const { busy, error, run } = useTicketMutation();
  const confirm = () =>
    run(
      () =>
        env.client.call(uid, {
          recordType: env.recordType,
          portalId: env.portalId,
          ticketId: ticket.id,
        }),
      () => {
        env.actions.closeOverlay(id);
        onRemoved(ticket.id);
        env.actions.addAlert({ type: 'success', message: doneMessage });
      },
    );
  return (
    <ActionModal
      id={id}
      title={title}
      confirmLabel={confirmLabel}
      danger
      busy={busy}
      error={error}
      actions={env.actions}
      onConfirm={confirm}
    >
      <Text>{body}</Text>
    </ActionModal>
  );
}

export function TicketActions(props: Props) {
  const { env, ticket } = props;
  const closing = useUpdate(env, ticket, props.onUpdated);
  const isOpen = ticket.stage.state === 'OPEN';
  // A rolled-up ticket belongs to one of the company's contacts, not to the company:
  // there is no link here to remove.
  const linkedHere = !ticket.viaContact;
  return (
    <Dropdown
      variant="transparent"
      buttonSize="xs"
      buttonText={strings.actionsButton}
      testId={`actions-${ticket.id}`}
    >
      <Dropdown.ButtonItem
        overlay={<StageModal {...props} />}
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
      {isOpen && (
        <Dropdown.ButtonItem
          onClick={() => closing.update({ close: true }, (t) => strings.ticketClosed(t.subject))}
          testId={`actions-${ticket.id}-close`}
        >
          {strings.closeTicket}
        </Dropdown.ButtonItem>
      )}
      {linkedHere && (
        <Dropdown.ButtonItem
          overlay={
            <RemoveModal
              {...props}
              uid="ticket_unlink"
              kind="unlink"
              title={strings.unlinkTitle}
              confirmLabel={strings.unlink}
              body={strings.unlinkBody(ticket.subject, strings.recordNoun[env.recordType])}
              doneMessage={strings.ticketUnlinked(ticket.subject)}
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
            uid="ticket_delete"
            kind="delete"
            title={strings.deleteTitle}
            confirmLabel={strings.delete}
            body={strings.deleteBody(ticket.subject)}
            doneMessage={strings.ticketDeleted(ticket.subject)}
          />
        }
        testId={`actions-${ticket.id}-delete`}
      >
        {strings.delete}
      </Dropdown.ButtonItem>
    </Dropdown>
  );
}
