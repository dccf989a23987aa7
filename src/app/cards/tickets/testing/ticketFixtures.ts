/** Realistic contract data for card tests: two pipelines, HubSpot's default priorities. */
import type {
  AssociationLabelOption,
  ErrorCode,
  FunctionError,
  FunctionResult,
  OwnerInfo,
  PipelineInfo,
  RequiredProperty,
  TicketDetailsData,
  TicketFormOptionsData,
  TicketSummary,
  TicketsListData,
  TicketUpdateData,
} from '../../contract';

export const supportPipeline: PipelineInfo = {
  id: '0',
  label: 'Support Pipeline',
  displayOrder: 0,
  stages: [
    { id: '1', label: 'New', state: 'OPEN', displayOrder: 0 },
    { id: '2', label: 'Waiting on contact', state: 'OPEN', displayOrder: 1 },
    { id: '4', label: 'Closed', state: 'CLOSED', displayOrder: 2 },
  ],
};

export const billingPipeline: PipelineInfo = {
  id: '77',
  label: 'Billing',
  displayOrder: 1,
  stages: [
    { id: '771', label: 'Resolved early', state: 'CLOSED', displayOrder: 0 },
    { id: '772', label: 'Invoice check', state: 'OPEN', displayOrder: 1 },
    { id: '773', label: 'Refunded', state: 'CLOSED', displayOrder: 2 },
  ],
};

export const priorities = [
  { value: 'LOW', label: 'Low' },
  { value: 'MEDIUM', label: 'Medium' },
  { value: 'HIGH', label: 'High' },
  { value: 'URGENT', label: 'Urgent' },
];

export const owners: OwnerInfo[] = [
  { id: '71', name: 'Ada Lovelace', email: 'ada@example.com' },
  { id: '72', name: 'Grace Hopper', email: 'grace@example.com' },
];

const DAY = 24 * 60 * 60 * 1000;

export function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY).toISOString();
}

export function ticket(id: string, overrides: Partial<TicketSummary> = {}): TicketSummary {
  return {
    id,
    subject: `Ticket ${id}`,
    pipeline: { id: '0', label: 'Support Pipeline' },
    stage: { id: '1', label: 'New', state: 'OPEN' },
    priority: null,
    categories: [],
    createdAt: daysAgo(3),
    updatedAt: daysAgo(3),
    closedAt: null,
    url: `https://app.hubspot.com/contacts/456/record/0-5/${id}`,
    owner: null,
    labels: [],
    ...overrides,
  };
}

export function closedTicket(id: string, overrides: Partial<TicketSummary> = {}): TicketSummary {
  return ticket(id, {
    stage: { id: '4', label: 'Closed', state: 'CLOSED' },
    closedAt: daysAgo(1),
    ...overrides,
  });
}

export function listData(
  tickets: TicketSummary[],
  overrides: Partial<TicketsListData> = {},
): FunctionResult<TicketsListData> {
  const open = tickets.filter((t) => t.stage.state === 'OPEN').length;
  return {
    ok: true,
    data: {
      tickets,
      counts: { open, closed: tickets.length - open },
      nextCursor: null,
      total: tickets.length,
      pipelines: [supportPipeline],
      priorities,
      ...overrides,
    },
  };
}

export function formOptions(
  overrides: Partial<TicketFormOptionsData> = {},
): FunctionResult<TicketFormOptionsData> {
  return {
    ok: true,
    data: {
      pipelines: [supportPipeline, billingPipeline],
      defaultPipelineId: '0',
      priorities,
      categories: [
        { value: 'PRODUCT_ISSUE', label: 'Product issue' },
        { value: 'BILLING_ISSUE', label: 'Billing issue' },
      ],
      associationLabels: [],
      limits: { subjectMaxLength: 100, descriptionMaxLength: 1000 },
      owners,
      currentOwnerId: null,
      ...overrides,
    },
  };
}

export function failure(
  code: ErrorCode,
  message: string,
  extra: Partial<FunctionError> = {},
): { ok: false; error: FunctionError } {
  const retryable = code === 'RATE_LIMITED' || code === 'UNAVAILABLE';
  return { ok: false, error: { code, message, retryable, ...extra } };
}

/** A bulk ticket_update answered per item: these done, these refused (each with its error). */
export function updateOutcomes(
  done: TicketSummary[],
  refused: { ticketId: string; error: FunctionError }[],
): FunctionResult<TicketUpdateData> {
  return {
    ok: true,
    data: {
      results: [
        ...done.map((t) => ({ ticketId: t.id, ok: true as const })),
        ...refused.map((r) => ({ ...r, ok: false as const })),
      ],
      tickets: done,
    },
  };
}

/** The demo portal's rule: a billing ticket needs a resolution to close. */
export const resolutionProperty: RequiredProperty = {
  name: 'resolution',
  label: 'Resolution',
  type: 'enumeration',
  fieldType: 'select',
  options: [
    { value: 'ISSUE_FIXED', label: 'Issue fixed' },
    { value: 'REFUND_ISSUED', label: 'Refund issued' },
  ],
};

/** PROPERTIES_REQUIRED as the functions answer it (message from the function, property to ask). */
export function propertiesRequired(
  properties: RequiredProperty[],
  subject = 'ticket 21',
): { ok: false; error: FunctionError } {
  return failure(
    'PROPERTIES_REQUIRED',
    `HubSpot needs more details for ${subject}: ${properties.map((p) => p.label).join(', ')}.`,
    {
      fieldErrors: properties.map((property) => ({
        field: property.name,
        message: `${property.label} is required by this portal's rules.`,
        property,
      })),
    },
  );
}

export const contactLabels: AssociationLabelOption[] = [
  { typeId: 16, category: 'HUBSPOT_DEFINED', label: 'Primary' },
  { typeId: 140, category: 'USER_DEFINED', label: 'Requester' },
];

export function detailsData(
  summary: TicketSummary,
  overrides: Partial<TicketDetailsData['ticket']> = {},
  data: Partial<Omit<TicketDetailsData, 'ticket'>> = {},
): FunctionResult<TicketDetailsData> {
  return {
    ok: true,
    data: {
      ticket: {
        ...summary,
        description: 'The printer jams on every second page.',
        source: 'Email',
        timeToCloseMs: null,
        timeToFirstResponseMs: null,
        contacts: { names: ['Ada Lovelace'], total: 1 },
        companies: { names: [], total: 0 },
        ...overrides,
      },
      associationLabels: contactLabels,
      currentLabelTypeIds: [],
      ...data,
    },
  };
}
