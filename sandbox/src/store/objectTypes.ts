/** The three CRM object types the sandbox serves, and the spellings paths may use. */
import type { ObjectTypeId } from './types';

export interface ObjectTypeInfo {
  id: ObjectTypeId;
  /** Plural name, the key used in v3 `associations` and in counts. */
  plural: 'contacts' | 'companies' | 'tickets';
  singular: 'contact' | 'company' | 'ticket';
  /** Upper-case name HubSpot puts in some error messages. */
  upper: 'CONTACT' | 'COMPANY' | 'TICKET';
  /** Always returned on reads besides the requested properties. */
  alwaysProperties: readonly string[];
  /** Returned when no properties are asked for. */
  defaultProperties: readonly string[];
  /** Properties `query` matches in search. */
  queryProperties: readonly string[];
  lastModifiedProperty: string;
}

export const OBJECT_TYPES: Record<ObjectTypeId, ObjectTypeInfo> = {
  '0-1': {
    id: '0-1',
    plural: 'contacts',
    singular: 'contact',
    upper: 'CONTACT',
    alwaysProperties: ['createdate', 'lastmodifieddate', 'hs_object_id'],
    defaultProperties: [
      'createdate',
      'email',
      'firstname',
      'hs_object_id',
      'lastmodifieddate',
      'lastname',
    ],
    queryProperties: ['firstname', 'lastname', 'email', 'phone', 'company'],
    lastModifiedProperty: 'lastmodifieddate',
  },
  '0-2': {
    id: '0-2',
    plural: 'companies',
    singular: 'company',
    upper: 'COMPANY',
    alwaysProperties: ['createdate', 'hs_lastmodifieddate', 'hs_object_id'],
    defaultProperties: ['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name'],
    queryProperties: ['name', 'domain', 'website', 'phone'],
    lastModifiedProperty: 'hs_lastmodifieddate',
  },
  '0-5': {
    id: '0-5',
    plural: 'tickets',
    singular: 'ticket',
    upper: 'TICKET',
    alwaysProperties: ['createdate', 'hs_lastmodifieddate', 'hs_object_id'],
    defaultProperties: [
      'content',
      'createdate',
      'hs_lastmodifieddate',
      'hs_object_id',
      'hs_pipeline',
      'hs_pipeline_stage',
      'hs_ticket_category',
      'hs_ticket_priority',
      'subject',
    ],
    // HubSpot's ticket `query` also matches category and stage values (issue 9, medium
    // confidence): `billing` finds BILLING_ISSUE tickets, `4` tickets in stage 4.
    queryProperties: ['subject', 'content', 'hs_ticket_category', 'hs_pipeline_stage'],
    lastModifiedProperty: 'hs_lastmodifieddate',
  },
};

export const OBJECT_TYPE_IDS: readonly ObjectTypeId[] = ['0-1', '0-2', '0-5'];

const BY_NAME = new Map<string, ObjectTypeId>();
for (const info of Object.values(OBJECT_TYPES)) {
  BY_NAME.set(info.id, info.id);
  BY_NAME.set(info.plural, info.id);
  BY_NAME.set(info.singular, info.id);
}

/** `tickets`, `ticket`, `TICKETS`, `0-5` -> `0-5`; undefined when not served. */
export function resolveObjectType(name: string): ObjectTypeId | undefined {
  return BY_NAME.get(name.toLowerCase());
}
