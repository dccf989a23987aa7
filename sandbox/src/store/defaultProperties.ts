/** HubSpot-defined properties of tickets, contacts and companies, as the properties API lists them. */
import type { ObjectTypeId, PropertyDefinition, PropertyOption } from './types';

const DEFINED_AT = '2019-08-06T02:43:01.456Z';

interface PropertySpec {
  name: string;
  label: string;
  type: PropertyDefinition['type'];
  fieldType: string;
  groupName: string;
  options?: readonly (readonly [value: string, label: string])[];
  readOnly?: boolean;
  hidden?: boolean;
  description?: string;
  externalOptions?: boolean;
}

export function makeOptions(options: readonly (readonly [string, string])[]): PropertyOption[] {
  return options.map(([value, label], displayOrder) => ({
    label,
    value,
    displayOrder,
    hidden: false,
  }));
}

function define(spec: PropertySpec, displayOrder: number): PropertyDefinition {
  const readOnly = spec.readOnly ?? false;
  return {
    name: spec.name,
    label: spec.label,
    type: spec.type,
    fieldType: spec.fieldType,
    description: spec.description ?? '',
    groupName: spec.groupName,
    options: makeOptions(spec.options ?? []),
    displayOrder,
    hidden: spec.hidden ?? false,
    hasUniqueValue: spec.name === 'hs_object_id',
    hubspotDefined: true,
    formField: !readOnly,
    calculated: false,
    externalOptions: spec.externalOptions ?? false,
    modificationMetadata: {
      archivable: false,
      readOnlyDefinition: true,
      readOnlyValue: readOnly,
    },
    createdAt: DEFINED_AT,
    updatedAt: DEFINED_AT,
    archived: false,
  };
}

const common = (group: string, lastModified: string): PropertySpec[] => [
  {
    name: 'createdate',
    label: 'Create date',
    type: 'datetime',
    fieldType: 'date',
    groupName: group,
    readOnly: true,
  },
  {
    name: lastModified,
    label: 'Last modified date',
    type: 'datetime',
    fieldType: 'date',
    groupName: group,
    readOnly: true,
  },
  {
    name: 'hs_object_id',
    label: 'Record ID',
    type: 'number',
    fieldType: 'number',
    groupName: group,
    readOnly: true,
  },
];

export const TICKET_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export const TICKET_CATEGORIES = [
  'PRODUCT_ISSUE',
  'BILLING_ISSUE',
  'FEATURE_REQUEST',
  'GENERAL_INQUIRY',
] as const;
export const TICKET_SOURCES = ['CHAT', 'EMAIL', 'FORM', 'PHONE'] as const;

const TICKET_PROPERTIES: PropertySpec[] = [
  {
    name: 'subject',
    label: 'Ticket name',
    type: 'string',
    fieldType: 'text',
    groupName: 'ticketinformation',
  },
  {
    name: 'content',
    label: 'Ticket description',
    type: 'string',
    fieldType: 'textarea',
    groupName: 'ticketinformation',
  },
  // Options of these two come from the pipelines at read time.
  {
    name: 'hs_pipeline',
    label: 'Pipeline',
    type: 'enumeration',
    fieldType: 'select',
    groupName: 'ticketinformation',
  },
  {
    name: 'hs_pipeline_stage',
    label: 'Ticket status',
    type: 'enumeration',
    fieldType: 'select',
    groupName: 'ticketinformation',
  },
  {
    name: 'hs_ticket_priority',
    label: 'Priority',
    type: 'enumeration',
    fieldType: 'select',
    groupName: 'ticketinformation',
    options: [
      ['LOW', 'Low'],
      ['MEDIUM', 'Medium'],
      ['HIGH', 'High'],
      ['URGENT', 'Urgent'],
    ],
  },
  {
    name: 'hs_ticket_category',
    label: 'Category',
    type: 'enumeration',
    fieldType: 'checkbox',
    groupName: 'ticketinformation',
    options: [
      ['PRODUCT_ISSUE', 'Product issue'],
      ['BILLING_ISSUE', 'Billing issue'],
      ['FEATURE_REQUEST', 'Feature request'],
      ['GENERAL_INQUIRY', 'General inquiry'],
    ],
  },
  {
    name: 'source_type',
    label: 'Source',
    type: 'enumeration',
    fieldType: 'select',
    groupName: 'ticketinformation',
    options: [
      ['CHAT', 'Chat'],
      ['EMAIL', 'Email'],
      ['FORM', 'Form'],
      ['PHONE', 'Phone'],
    ],
  },
  {
    name: 'hubspot_owner_id',
    label: 'Ticket owner',
    type: 'enumeration',
    fieldType: 'select',
    groupName: 'ticketinformation',
    externalOptions: true,
  },
  {
    name: 'closed_date',
    label: 'Close date',
    type: 'datetime',
    fieldType: 'date',
    groupName: 'ticketinformation',
    readOnly: true,
  },
  {
    name: 'time_to_close',
    label: 'Time to close',
    type: 'number',
    fieldType: 'number',
    groupName: 'ticketinformation',
    readOnly: true,
    description: 'Milliseconds from creation to close; set when the ticket closes.',
  },
  {
    name: 'time_to_first_agent_reply',
    label: 'Time to first agent reply',
    type: 'number',
    fieldType: 'number',
    groupName: 'ticketinformation',
    readOnly: true,
    description: 'Milliseconds from creation to the first agent reply.',
  },
  ...common('ticketinformation', 'hs_lastmodifieddate'),
];

const CONTACT_PROPERTIES: PropertySpec[] = [
  {
    name: 'email',
    label: 'Email',
    type: 'string',
    fieldType: 'text',
    groupName: 'contactinformation',
  },
  {
    name: 'firstname',
    label: 'First Name',
    type: 'string',
    fieldType: 'text',
    groupName: 'contactinformation',
  },
  {
    name: 'lastname',
    label: 'Last Name',
    type: 'string',
    fieldType: 'text',
    groupName: 'contactinformation',
  },
  {
    name: 'phone',
    label: 'Phone Number',
    type: 'string',
    fieldType: 'phonenumber',
    groupName: 'contactinformation',
  },
  {
    name: 'company',
    label: 'Company Name',
    type: 'string',
    fieldType: 'text',
    groupName: 'contactinformation',
  },
  {
    name: 'jobtitle',
    label: 'Job Title',
    type: 'string',
    fieldType: 'text',
    groupName: 'contactinformation',
  },
  {
    name: 'lifecyclestage',
    label: 'Lifecycle Stage',
    type: 'enumeration',
    fieldType: 'radio',
    groupName: 'contactinformation',
    options: [
      ['subscriber', 'Subscriber'],
      ['lead', 'Lead'],
      ['opportunity', 'Opportunity'],
      ['customer', 'Customer'],
      ['other', 'Other'],
    ],
  },
  ...common('contactinformation', 'lastmodifieddate'),
];

const COMPANY_PROPERTIES: PropertySpec[] = [
  {
    name: 'name',
    label: 'Name',
    type: 'string',
    fieldType: 'text',
    groupName: 'companyinformation',
  },
  {
    name: 'domain',
    label: 'Company Domain Name',
    type: 'string',
    fieldType: 'text',
    groupName: 'companyinformation',
  },
  {
    name: 'website',
    label: 'Website URL',
    type: 'string',
    fieldType: 'text',
    groupName: 'companyinformation',
  },
  {
    name: 'phone',
    label: 'Phone Number',
    type: 'string',
    fieldType: 'phonenumber',
    groupName: 'companyinformation',
  },
  {
    name: 'city',
    label: 'City',
    type: 'string',
    fieldType: 'text',
    groupName: 'companyinformation',
  },
  {
    name: 'industry',
    label: 'Industry',
    type: 'string',
    fieldType: 'text',
    groupName: 'companyinformation',
  },
  ...common('companyinformation', 'hs_lastmodifieddate'),
];

export function defaultProperties(): Record<ObjectTypeId, PropertyDefinition[]> {
  return {
    '0-1': CONTACT_PROPERTIES.map(define),
    '0-2': COMPANY_PROPERTIES.map(define),
    '0-5': TICKET_PROPERTIES.map(define),
  };
}

/** A custom (portal-defined) property, as `POST /crm/properties/2026-09/{objectType}` creates it. */
export function customProperty(
  fields: Pick<PropertyDefinition, 'name' | 'label' | 'type' | 'fieldType' | 'groupName'> &
    Partial<PropertyDefinition>,
  now: string,
): PropertyDefinition {
  return {
    description: '',
    options: [],
    displayOrder: -1,
    hidden: false,
    hasUniqueValue: false,
    formField: true,
    calculated: false,
    externalOptions: false,
    ...fields,
    hubspotDefined: false,
    modificationMetadata: { archivable: true, readOnlyDefinition: false, readOnlyValue: false },
    createdAt: now,
    updatedAt: now,
    archived: false,
  };
}
