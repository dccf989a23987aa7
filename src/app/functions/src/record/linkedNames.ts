import type { CrmApi } from '../hubspot/crmApi';
import { companyName, contactName } from './linkedRecordNames';

/**
 * Names of contacts or companies by id: batch reads of up to 100, in parallel. Ids HubSpot
 * does not find (deleted) are simply absent.
 */
export async function readNames(
  crm: CrmApi,
  objectType: 'contacts' | 'companies',
  ids: string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const unique = [...new Set(ids)];
  const batches: string[][] = [];
  for (let start = 0; start < unique.length; start += 100) {
    batches.push(unique.slice(start, start + 100));
  }
  const responses = await Promise.all(
    batches.map((batch) =>
      crm.call('POST', '/crm/objects/2026-09/{objectType}/batch/read', {
        path: { objectType },
        body: {
          inputs: batch.map((id) => ({ id })),
          properties:
            objectType === 'contacts' ? ['firstname', 'lastname', 'email'] : ['name', 'domain'],
          propertiesWithHistory: [],
        },
      }),
    ),
  );
  const nameOf = objectType === 'contacts' ? contactName : companyName;
  for (const response of responses) {
    for (const record of response.results) names.set(record.id, nameOf(record));
  }
  return names;
}
