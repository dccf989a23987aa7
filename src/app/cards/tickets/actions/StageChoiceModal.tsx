/**
 * A modal that moves one ticket to a stage picked from a given list: "Change stage" (any
 * stage), "Close" (the closed stages, first one preselected) and "Reopen" (the open ones).
 * When the portal's rules refuse the move for a missing property, the same modal asks for
 * it; the stage picked stays, and confirming again retries with the answers.
 */
import { Select } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { StageInfo, TicketSummary } from '../../contract';
import type { CardEnv } from '../cardEnv';
import { RequiredPropertyInputs } from '../required/RequiredPropertyInputs';
import { useRequiredAnswers } from '../required/useRequiredAnswers';
import { ActionModal } from './ActionModal';
import { useTicketUpdate } from './useTicketUpdate';

interface Props {
  /** Also the prefix of the test ids: `<id>-select`, `<id>-confirm`, `<id>-required-<property>`. */
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
  const required = useRequiredAnswers(error);
  return (
    <ActionModal
      id={id}
      title={props.title}
      confirmLabel={props.confirmLabel}
      busy={busy}
      // The questions below say what is missing; the refusal itself is no failure.
      error={required.failure}
      canConfirm={stageId !== '' && stageId !== ticket.stage.id && required.complete}
      actions={env.actions}
      onConfirm={() =>
        void update(
          { stageId, ...required.extra() },
          (moved) => {
            // Answered for this move: the next move asks afresh.
            required.reset();
            return props.done(moved);
          },
          id,
        )
      }
    >
      <Select
        label={props.stageLabel}
        name="stageId"
        value={stageId}
        options={stages.map((s) => ({ label: s.label, value: s.id }))}
        onChange={(value) => setStageId(String(value))}
        testId={`${id}-select`}
      />
      <RequiredPropertyInputs
        questions={required.questions}
        answers={required.answers}
        onAnswer={required.answer}
        testId={`${id}-required`}
      />
    </ActionModal>
  );
}
