import type { ObjectTypeId, SandboxSnapshot, StoredRecord } from '../store/types';

/** What a seed builder produces: the records and links a seed starts the store with. */
export interface SeedRecords {
  objects: Record<ObjectTypeId, StoredRecord[]>;
  associations: SandboxSnapshot['associations'];
}
