import type { LinkedRecords } from '../../../cards/contract';
import type { CrmApi } from '../hubspot/crmApi';
import type { ObjectSchemas } from '../hubspot/crmPaths';

/**
 * The names of a few contacts or companies a ticket is linked to, and how many there are:
 * one search each (`associations.ticket`), which answers both the first names and the
 * total in one call. Search lags writes by seconds, so a link made just now may show a
 * moment later; the record's own type is counted from the immediate link read instead.
 */

export const LINKED_NAMES_MAX = 3;

type RawRecord = ObjectSchemas['SimplePublicObject'];

export function contactName(record: RawRecord): string {
  const { firstname, lastname, email } = record.properties;
  const full = [firstname, lastname].filter(Boolean).join(' ').trim();
  return full || email || `Contact ${record.id}`;
}

export function companyName(record: RawRecord): string {
  const { name, domain } = record.properties;
  return name || domain || `Company ${record.id}`;
}

const NAME_PROPERTIES = {
  contacts: ['firstname', 'lastname', 'email'],
  companies: ['name', 'domain'],
} as const;

export async function searchLinkedNames(
  crm: CrmApi,
  objectType: 'contacts' | 'companies',
  ticketId: string,
  limit: number = LINKED_NAMES_MAX,
): Promise<LinkedRecords & { records: RawRecord[] }> {
  const response = await crm.call('POST', '/crm/objects/2026-09/{objectType}/search', {
    path: { objectType },
    body: {
      filterGroups: [
        {
          filters: [{ propertyName: 'associations.ticket', operator: 'EQ', value: ticketId }],
        },
      ],
      properties: [...NAME_PROPERTIES[objectType]],
      sorts: [],
      limit,
      after: '0',
    },
  });
  const nameOf = objectType === 'contacts' ? contactName : companyName;
  return {
    names: response.results.map(nameOf),
    total: response.total,
    records: response.results,
  };
}
