/**
 * HubSpot-defined association types between the three object types, both directions.
 * Ids follow HubSpot's published table (contract doc); the `default` endpoints use the
 * unlabelled type of each pair.
 */
import type { AssociationType, ObjectTypeId } from './types';

function pair(
  fromType: ObjectTypeId,
  toType: ObjectTypeId,
  typeId: number,
  inverseTypeId: number,
  names: [string, string],
  label: string | null,
  isDefault: boolean,
): AssociationType[] {
  return [
    {
      fromType,
      toType,
      typeId,
      inverseTypeId,
      category: 'HUBSPOT_DEFINED',
      label,
      name: names[0],
      isDefault,
    },
    {
      fromType: toType,
      toType: fromType,
      typeId: inverseTypeId,
      inverseTypeId: typeId,
      category: 'HUBSPOT_DEFINED',
      label,
      name: names[1],
      isDefault,
    },
  ];
}

export function defaultAssociationTypes(): AssociationType[] {
  return [
    ...pair('0-5', '0-1', 16, 15, ['ticket_to_contact', 'contact_to_ticket'], null, true),
    ...pair(
      '0-5',
      '0-2',
      339,
      340,
      ['ticket_to_company_unlabeled', 'company_to_ticket_unlabeled'],
      null,
      true,
    ),
    ...pair('0-5', '0-2', 26, 25, ['ticket_to_company', 'company_to_ticket'], 'Primary', false),
    ...pair(
      '0-1',
      '0-2',
      279,
      280,
      ['contact_to_company_unlabeled', 'company_to_contact_unlabeled'],
      null,
      true,
    ),
    ...pair('0-1', '0-2', 1, 2, ['contact_to_company', 'company_to_contact'], 'Primary', false),
  ];
}

/** First id handed to user-defined labels; HubSpot's are in this range too. */
export const FIRST_USER_TYPE_ID = 100;
