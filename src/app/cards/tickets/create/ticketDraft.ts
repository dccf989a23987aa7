/** The "New ticket" form as data: defaults, client-side checks, and server field errors. */
import type {
  FieldError,
  FunctionError,
  PipelineInfo,
  TicketFormOptionsData,
} from '../../contract';
import { ownerChoice } from '../owners/OwnerSelect';
import { strings } from '../strings';

export interface TicketDraft {
  subject: string;
  description: string;
  pipelineId: string;
  stageId: string;
  priority: string;
  categories: string[];
  /** An OwnerSelect choice ('' = unassigned); starts as the card's user. */
  ownerId: string;
  /** Contacts only: also link the contact's primary company, as HubSpot's create does. */
  linkPrimaryCompany: boolean;
}

export type DraftField = keyof TicketDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

/** A new ticket usually starts in the pipeline's first open stage, not e.g. "Resolved early". */
export function defaultStageId(pipeline: PipelineInfo | undefined): string {
  if (!pipeline) return '';
  return (pipeline.stages.find((s) => s.state === 'OPEN') ?? pipeline.stages[0])?.id ?? '';
}

export function emptyDraft(options: TicketFormOptionsData): TicketDraft {
  const pipeline =
    options.pipelines.find((p) => p.id === options.defaultPipelineId) ?? options.pipelines[0];
  return {
    subject: '',
    description: '',
    pipelineId: pipeline?.id ?? '',
    stageId: defaultStageId(pipeline),
    priority: '',
    categories: [],
    ownerId: ownerChoice(options.currentOwnerId),
    linkPrimaryCompany: true,
  };
}

export function validateDraft(
  draft: TicketDraft,
  limits: TicketFormOptionsData['limits'],
): DraftErrors {
  const errors: DraftErrors = {};
  const subject = draft.subject.trim();
  if (!subject) errors.subject = strings.subjectRequired;
  else if (subject.length > limits.subjectMaxLength)
    errors.subject = strings.tooLong(limits.subjectMaxLength);
  if (draft.description.length > limits.descriptionMaxLength) {
    errors.description = strings.tooLong(limits.descriptionMaxLength);
  }
  if (!draft.pipelineId) errors.pipelineId = strings.pipelineRequired;
  if (!draft.stageId) errors.stageId = strings.stageRequired;
  return errors;
}

const FIELDS: readonly DraftField[] = [
  'subject',
  'description',
  'pipelineId',
  'stageId',
  'priority',
  'categories',
  'ownerId',
];

function isDraftField(name: string): name is DraftField {
  return (FIELDS as readonly string[]).includes(name);
}

/**
 * The function names parameters (`subject`, `categories.1`); the form names fields.
 * Errors for anything the form does not show are returned separately, to say in prose.
 */
export function mapFieldErrors(fieldErrors: FieldError[]): {
  byField: DraftErrors;
  unplaced: FieldError[];
} {
  const byField: DraftErrors = {};
  const unplaced: FieldError[] = [];
  for (const fieldError of fieldErrors) {
    const name = fieldError.field.split('.')[0] ?? '';
    if (isDraftField(name)) byField[name] ??= fieldError.message;
    else unplaced.push(fieldError);
  }
  return { byField, unplaced };
}

/** Ticket properties the form itself asks for: a portal rule requiring one marks that field. */
const FORM_PROPERTIES: Record<string, DraftField> = {
  subject: 'subject',
  content: 'description',
  hs_pipeline: 'pipelineId',
  hs_pipeline_stage: 'stageId',
  hs_ticket_priority: 'priority',
  hs_ticket_category: 'categories',
  hubspot_owner_id: 'ownerId',
};

/**
 * A PROPERTIES_REQUIRED refusal, split: properties the form shows become messages on
 * their fields; the rest stay in the error, to be asked for below the form.
 */
export function splitRequired(error: FunctionError): { byField: DraftErrors; rest: FunctionError } {
  const byField: DraftErrors = {};
  const rest: FieldError[] = [];
  for (const fieldError of error.fieldErrors ?? []) {
    const field = FORM_PROPERTIES[fieldError.field];
    if (field) byField[field] ??= fieldError.message;
    else rest.push(fieldError);
  }
  return { byField, rest: { ...error, fieldErrors: rest } };
}

/** 8..64 of [A-Za-z0-9_-], as the function requires; random enough to never collide. */
export function newClientRequestId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return `tc-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
