/** The modals of the bulk bar: each asks for one value, then applies it to every ticked ticket. */
import { Text } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { FunctionError, Option, PipelineInfo, RecordType } from '../../contract';
import { ActionModal } from '../actions/ActionModal';
import { chosenPriority, priorityChoice, PrioritySelect } from '../actions/PrioritySelect';
import type { CardActions } from '../cardEnv';
import { FormOptionsGate } from '../create/FormOptionsGate';
import { chosenOwner, ownerChoice, OwnerSelect } from '../owners/OwnerSelect';
import type { FormOptions } from '../state/useFormOptions';
import { strings } from '../strings';
import { Select } from '@hubspot/ui-extensions';

export const BULK_PRIORITY_MODAL_ID = 'bulk-priority-modal';
export const BULK_STAGE_MODAL_ID = 'bulk-stage-modal';
export const BULK_OWNER_MODAL_ID = 'bulk-owner-modal';
export const BULK_UNLINK_MODAL_ID = 'bulk-unlink-modal';

interface Common<T> {
  actions: CardActions;
  busy: boolean;
  error: FunctionError | null;
  onConfirm(value: T): void;
}

export function BulkPriorityModal({
  actions,
  priorities,
  busy,
  error,
  onConfirm,
}: Common<string | null> & { priorities: Option[] }) {
  const [priority, setPriority] = useState(priorityChoice(null));
  return (
    <ActionModal
      id={BULK_PRIORITY_MODAL_ID}
      title={strings.bulkPriorityTitle}
      confirmLabel={strings.save}
      busy={busy}
      error={error}
      actions={actions}
      onConfirm={() => onConfirm(chosenPriority(priority))}
    >
      <PrioritySelect
        value={priority}
        priorities={priorities}
        onChange={setPriority}
        testId={`${BULK_PRIORITY_MODAL_ID}-select`}
      />
    </ActionModal>
  );
}

export function BulkStageModal({
  actions,
  pipeline,
  busy,
  error,
  onConfirm,
}: Common<string> & { pipeline: PipelineInfo }) {
  const [stageId, setStageId] = useState('');
  return (
    <ActionModal
      id={BULK_STAGE_MODAL_ID}
      title={strings.bulkStageTitle}
      confirmLabel={strings.save}
      busy={busy}
      error={error}
      canConfirm={stageId !== ''}
      actions={actions}
      onConfirm={() => onConfirm(stageId)}
    >
      <Select
        label={strings.stageLabel}
        name="stageId"
        value={stageId}
        options={pipeline.stages.map((s) => ({ label: s.label, value: s.id }))}
        onChange={(value) => setStageId(String(value))}
        testId={`${BULK_STAGE_MODAL_ID}-select`}
      />
    </ActionModal>
  );
}

export function BulkOwnerModal({
  actions,
  formOptions,
  busy,
  error,
  onConfirm,
}: Common<string | null> & { formOptions: FormOptions }) {
  const [owner, setOwner] = useState(ownerChoice(null));
  return (
    <ActionModal
      id={BULK_OWNER_MODAL_ID}
      title={strings.bulkOwnerTitle}
      confirmLabel={strings.save}
      busy={busy}
      error={error}
      canConfirm={formOptions.state.kind === 'ready'}
      actions={actions}
      onConfirm={() => onConfirm(chosenOwner(owner))}
    >
      <FormOptionsGate formOptions={formOptions} testId={BULK_OWNER_MODAL_ID}>
        {(options) => (
          <OwnerSelect
            value={owner}
            owners={options.owners}
            onChange={setOwner}
            testId={`${BULK_OWNER_MODAL_ID}-select`}
          />
        )}
      </FormOptionsGate>
    </ActionModal>
  );
}

export function BulkUnlinkModal({
  actions,
  count,
  recordType,
  busy,
  error,
  onConfirm,
}: Common<void> & { count: number; recordType: RecordType }) {
  return (
    <ActionModal
      id={BULK_UNLINK_MODAL_ID}
      title={strings.bulkUnlinkTitle}
      confirmLabel={strings.unlink}
      danger
      busy={busy}
      error={error}
      actions={actions}
      onConfirm={() => onConfirm()}
    >
      <Text>{strings.bulkUnlinkBody(count, strings.recordNoun[recordType])}</Text>
    </ActionModal>
  );
}
