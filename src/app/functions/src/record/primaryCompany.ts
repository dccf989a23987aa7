import type { CrmApi } from '../hubspot/crmApi';
import { createTtlCache } from '../portal/ttlCache';

/**
 * A contact's primary company (the contact -> company link of HUBSPOT_DEFINED type 1), so a
 * ticket created on the contact is linked to it too, as HubSpot's own create does. One
 * association batch read (immediate, no index lag), kept per container for a minute: a
 * rep creating several tickets on one contact pays for it once.
 */

const PRIMARY_COMPANY_TYPE_ID = 1;
export const PRIMARY_COMPANY_TTL_MS = 60_000;

const cache = createTtlCache<string | null>(PRIMARY_COMPANY_TTL_MS, 500);

async function load(crm: CrmApi, contactId: string): Promise<string | null> {
  const response = await crm.call(
    'POST',
    '/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/read',
    {
      path: { fromObjectType: 'contacts', toObjectType: 'companies' },
      body: { inputs: [{ id: contactId }] },
    },
  );
  const row = response.results.find((result) => String(result.from.id) === contactId);
  const primary = row?.to.find((to) =>
    to.associationTypes.some(
      (type) => type.category === 'HUBSPOT_DEFINED' && type.typeId === PRIMARY_COMPANY_TYPE_ID,
    ),
  );
  return primary ? String(primary.toObjectId) : null;
}

export function getPrimaryCompanyId(
  portalKey: string,
  crm: CrmApi,
  contactId: string,
): Promise<string | null> {
  return cache.get(`${portalKey}:${contactId}`, () => load(crm, contactId));
}
