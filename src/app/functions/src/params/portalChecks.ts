import type { FieldError } from '../../../cards/contract';
import { REQUEST_ID_PROPERTY, type PortalSchema } from '../portal/portalSchemaCache';
import type { TicketPropertyInfo } from '../portal/ticketProperties';

/** Checks of parameter values against the portal's own pipelines and property options. */

export function checkPipelineStage(
  schema: PortalSchema,
  pipelineId: string,
  stageId: string,
): FieldError[] {
  const pipeline = schema.pipelines.find((candidate) => candidate.id === pipelineId);
  if (!pipeline)
    return [{ field: 'pipelineId', message: 'This pipeline does not exist in HubSpot.' }];
  if (!pipeline.stages.some((stage) => stage.id === stageId)) {
    return [{ field: 'stageId', message: `This stage is not a stage of "${pipeline.label}".` }];
  }
  return [];
}

export function checkPriority(
  schema: PortalSchema,
  priority: string | null | undefined,
): FieldError[] {
  if (priority === null || priority === undefined) return [];
  return schema.priorities.some((option) => option.value === priority)
    ? []
    : [{ field: 'priority', message: "Not one of the portal's priorities." }];
}

export function checkCategories(
  schema: PortalSchema,
  categories: string[] | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  (categories ?? []).forEach((value, index) => {
    if (!schema.categories.some((option) => option.value === value)) {
      errors.push({ field: `categories.${index}`, message: "Not one of the portal's categories." });
    }
  });
  return errors;
}

/**
 * Properties the functions set from their own parameters. An `extraProperties` answer may
 * name one (a portal rule may require a category on create), checked like any other, but
 * not together with its parameter, and never the ones whose checks it would bypass.
 */
const SET_BY_PARAMETERS: Record<string, string> = {
  subject: 'subject',
  content: 'description',
  hs_ticket_priority: 'priority',
  hs_ticket_category: 'categories',
  hubspot_owner_id: 'ownerId',
};
/** The stage is checked against each ticket's pipeline; the request id makes creates idempotent. */
const NEVER_EXTRA: Record<string, string> = {
  hs_pipeline: 'pipelineId',
  hs_pipeline_stage: 'stageId',
  [REQUEST_ID_PROPERTY]: 'clientRequestId',
};

/**
 * `extraProperties` against the portal's definitions: exists, writable, a valid option.
 * `params` are the call's own parameters, to refuse a property given twice.
 */
export function checkExtraProperties(
  properties: ReadonlyMap<string, TicketPropertyInfo>,
  extra: Record<string, string> | undefined,
  params: Record<string, unknown>,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const [name, value] of Object.entries(extra ?? {})) {
    const field = `extraProperties.${name}`;
    const parameter = NEVER_EXTRA[name] ?? SET_BY_PARAMETERS[name];
    const info = properties.get(name);
    if (parameter && (NEVER_EXTRA[name] || params[parameter] !== undefined)) {
      errors.push({ field, message: `Set this with "${parameter}" instead.` });
    } else if (!info) {
      errors.push({ field, message: 'This property does not exist in HubSpot.' });
    } else if (!info.writable) {
      errors.push({ field, message: 'HubSpot sets this property itself; it cannot be changed.' });
    } else if (info.options.length > 0 && value !== '') {
      const values = info.fieldType === 'checkbox' ? value.split(';') : [value];
      if (!values.every((part) => info.options.some((option) => option.value === part))) {
        errors.push({ field, message: `Not one of the options of "${info.label}".` });
      }
    }
  }
  return errors;
}

/** An owner id must be one of the portal's active owners. */
export function checkOwner(
  owners: ReadonlyMap<string, unknown>,
  ownerId: string | null | undefined,
): FieldError[] {
  if (ownerId === null || ownerId === undefined) return [];
  return owners.has(ownerId)
    ? []
    : [{ field: 'ownerId', message: "Not one of the portal's active owners." }];
}
