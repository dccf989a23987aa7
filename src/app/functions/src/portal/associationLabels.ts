import type { AssociationLabelOption, RecordType } from '../../../cards/contract';
import type { CrmApi } from '../hubspot/crmApi';
import { createTtlCache } from './ttlCache';

/**
 * Association types between tickets and contacts/companies, from HubSpot's labels endpoint
 * rather than literals (sources disagree on some ids, and portals add their own labels).
 */

const TTL_MS = 60_000;
/** Used only if HubSpot lists no unlabelled HUBSPOT_DEFINED type (never seen so far). */
const FALLBACK_DEFAULT_TYPE: Record<RecordType, number> = { contacts: 16, companies: 339 };

export interface AssociationTypes {
  labels: AssociationLabelOption[];
  /** The plain ticket -> record link, made when no label is chosen. */
  defaultTypeId: number;
}

const cache = createTtlCache<AssociationTypes>(TTL_MS);

async function load(crm: CrmApi, recordType: RecordType): Promise<AssociationTypes> {
  const response = await crm.call(
    'GET',
    '/crm/associations/2026-09/{fromObjectType}/{toObjectType}/labels',
    { path: { fromObjectType: 'tickets', toObjectType: recordType } },
  );
  const labels: AssociationLabelOption[] = response.results.map((type) => ({
    typeId: type.typeId,
    category: type.category === 'USER_DEFINED' ? 'USER_DEFINED' : 'HUBSPOT_DEFINED',
    label: type.label ?? '',
  }));
  const unlabelled = labels.find(
    (type) => type.category === 'HUBSPOT_DEFINED' && type.label === '',
  );
  return {
    labels: labels.filter((type) => type.label !== ''),
    defaultTypeId: unlabelled?.typeId ?? FALLBACK_DEFAULT_TYPE[recordType],
  };
}

export function getAssociationTypes(
  portalKey: string,
  crm: CrmApi,
  recordType: RecordType,
): Promise<AssociationTypes> {
  return cache.get(`${portalKey}:${recordType}`, () => load(crm, recordType));
}
