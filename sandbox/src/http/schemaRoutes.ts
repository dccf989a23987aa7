/** Properties 2026-09 (list, get, create custom) and ticket pipelines 2026-09. */
import type { SandboxCore } from '../sandboxCore';
import type { ObjectTypeId, PipelineStage, PropertyDefinition } from '../store/types';
import { customProperty, makeOptions } from '../store/defaultProperties';
import { HubSpotError, validationError } from './hubspotError';
import { queryBoolean, queryList, type Query } from './query';
import { objectTypeParam, params, type RouteTable } from './routeTable';
import { ROUTE_KEYS } from '../routeKeys';

const PROPERTY_TYPES = ['string', 'number', 'date', 'datetime', 'enumeration', 'bool'] as const;
const FIELD_TYPES = [
  'textarea',
  'text',
  'date',
  'file',
  'number',
  'select',
  'radio',
  'checkbox',
  'booleancheckbox',
  'calculation_equation',
  'phonenumber',
  'html',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** hs_pipeline and hs_pipeline_stage list the live pipelines and stages as options. */
function withLiveOptions(
  core: SandboxCore,
  type: ObjectTypeId,
  definition: PropertyDefinition,
): PropertyDefinition {
  if (type !== '0-5') return definition;
  if (definition.name === 'hs_pipeline') {
    return {
      ...definition,
      options: makeOptions(core.store.pipelines.map((pipeline) => [pipeline.id, pipeline.label])),
    };
  }
  if (definition.name === 'hubspot_owner_id') {
    return {
      ...definition,
      options: makeOptions(
        core.store.owners
          .filter((owner) => !owner.archived)
          .map((owner) => [owner.id, `${owner.firstName} ${owner.lastName}`] as const),
      ),
    };
  }
  if (definition.name === 'hs_pipeline_stage') {
    return {
      ...definition,
      options: makeOptions(
        core.store.pipelines.flatMap((pipeline) =>
          pipeline.stages.map((stage) => [stage.id, stage.label] as const),
        ),
      ),
    };
  }
  return definition;
}

function parsePropertyCreate(body: unknown, now: string): PropertyDefinition {
  if (!isRecord(body))
    throw validationError('Invalid input JSON: expected a property definition object');
  const problems: string[] = [];
  const text = (name: string, required: boolean): string | undefined => {
    const value = body[name];
    if (value === undefined || value === null) {
      if (required) problems.push(`${name} is required`);
      return undefined;
    }
    if (typeof value !== 'string' || (required && value === '')) {
      problems.push(`${name} must be a non-empty string`);
      return undefined;
    }
    return value;
  };
  const name = text('name', true);
  const label = text('label', true);
  const type = text('type', true);
  const fieldType = text('fieldType', true);
  const groupName = text('groupName', true);
  const description = text('description', false);
  if (name !== undefined && !/^[a-z][a-z0-9_]*$/.test(name)) {
    problems.push(`name "${name}" must start with a lowercase letter and hold only a-z, 0-9 and _`);
  }
  if (type !== undefined && !(PROPERTY_TYPES as readonly string[]).includes(type)) {
    problems.push(`type must be one of ${PROPERTY_TYPES.join(', ')}`);
  }
  if (fieldType !== undefined && !FIELD_TYPES.includes(fieldType)) {
    problems.push(`fieldType must be one of ${FIELD_TYPES.join(', ')}`);
  }
  const optionsRaw = body.options ?? [];
  const options: PropertyDefinition['options'] = [];
  if (!Array.isArray(optionsRaw)) problems.push('options must be an array');
  else {
    for (const [index, option] of optionsRaw.entries()) {
      if (
        !isRecord(option) ||
        typeof option.label !== 'string' ||
        typeof option.value !== 'string'
      ) {
        problems.push(`options[${index}] must be {label, value}`);
        continue;
      }
      options.push({
        label: option.label,
        value: option.value,
        displayOrder: typeof option.displayOrder === 'number' ? option.displayOrder : index,
        hidden: option.hidden === true,
        ...(typeof option.description === 'string' ? { description: option.description } : {}),
      });
    }
  }
  if (type === 'enumeration' && options.length === 0 && problems.length === 0) {
    problems.push('enumeration properties need at least one option');
  }
  for (const flag of ['hasUniqueValue', 'hidden', 'formField'] as const) {
    if (body[flag] !== undefined && typeof body[flag] !== 'boolean')
      problems.push(`${flag} must be a boolean`);
  }
  if (problems.length > 0 || !name || !label || !type || !fieldType || !groupName) {
    throw validationError(
      `Property definition is invalid: ${problems.join('; ')}`,
      problems.map((message) => ({ message, code: 'INVALID_PROPERTY_DEFINITION' })),
    );
  }
  return customProperty(
    {
      name,
      label,
      type: type as PropertyDefinition['type'],
      fieldType,
      groupName,
      options,
      ...(description !== undefined ? { description } : {}),
      hasUniqueValue: body.hasUniqueValue === true,
      hidden: body.hidden === true,
      formField: body.formField !== false,
      ...(typeof body.displayOrder === 'number' ? { displayOrder: body.displayOrder } : {}),
    },
    now,
  );
}

export function registerSchemaRoutes(routes: RouteTable, core: SandboxCore): void {
  routes.add(ROUTE_KEYS.listProperties, (request) => {
    const type = objectTypeParam(params(request).objectType);
    const query = request.query as Query;
    const archived = queryBoolean(query, 'archived');
    const only = queryList(query, 'properties');
    const results = [...core.store.properties[type].values()]
      .filter((definition) => definition.archived === archived)
      .filter((definition) => only.length === 0 || only.includes(definition.name))
      .map((definition) => withLiveOptions(core, type, definition));
    return { results };
  });

  routes.add(ROUTE_KEYS.getProperty, (request) => {
    const { objectType, propertyName = '' } = params(request);
    const type = objectTypeParam(objectType);
    const definition = core.store.properties[type].get(propertyName);
    if (!definition) {
      throw new HubSpotError(
        404,
        'OBJECT_NOT_FOUND',
        `Unable to find property ${propertyName} for object type ${objectType ?? ''}`,
      );
    }
    return withLiveOptions(core, type, definition);
  });

  routes.add(ROUTE_KEYS.createProperty, (request, reply) => {
    const type = objectTypeParam(params(request).objectType);
    const definition = parsePropertyCreate(request.body, new Date(core.now()).toISOString());
    if (core.store.properties[type].has(definition.name)) {
      throw new HubSpotError(
        409,
        'OBJECT_ALREADY_EXISTS',
        `Property named '${definition.name}' already exists.`,
        {
          context: { name: [definition.name] },
        },
      );
    }
    core.commit([{ kind: 'putProperty', objectType: type, definition }]);
    return reply.code(201).send(definition);
  });

  // 2026-09 gives every stage `writePermissions` (v3 left it out).
  const stageOut = (stage: PipelineStage) => ({
    ...stage,
    writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
  });
  const pipelinesOf = (objectType: string | undefined) => {
    const type = objectTypeParam(objectType);
    if (type !== '0-5') {
      throw validationError(
        `Object type ${objectType ?? ''} has no pipelines in this sandbox (tickets only)`,
      );
    }
    return core.store.pipelines.map((pipeline) => ({
      ...pipeline,
      stages: pipeline.stages.map(stageOut),
    }));
  };

  routes.add(ROUTE_KEYS.listPipelines, (request) => ({
    results: pipelinesOf(params(request).objectType),
  }));

  routes.add(ROUTE_KEYS.getPipeline, (request) => {
    const { objectType, pipelineId } = params(request);
    const pipeline = pipelinesOf(objectType).find((candidate) => candidate.id === pipelineId);
    if (!pipeline) {
      throw new HubSpotError(
        404,
        'OBJECT_NOT_FOUND',
        `Unable to find pipeline ${pipelineId ?? ''}`,
      );
    }
    return pipeline;
  });

  routes.add(ROUTE_KEYS.listPipelineStages, (request) => {
    const { objectType, pipelineId } = params(request);
    const pipeline = pipelinesOf(objectType).find((candidate) => candidate.id === pipelineId);
    if (!pipeline) {
      throw new HubSpotError(
        404,
        'OBJECT_NOT_FOUND',
        `Unable to find pipeline ${pipelineId ?? ''}`,
      );
    }
    return { results: pipeline.stages };
  });
}
