/**
 * The "New ticket" panel. Typed input survives any failure; one submission attempt
 * keeps one clientRequestId, so retrying after a timeout cannot create a twin ticket.
 * The owner starts as the card's user; on a contact the contact's primary company is
 * linked too unless unticked: the option names the company (an older ticket_form_options
 * answer names none) and is not offered when the contact has none. A create the portal's
 * rules refuse marks the fields the form has and asks for the other missing properties
 * below it; one submit retries with both.
 */
import {
  Alert,
  Checkbox,
  Flex,
  Input,
  MultiSelect,
  Panel,
  PanelBody,
  PanelSection,
  Select,
  Text,
  TextArea,
} from '@hubspot/ui-extensions';
import { useRef, useState } from 'react';
import type { FunctionError, TicketFormOptionsData, TicketSummary } from '../../contract';
import type { CardEnv } from '../cardEnv';
import type { FormOptions } from '../state/useFormOptions';
import { shortSubject } from '../format/shortSubject';
import { strings } from '../strings';
import { PanelSubmitFooter } from '../PanelSubmitFooter';
import { chosenOwner, OwnerSelect } from '../owners/OwnerSelect';
import { RequiredPropertyInputs } from '../required/RequiredPropertyInputs';
import { useRequiredAnswers } from '../required/useRequiredAnswers';
import { FormOptionsGate } from './FormOptionsGate';
import {
  defaultStageId,
  emptyDraft,
  mapFieldErrors,
  newClientRequestId,
  splitRequired,
  validateDraft,
  type DraftErrors,
  type TicketDraft,
} from './ticketDraft';

export const CREATE_PANEL_ID = 'create-ticket-panel';

interface Props {
  env: CardEnv;
  formOptions: FormOptions;
  onCreated(ticket: TicketSummary): void;
}

interface FormProps extends Omit<Props, 'formOptions'> {
  options: TicketFormOptionsData;
}

function CreateTicketForm({ env, options, onCreated }: FormProps) {
  const [draft, setDraft] = useState<TicketDraft>(() => emptyDraft(options));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<FunctionError | null>(null);
  const [sending, setSending] = useState(false);
  const required = useRequiredAnswers(failure);
  // Refs, not state: a second click can arrive before React re-renders the button disabled.
  const inFlight = useRef(false);
  const attemptId = useRef<string | null>(null);

  const pipeline = options.pipelines.find((p) => p.id === draft.pipelineId);
  // undefined: an answer from before the field, which cannot tell; null: nothing to link.
  const { primaryCompany } = options;
  const offerCompany = env.recordType === 'contacts' && primaryCompany !== null;

  function change(patch: Partial<TicketDraft>) {
    // Different content is a different ticket: it gets a new request id.
    attemptId.current = null;
    setDraft((d) => ({ ...d, ...patch }));
    // Editing a field answers its message; the others stay until the next submit.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !(field in patch))));
  }

  async function submit() {
    if (inFlight.current) return;
    const clientErrors = validateDraft(draft, options.limits);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0 || !required.complete) return;
    inFlight.current = true;
    attemptId.current ??= newClientRequestId();
    setSending(true);
    setFailure(null);
    const result = await env.client.call('ticket_create', {
      recordType: env.recordType,
      portalId: env.portalId,
      clientRequestId: attemptId.current,
      subject: draft.subject.trim(),
      pipelineId: draft.pipelineId,
      stageId: draft.stageId,
      ...(draft.description.trim() ? { description: draft.description } : {}),
      ...(draft.priority ? { priority: draft.priority } : {}),
      ...(draft.categories.length > 0 ? { categories: draft.categories } : {}),
      ownerId: chosenOwner(draft.ownerId),
      ...(env.recordType === 'contacts'
        ? { linkPrimaryCompany: offerCompany && draft.linkPrimaryCompany }
        : {}),
      ...required.extra(),
    });
    inFlight.current = false;
    setSending(false);
    if (result.ok) {
      const { ticket } = result.data;
      attemptId.current = null;
      setDraft(emptyDraft(options));
      required.reset();
      onCreated(ticket);
      env.actions.closeOverlay(CREATE_PANEL_ID);
      env.actions.addAlert({
        type: 'success',
        title: strings.createdTitle,
        message: strings.ticketCreated(shortSubject(ticket.subject)),
      });
      return;
    }
    if (result.error.code === 'PROPERTIES_REQUIRED') {
      const { byField, rest } = splitRequired(result.error);
      setErrors(byField);
      setFailure(rest);
      return;
    }
    const { byField } = mapFieldErrors(result.error.fieldErrors ?? []);
    setErrors(byField);
    setFailure(result.error);
  }

  const fieldProps = (field: keyof TicketDraft) => ({
    error: Boolean(errors[field]),
    validationMessage: errors[field] ?? '',
    testId: `create-${field}`,
  });

  return (
    <>
      <PanelBody>
        <PanelSection>
          <Flex direction="column" gap="sm">
            {required.failure && (
              <Alert title={strings.createFailedTitle} variant="error" testId="create-failure">
                <Text>
                  {required.failure.code === 'VALIDATION' && Object.keys(errors).length > 0
                    ? strings.fixFields
                    : required.failure.message}
                </Text>
                {required.failure.correlationId && (
                  <Text variant="microcopy">
                    {strings.referenceId(required.failure.correlationId)}
                  </Text>
                )}
              </Alert>
            )}
            <Input
              label={strings.subjectLabel}
              name="subject"
              required
              value={draft.subject}
              onInput={(subject) => change({ subject })}
              {...fieldProps('subject')}
            />
            <TextArea
              label={strings.descriptionLabel}
              name="description"
              value={draft.description}
              rows={3}
              onInput={(description) => change({ description })}
              {...fieldProps('description')}
            />
            <Select
              label={strings.pipelineLabel}
              name="pipelineId"
              required
              value={draft.pipelineId}
              options={options.pipelines.map((p) => ({ label: p.label, value: p.id }))}
              onChange={(value) => {
                const pipelineId = String(value);
                change({
                  pipelineId,
                  stageId: defaultStageId(options.pipelines.find((p) => p.id === pipelineId)),
                });
              }}
              {...fieldProps('pipelineId')}
            />
            <Select
              label={strings.stageLabel}
              name="stageId"
              required
              value={draft.stageId}
              options={(pipeline?.stages ?? []).map((s) => ({ label: s.label, value: s.id }))}
              onChange={(value) => change({ stageId: String(value) })}
              {...fieldProps('stageId')}
            />
            <Select
              label={strings.priorityLabel}
              name="priority"
              value={draft.priority}
              options={[{ label: strings.noPriority, value: '' }, ...options.priorities]}
              onChange={(value) => change({ priority: String(value) })}
              {...fieldProps('priority')}
            />
            {options.categories.length > 0 && (
              <MultiSelect
                label={strings.categoryLabel}
                name="categories"
                value={draft.categories}
                options={options.categories}
                onChange={(values) => change({ categories: values.map(String) })}
                {...fieldProps('categories')}
              />
            )}
            <OwnerSelect
              value={draft.ownerId}
              owners={options.owners}
              onChange={(ownerId) => change({ ownerId })}
              testId="create-ownerId"
            />
            {offerCompany && (
              <Checkbox
                name="linkPrimaryCompany"
                checked={draft.linkPrimaryCompany}
                onChange={(checked) => change({ linkPrimaryCompany: checked })}
                testId="create-link-company"
              >
                {primaryCompany
                  ? strings.linkPrimaryCompanyNamed(primaryCompany.name)
                  : strings.alsoLinkCompany}
              </Checkbox>
            )}
            <RequiredPropertyInputs
              questions={required.questions}
              answers={required.answers}
              onAnswer={required.answer}
              testId="create-required"
            />
          </Flex>
        </PanelSection>
      </PanelBody>
      <PanelSubmitFooter
        actions={env.actions}
        panelId={CREATE_PANEL_ID}
        name="create"
        submitLabel={sending ? strings.creating : strings.createSubmit}
        disabled={sending || !required.complete}
        onSubmit={() => void submit()}
      />
    </>
  );
}

export function CreateTicketPanel({ env, formOptions, onCreated }: Props) {
  return (
    <Panel
      id={CREATE_PANEL_ID}
      title={strings.createTitle}
      width="sm"
      onOpen={() => void formOptions.ensure()}
      testId={CREATE_PANEL_ID}
    >
      <FormOptionsGate formOptions={formOptions} testId="create">
        {(options) => <CreateTicketForm env={env} options={options} onCreated={onCreated} />}
      </FormOptionsGate>
    </Panel>
  );
}
