/** The data the sandbox keeps: the shapes of its store, snapshots and journal. */

export type ObjectTypeId = '0-1' | '0-2' | '0-5';

/** Records are immutable: every write replaces the record object (search history relies on it). */
export interface StoredRecord {
  readonly id: string;
  /** Only set values; an unset property is absent (and reads back as null). */
  readonly properties: Readonly<Record<string, string>>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly archived: boolean;
  readonly archivedAt?: string;
}

export interface PropertyOption {
  label: string;
  value: string;
  displayOrder: number;
  hidden: boolean;
  description?: string;
}

export interface PropertyDefinition {
  name: string;
  label: string;
  type: 'string' | 'number' | 'date' | 'datetime' | 'enumeration' | 'bool';
  fieldType: string;
  description: string;
  groupName: string;
  options: PropertyOption[];
  displayOrder: number;
  hidden: boolean;
  hasUniqueValue: boolean;
  hubspotDefined: boolean;
  formField: boolean;
  calculated: boolean;
  externalOptions: boolean;
  modificationMetadata: {
    archivable: boolean;
    readOnlyDefinition: boolean;
    readOnlyValue: boolean;
  };
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

export interface PipelineStage {
  id: string;
  label: string;
  displayOrder: number;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  metadata: { ticketState: 'OPEN' | 'CLOSED' };
}

export interface Pipeline {
  id: string;
  label: string;
  displayOrder: number;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  stages: PipelineStage[];
}

/** A HubSpot user who can own records (owners API, 2026-09 `PublicOwner`). */
export interface Owner {
  /** What `hubspot_owner_id` holds. */
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  /** The HubSpot user behind the owner (the card's `context.user.id`). */
  userId: number;
  type: 'PERSON';
  teams: { id: string; name: string; primary: boolean }[];
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/**
 * A portal rule 2026-09 enforces on ticket writes (coordination notes): properties that
 * become required in some pipeline/stage/state, or that the create form requires.
 */
export type ValidationRule =
  | {
      id: string;
      objectType: '0-5';
      kind: 'conditionalRequired';
      when: { pipelineId?: string; stageIds?: string[]; ticketState?: 'OPEN' | 'CLOSED' };
      required: string[];
    }
  | { id: string; objectType: '0-5'; kind: 'createRequired'; required: string[] };

export type AssociationCategory = 'HUBSPOT_DEFINED' | 'USER_DEFINED' | 'INTEGRATOR_DEFINED';

/** One direction of an association type; its inverse is another AssociationType. */
export interface AssociationType {
  fromType: ObjectTypeId;
  toType: ObjectTypeId;
  typeId: number;
  inverseTypeId: number;
  category: AssociationCategory;
  /** null for the unlabelled default type. */
  label: string | null;
  /** The v3 `type` name, e.g. `ticket_to_contact`. */
  name: string;
  /** The type the `default` endpoints create. */
  isDefault: boolean;
}

/** A journal entry's unit: applying effects in order rebuilds the store. */
export type StoreEffect =
  | { kind: 'putObject'; objectType: ObjectTypeId; record: StoredRecord }
  | {
      kind: 'link';
      fromType: ObjectTypeId;
      fromId: string;
      toType: ObjectTypeId;
      toId: string;
      typeIds: number[];
    }
  | {
      kind: 'unlink';
      fromType: ObjectTypeId;
      fromId: string;
      toType: ObjectTypeId;
      toId: string;
      /** null removes every type between the pair. */
      typeIds: number[] | null;
    }
  | { kind: 'putProperty'; objectType: ObjectTypeId; definition: PropertyDefinition }
  | { kind: 'putAssociationType'; type: AssociationType }
  /** Deletes a label (both directions); linked pairs stay linked with the default type. */
  | { kind: 'removeAssociationType'; typeId: number }
  | { kind: 'setValidationRules'; rules: ValidationRule[] };

/** The whole store as JSON (GET/POST /__sandbox/snapshot, and the on-disk snapshot). */
export interface SandboxSnapshot {
  version: 1;
  seed: string;
  nextId: number;
  objects: Record<ObjectTypeId, StoredRecord[]>;
  /** One entry per pair and direction stored once: [fromType, fromId, toType, toId, typeIds]. */
  associations: [ObjectTypeId, string, ObjectTypeId, string, number[]][];
  properties: Record<ObjectTypeId, PropertyDefinition[]>;
  pipelines: Pipeline[];
  associationTypes: AssociationType[];
  /** Absent in snapshots written before owners existed (read as none). */
  owners?: Owner[];
  /** Absent in snapshots written before validation rules existed (read as none). */
  validationRules?: ValidationRule[];
}
