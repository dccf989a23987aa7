/** The bar of the list's "Select" mode: close or re-prioritise the ticked tickets at once. */
import { Alert, Button, Flex, Text } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { FunctionError, Option, TicketSummary } from '../../contract';
import { ActionModal } from '../actions/ActionModal';
import { chosenPriority, priorityChoice, PrioritySelect } from '../actions/PrioritySelect';
import { useBulkUpdate, type BulkReport } from '../actions/useBulkUpdate';
import type { CardActions, CardEnv } from '../cardEnv';
import { strings } from '../strings';

interface Props {
  env: CardEnv;
  /** The ticked tickets, in list order. */
  selected: TicketSummary[];
  priorities: Option[];
  onUpdated(tickets: TicketSummary[]): void;
  onSettled(failedIds: string[]): void;
}

const PRIORITY_MODAL_ID = 'bulk-priority-modal';

interface PriorityModalProps {
  actions: CardActions;
  priorities: Option[];
  busy: boolean;
  error: FunctionError | null;
  onConfirm(priority: string | null): void;
}

function BulkPriorityModal({ actions, priorities, busy, error, onConfirm }: PriorityModalProps) {
  const [priority, setPriority] = useState(priorityChoice(null));
  return (
    <ActionModal
      id={PRIORITY_MODAL_ID}
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
        testId={`${PRIORITY_MODAL_ID}-select`}
      />
    </ActionModal>
  );
}

function ReportAlert({ report }: { report: BulkReport }) {
  if (report.kind === 'failed') {
    return (
      <Alert title={strings.bulkFailedTitle} variant="error" testId="bulk-failure">
        {report.error.message}
      </Alert>
    );
  }
  return (
    <Alert
      title={strings.bulkPartialTitle(report.failed.length, report.total)}
      variant="warning"
      testId="bulk-partial"
    >
      {report.failed.map((failure) => (
        <Text key={failure.ticketId} testId={`bulk-failed-${failure.ticketId}`}>
          {strings.itemFailure(failure.subject, failure.message)}
        </Text>
      ))}
    </Alert>
  );
}

export function BulkBar({ env, selected, priorities, onUpdated, onSettled }: Props) {
  const bulk = useBulkUpdate({ env, onUpdated, onSettled });
  const nothing = selected.length === 0;
  return (
    <Flex direction="column" gap="xs" testId="bulk-bar">
      <Flex justify="between" align="center" gap="xs" wrap>
        <Text variant="microcopy" testId="bulk-count">
          {strings.selectedCount(selected.length)}
        </Text>
        <Flex gap="xs" wrap>
          <Button
            size="xs"
            variant="primary"
            disabled={bulk.busy || nothing}
            onClick={() => void bulk.update(selected, { close: true }, strings.bulkClosed)}
            testId="bulk-close"
          >
            {strings.closeSelected}
          </Button>
          <Button
            size="xs"
            variant="secondary"
            disabled={bulk.busy || nothing}
            overlay={
              <BulkPriorityModal
                actions={env.actions}
                priorities={priorities}
                busy={bulk.busy}
                error={bulk.modalError}
                onConfirm={(priority) =>
                  void bulk.update(
                    selected,
                    { priority },
                    strings.bulkPriorityChanged,
                    PRIORITY_MODAL_ID,
                  )
                }
              />
            }
            testId="bulk-priority"
          >
            {strings.changePriority}
          </Button>
        </Flex>
      </Flex>
      {bulk.report && <ReportAlert report={bulk.report} />}
    </Flex>
  );
}
