import type { FieldError } from '../../../cards/contract';
import type { PortalSchema } from '../portal/portalSchemaCache';

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
