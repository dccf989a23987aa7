/** Builds the store content of a named seed: `demo`, `empty` or `scale:N`. */
import type {
  AssociationType,
  Owner,
  PropertyDefinition,
  SandboxSnapshot,
  ValidationRule,
} from '../store/types';
import { defaultProperties, customProperty, makeOptions } from '../store/defaultProperties';
import { defaultAssociationTypes } from '../store/associationTypes';
import { seedPipelines } from './pipelines';
import { buildDemoRecords } from './demoSeed';
import { buildScaleRecords } from './scaleSeed';
import type { SeedRecords } from './seedRecords';
import {
  BILLING_PIPELINE,
  DEMO_FACTS,
  DEMO_OWNERS,
  DEMO_RULE_IDS,
  DEMO_TEAMS,
  ID_BASES,
  REQUESTER_LABEL,
  RESOLUTION_PROPERTY,
  SEED_BASE_DATE,
} from './demoFacts';

export class UnknownSeedError extends Error {}

const SCALE_PATTERN = /^scale:(\d{1,7})$/;

export function isValidSeed(seed: string): boolean {
  return seed === 'demo' || seed === 'empty' || SCALE_PATTERN.test(seed);
}

function demoOwners(): Owner[] {
  return DEMO_OWNERS.map((owner, index) => ({
    id: owner.id,
    email: owner.email,
    firstName: owner.firstName,
    lastName: owner.lastName,
    userId: owner.userId,
    type: 'PERSON',
    teams: owner.teams.map((team, position) => ({ ...DEMO_TEAMS[team], primary: position === 0 })),
    archived: false,
    createdAt: new Date(Date.parse(SEED_BASE_DATE) - (400 - index * 20) * 86_400_000).toISOString(),
    updatedAt: SEED_BASE_DATE,
  }));
}

function resolutionProperty(): PropertyDefinition {
  return customProperty(
    {
      name: RESOLUTION_PROPERTY.name,
      label: RESOLUTION_PROPERTY.label,
      type: 'enumeration',
      fieldType: 'select',
      groupName: 'ticketinformation',
      options: makeOptions(RESOLUTION_PROPERTY.options),
      description: 'How the ticket was resolved. Required to close a billing ticket.',
    },
    SEED_BASE_DATE,
  );
}

function requesterLabel(): AssociationType[] {
  const common = { category: 'USER_DEFINED', isDefault: false } as const;
  return [
    {
      ...common,
      fromType: '0-5',
      toType: '0-1',
      typeId: REQUESTER_LABEL.typeId,
      inverseTypeId: REQUESTER_LABEL.inverseTypeId,
      label: REQUESTER_LABEL.label,
      name: 'requester',
    },
    {
      ...common,
      fromType: '0-1',
      toType: '0-5',
      typeId: REQUESTER_LABEL.inverseTypeId,
      inverseTypeId: REQUESTER_LABEL.typeId,
      label: REQUESTER_LABEL.inverseLabel,
      name: 'requester_inverse',
    },
  ];
}

/** Creating needs a category; closing a billing ticket needs a resolution. */
export function demoValidationRules(): ValidationRule[] {
  return [
    {
      id: DEMO_RULE_IDS.createNeedsCategory,
      objectType: '0-5',
      kind: 'createRequired',
      required: ['hs_ticket_category'],
    },
    {
      id: DEMO_RULE_IDS.billingCloseNeedsResolution,
      objectType: '0-5',
      kind: 'conditionalRequired',
      when: { pipelineId: BILLING_PIPELINE.id, ticketState: 'CLOSED' },
      required: [RESOLUTION_PROPERTY.name],
    },
  ];
}

export function buildSeed(seed: string): SandboxSnapshot {
  let records: SeedRecords;
  if (seed === 'demo') records = buildDemoRecords();
  else if (seed === 'empty') {
    records = { objects: { '0-1': [], '0-2': [], '0-5': [] }, associations: [] };
  } else {
    const match = SCALE_PATTERN.exec(seed);
    if (!match?.[1]) {
      throw new UnknownSeedError(`Unknown seed "${seed}": use demo, empty or scale:N`);
    }
    records = buildScaleRecords(Number(match[1]));
  }
  const properties = defaultProperties();
  properties['0-5'].push(
    customProperty(
      {
        name: DEMO_FACTS.uniqueTicketProperty,
        label: 'External ticket id',
        type: 'string',
        fieldType: 'text',
        groupName: 'ticketinformation',
        hasUniqueValue: true,
        description: 'The id of the ticket in the legacy help desk.',
      },
      SEED_BASE_DATE,
    ),
  );
  const demo = seed === 'demo';
  if (demo) properties['0-5'].push(resolutionProperty());
  let nextId = ID_BASES.next;
  for (const list of Object.values(records.objects)) {
    for (const record of list) nextId = Math.max(nextId, Number(record.id) + 1);
  }
  return {
    version: 1,
    seed,
    nextId,
    objects: records.objects,
    associations: records.associations,
    properties,
    pipelines: seedPipelines(),
    associationTypes: [...defaultAssociationTypes(), ...(demo ? requesterLabel() : [])],
    owners: demo ? demoOwners() : [],
    validationRules: demo ? demoValidationRules() : [],
  };
}
