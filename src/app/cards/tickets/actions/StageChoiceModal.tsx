/**
 * A modal that moves one ticket to a stage picked from a given list: "Change stage" (any
 * stage), "Close" (the closed stages, first one preselected) and "Reopen" (the open ones).
 */
import { Select } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { StageInfo, TicketSummary } from '../../contract';
import type { CardEnv } from '../cardEnv';
import { ActionModal } from './ActionModal';
import { useTicketUpdate } from './useTicketUpdate';

interface Props {
  /** Also the prefix of the test ids: `<id>-select`, `<id>-confirm`. */
  id: string;
  env: CardEnv;
  ticket: TicketSummary;
  title: string;
  stageLabel: string;
  confirmLabel: string;
  stages: StageInfo[];
  initialStageId: string;
  onUpdated(tickets: TicketSummary[]): void;
  /** The message for the user once moved; null when the caller says it another way. */
  done(updated: TicketSummary): string | null;
}

export function StageChoiceModal(props: Props) {
  const { id, env, ticket, stages, initialStageId } = props;
  const [stageId, setStageId] = useState(initialStageId);
  const { busy, error, update } = useTicketUpdate(env, ticket, props.onUpdated);
  return (
    <ActionModal
      id={id}
      title={props.title}
      confirmLabel={props.confirmLabel}
      busy={busy}
      error={error}
      canConfirm={stageId !== '' && stageId !== ticket.stage.id}
      actions={env.actions}
      onConfirm={() => void update({ stageId }, props.done, id)}
    >
      <Select
        label={props.stageLabel}
        name="stageId"
        value={stageId}
        options={stages.map((s) => ({ label: s.label, value: s.id }))}
        onChange={(value) => setStageId(String(value))}
        testId={`${id}-select`}
      />
    </ActionModal>
  );
}
