/**
 * The bar of the list's "Select" mode: what is ticked (on this page and others), select
 * all on this page, clear; then close, change stage, priority or owner, or unlink the
 * ticked tickets at once. A close or stage change the portal's rules refuse becomes a
 * question shown here (a stage modal closes for it).
 */
import { Alert, Button, Flex, Text } from '@hubspot/ui-extensions';
import type { Option, PipelineInfo, TicketSummary } from '../../contract';
import type { OfferUndo } from '../actions/undoOffer';
import { useBulkUpdate, type BulkReport } from '../actions/useBulkUpdate';
import type { CardEnv } from '../cardEnv';
import type { FormOptions } from '../state/useFormOptions';
import { strings } from '../strings';
import { BulkQuestion } from './BulkQuestion';
import {
  BULK_OWNER_MODAL_ID,
  BULK_PRIORITY_MODAL_ID,
  BULK_STAGE_MODAL_ID,
  BULK_UNLINK_MODAL_ID,
  BulkOwnerModal,
  BulkPriorityModal,
  BulkStageModal,
  BulkUnlinkModal,
} from './BulkModals';

interface Props {
  env: CardEnv;
  /** Every ticked ticket, on any page, in the order ticked. */
  selected: TicketSummary[];
  /** The tickets of the page shown that can be ticked. */
  selectable: TicketSummary[];
  pipelines: PipelineInfo[];
  priorities: Option[];
  formOptions: FormOptions;
  onUpdated(tickets: TicketSummary[]): void;
  onRemoved(ticketIds: string[]): void;
  onSettled(failedIds: string[]): void;
  onUndoable: OfferUndo;
  onSelectPage(): void;
  onClear(): void;
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
    <>
      {report.failed.length > 0 && (
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
      )}
      {report.alreadyClosed > 0 && (
        <Text variant="microcopy" testId="bulk-already-closed">
          {strings.bulkAlreadyClosed(report.alreadyClosed)}
        </Text>
      )}
    </>
  );
}

export function BulkBar(props: Props) {
  const { env, selected, selectable, pipelines, priorities, formOptions } = props;
  const bulk = useBulkUpdate(props);
  const nothing = selected.length === 0;
  const idle = bulk.busy || nothing;
  const shownIds = new Set(selectable.map((t) => t.id));
  const elsewhere = selected.filter((t) => !shownIds.has(t.id)).length;
  const allShownTicked = selectable.length > 0 && selectable.every((t) => selected.includes(t));
  const pipelineIds = [...new Set(selected.map((t) => t.pipeline.id))];
  const onePipeline =
    pipelineIds.length === 1 ? pipelines.find((p) => p.id === pipelineIds[0]) : undefined;
  const spansPipelines = pipelineIds.length > 1;
  return (
    <Flex direction="column" gap="xs" testId="bulk-bar">
      <Flex justify="between" align="center" gap="xs" wrap>
        <Flex direction="column">
          <Text variant="microcopy" testId="bulk-count">
            {strings.selectedCount(selected.length)}
          </Text>
          {elsewhere > 0 && (
            <Text variant="microcopy" testId="bulk-elsewhere">
              {strings.selectedOnOtherPages(elsewhere)}
            </Text>
          )}
        </Flex>
        <Flex gap="xs" wrap>
          <Button
            size="xs"
            variant="transparent"
            disabled={allShownTicked || selectable.length === 0}
            onClick={props.onSelectPage}
            testId="bulk-select-page"
          >
            {strings.selectAllOnPage}
          </Button>
          <Button
            size="xs"
            variant="transparent"
            disabled={nothing}
            onClick={props.onClear}
            testId="bulk-clear"
          >
            {strings.clearSelection}
          </Button>
        </Flex>
      </Flex>
      <Flex gap="xs" wrap>
        <Button
          size="xs"
          variant="primary"
          disabled={idle}
          onClick={() => void bulk.update(selected, { close: true }, strings.bulkClosed)}
          testId="bulk-close"
        >
          {strings.closeSelected}
        </Button>
        <Button
          size="xs"
          variant="secondary"
          disabled={idle || !onePipeline}
          overlay={
            onePipeline && (
              <BulkStageModal
                actions={env.actions}
                pipeline={onePipeline}
                busy={bulk.busy}
                error={bulk.modalError}
                onConfirm={(stageId) =>
                  void bulk.update(
                    selected,
                    { stageId },
                    strings.bulkStageChanged,
                    BULK_STAGE_MODAL_ID,
                  )
                }
              />
            )
          }
          testId="bulk-stage"
        >
          {strings.changeStage}
        </Button>
        <Button
          size="xs"
          variant="secondary"
          disabled={idle}
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
                  BULK_PRIORITY_MODAL_ID,
                )
              }
            />
          }
          testId="bulk-priority"
        >
          {strings.changePriority}
        </Button>
        <Button
          size="xs"
          variant="secondary"
          disabled={idle}
          onClick={() => void formOptions.ensure()}
          overlay={
            <BulkOwnerModal
              actions={env.actions}
              formOptions={formOptions}
              busy={bulk.busy}
              error={bulk.modalError}
              onConfirm={(ownerId) =>
                void bulk.update(
                  selected,
                  { ownerId },
                  strings.bulkOwnerChanged,
                  BULK_OWNER_MODAL_ID,
                )
              }
            />
          }
          testId="bulk-owner"
        >
          {strings.changeOwner}
        </Button>
        <Button
          size="xs"
          variant="secondary"
          disabled={idle}
          overlay={
            <BulkUnlinkModal
              actions={env.actions}
              count={selected.length}
              recordType={env.recordType}
              busy={bulk.busy}
              error={bulk.modalError}
              onConfirm={() => void bulk.unlink(selected, BULK_UNLINK_MODAL_ID)}
            />
          }
          testId="bulk-unlink"
        >
          {strings.unlinkSelected}
        </Button>
      </Flex>
      {spansPipelines && (
        <Text variant="microcopy" testId="bulk-stage-reason">
          {strings.bulkStageOnePipeline}
        </Text>
      )}
      {bulk.question && (
        <BulkQuestion
          // Another round of the same question keeps what was typed; a new question starts empty.
          key={'close' in bulk.question.fields ? 'close' : `stage-${bulk.question.fields.stageId}`}
          question={bulk.question}
          busy={bulk.busy}
          onAnswer={(extra) => void bulk.answer(extra)}
          onDismiss={bulk.dismissQuestion}
        />
      )}
      {bulk.report && <ReportAlert report={bulk.report} />}
    </Flex>
  );
}
