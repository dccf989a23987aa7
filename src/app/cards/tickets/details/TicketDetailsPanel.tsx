/**
 * The details panel, opened from a row: the ticket in full (one ticket_details call per
 * open) and, below, its subject, description, priority, category, owner, stage and the
 * label of its link to this record, editable and saved by one ticket_update call with only
 * what changed. A save the portal's rules refuse asks for the missing properties here,
 * keeping every other edit.
 */
import {
  Alert,
  Button,
  ErrorState,
  Flex,
  Input,
  LoadingSpinner,
  MultiSelect,
  Panel,
  PanelBody,
  PanelSection,
  Select,
  Text,
  TextArea,
} from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { TicketDetailsData, TicketFormOptionsData, TicketSummary } from '../../contract';
import { PrioritySelect } from '../actions/PrioritySelect';
import { useTicketUpdate } from '../actions/useTicketUpdate';
import type { CardEnv } from '../cardEnv';
import { FormOptionsGate } from '../create/FormOptionsGate';
import { shortSubject } from '../format/shortSubject';
import { OwnerSelect } from '../owners/OwnerSelect';
import { PanelSubmitFooter } from '../PanelSubmitFooter';
import { RequiredPropertyInputs } from '../required/RequiredPropertyInputs';
import { useRequiredAnswers } from '../required/useRequiredAnswers';
import type { FormOptions } from '../state/useFormOptions';
import { errorTitles, strings } from '../strings';
import { changedFields, draftOf, labelTypeIdsAfter, type DetailsDraft } from './detailsDraft';
import { DetailsFacts } from './DetailsFacts';
import { useTicketDetails, type SavedChange } from './useTicketDetails';

export function detailsPanelId(ticketId: string): string {
  return `details-${ticketId}`;
}

interface Props {
  env: CardEnv;
  ticket: TicketSummary;
  formOptions: FormOptions;
  onUpdated(tickets: TicketSummary[]): void;
}

interface FormProps extends Omit<Props, 'formOptions' | 'ticket'> {
  data: TicketDetailsData;
  options: TicketFormOptionsData;
  saved(change: SavedChange): void;
}

function DetailsForm({ env, data, options, onUpdated, saved }: FormProps) {
  const id = detailsPanelId(data.ticket.id);
  const before = draftOf(data);
  const [draft, setDraft] = useState<DetailsDraft>(before);
  const { busy, error, update } = useTicketUpdate(env, data.ticket, onUpdated);
  const required = useRequiredAnswers(error);
  const change = (patch: Partial<DetailsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const fields = changedFields(data, before, draft);
  const subject = draft.subject.trim();
  const subjectError =
    subject === ''
      ? strings.subjectRequired
      : subject.length > options.limits.subjectMaxLength
        ? strings.tooLong(options.limits.subjectMaxLength)
        : null;
  const stages = options.pipelines.find((p) => p.id === data.ticket.pipeline.id)?.stages ?? [];
  const canSave = !busy && !subjectError && Object.keys(fields).length > 0 && required.complete;

  const save = () =>
    update(
      { ...fields, ...required.extra() },
      (updated) => {
        required.reset();
        saved({
          ticket: updated,
          ...(fields.description !== undefined ? { description: fields.description } : {}),
          labelTypeIds: labelTypeIdsAfter(fields, data.currentLabelTypeIds),
        });
        return strings.ticketSaved(shortSubject(updated.subject));
      },
      id,
      true,
    );

  return (
    <>
      <PanelBody>
        <PanelSection>
          <Flex direction="column" gap="sm">
            <DetailsFacts
              data={data}
              portalId={env.portalId}
              locale={env.locale}
              timeZone={env.timeZone}
              testId={id}
            />
            <Text format={{ fontWeight: 'demibold' }}>{strings.editTicket}</Text>
            <Input
              label={strings.subjectLabel}
              name="subject"
              required
              value={draft.subject}
              error={Boolean(subjectError)}
              validationMessage={subjectError ?? ''}
              onInput={(value) => change({ subject: value })}
              testId={`${id}-subject`}
            />
            <TextArea
              label={strings.descriptionLabel}
              name="description"
              value={draft.description}
              rows={4}
              onInput={(value) => change({ description: value })}
              testId={`${id}-description`}
            />
            <PrioritySelect
              value={draft.priority}
              priorities={options.priorities}
              onChange={(priority) => change({ priority })}
              testId={`${id}-priority`}
            />
            {options.categories.length > 0 && (
              <MultiSelect
                label={strings.categoryLabel}
                name="categories"
                value={draft.categories}
                options={options.categories}
                onChange={(values) => change({ categories: values.map(String) })}
                testId={`${id}-categories`}
              />
            )}
            <OwnerSelect
              value={draft.owner}
              owners={options.owners}
              onChange={(owner) => change({ owner })}
              testId={`${id}-owner-select`}
            />
            {options.currentOwnerId && (
              <Button
                size="xs"
                variant="transparent"
                disabled={draft.owner === options.currentOwnerId}
                onClick={() => change({ owner: options.currentOwnerId ?? draft.owner })}
                testId={`${id}-me`}
              >
                {strings.assignToMe}
              </Button>
            )}
            <Select
              label={strings.stageLabel}
              name="stageId"
              value={draft.stageId}
              options={stages.map((s) => ({ label: s.label, value: s.id }))}
              onChange={(value) => change({ stageId: String(value) })}
              testId={`${id}-stage`}
            />
            {data.associationLabels.length > 0 && (
              <Select
                label={strings.linkLabelLabel}
                name="label"
                value={draft.label}
                options={[
                  { label: strings.noLabel, value: '' },
                  ...data.associationLabels.map((o) => ({
                    label: o.label,
                    value: String(o.typeId),
                  })),
                ]}
                onChange={(value) => change({ label: String(value) })}
                testId={`${id}-label`}
              />
            )}
            <RequiredPropertyInputs
              questions={required.questions}
              answers={required.answers}
              onAnswer={required.answer}
              testId={`${id}-required`}
            />
            {required.failure && (
              <Alert
                title={errorTitles[required.failure.code]}
                variant="error"
                testId={`${id}-error`}
              >
                {required.failure.message}
              </Alert>
            )}
          </Flex>
        </PanelSection>
      </PanelBody>
      <PanelSubmitFooter
        actions={env.actions}
        panelId={id}
        name={id}
        submitLabel={busy ? strings.saving : strings.saveChanges}
        disabled={!canSave}
        onSubmit={() => void save()}
      />
    </>
  );
}

export function TicketDetailsPanel({ env, ticket, formOptions, onUpdated }: Props) {
  const id = detailsPanelId(ticket.id);
  const details = useTicketDetails(env, ticket.id);
  const { state } = details;
  return (
    <Panel
      id={id}
      title={strings.detailsTitle}
      width="md"
      onOpen={() => {
        void details.load();
        void formOptions.ensure();
      }}
      testId={id}
    >
      {state.kind === 'ready' && formOptions.state.kind === 'ready' ? (
        <DetailsForm
          key={state.requestId}
          env={env}
          data={state.data}
          options={formOptions.state.options}
          onUpdated={onUpdated}
          saved={details.saved}
        />
      ) : (
        <PanelBody>
          <PanelSection>
            {state.kind === 'error' && (
              <ErrorState title={strings.detailsFailedTitle} testId={`${id}-load-error`}>
                <Text>{state.error.message}</Text>
                <Button onClick={() => void details.load()} testId={`${id}-retry`}>
                  {strings.tryAgain}
                </Button>
              </ErrorState>
            )}
            {state.kind === 'ready' && (
              // The editor's pickers (owners, categories) need the form options.
              <FormOptionsGate formOptions={formOptions} testId={id}>
                {() => null}
              </FormOptionsGate>
            )}
            {(state.kind === 'loading' || state.kind === 'idle') && (
              <LoadingSpinner label={strings.detailsLoading} testId={`${id}-loading`} />
            )}
          </PanelSection>
        </PanelBody>
      )}
    </Panel>
  );
}
