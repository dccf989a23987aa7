/** Builds the store content of a named seed: `demo`, `empty` or `scale:N`. */
import type { SandboxSnapshot } from '../store/types';
import { defaultProperties, customProperty } from '../store/defaultProperties';
import { defaultAssociationTypes } from '../store/associationTypes';
import { seedPipelines } from './pipelines';
import { buildDemoRecords } from './demoSeed';
import { buildScaleRecords } from './scaleSeed';
import type { SeedRecords } from './seedRecords';
import { DEMO_FACTS, ID_BASES, SEED_BASE_DATE } from './demoFacts';

export class UnknownSeedError extends Error {}

const SCALE_PATTERN = /^scale:(\d{1,7})$/;

export function isValidSeed(seed: string): boolean {
  return seed === 'demo' || seed === 'empty' || SCALE_PATTERN.test(seed);
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
    associationTypes: defaultAssociationTypes(),
  };
}
