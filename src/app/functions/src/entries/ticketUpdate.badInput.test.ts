import { describeBadInputCorpus } from '../../../../../testkits/badInputSuite';
import type { CrmFacts, TicketFact } from '../../../../../testkits/crmFacts';

const linked = (facts: CrmFacts, index = 0): TicketFact =>
  facts.smallContact.tickets[index] as TicketFact;
const ids = (count: number): string[] => Array.from({ length: count }, (_, i) => String(1000 + i));

describeBadInputCorpus('ticket_update', {
  valid: (facts) => ({ recordType: 'contacts', ticketIds: [linked(facts).id], priority: 'LOW' }),
  cases: [
    {
      name: 'missing ticket ids',
      params: ({ ticketIds: _t, ...rest }) => rest,
      field: /^ticketIds$/,
    },
    { name: 'no ticket ids', params: (v) => ({ ...v, ticketIds: [] }), field: /^ticketIds$/ },
    {
      name: 'more than 50 ticket ids',
      params: (v) => ({ ...v, ticketIds: ids(51) }),
      field: /^ticketIds$/,
    },
    {
      name: 'duplicate ticket ids',
      params: (v, f) => ({ ...v, ticketIds: [linked(f).id, linked(f).id] }),
      field: /^ticketIds(\.1)?$/,
    },
    {
      name: 'a non-numeric ticket id',
      params: (v) => ({ ...v, ticketIds: ['x1'] }),
      field: /^ticketIds(\.0)?$/,
    },
    {
      name: 'a ticket not linked to the record among linked ones',
      params: (v, f) => ({ ...v, ticketIds: [linked(f).id, f.unlinkedTicket.id] }),
      codes: ['NOT_LINKED', 'VALIDATION'],
      field: /^ticketIds(\.1)?$/,
    },
    {
      name: 'an unknown stage',
      params: (v, f) => ({
        ticketIds: [linked(f).id],
        recordType: v.recordType,
        stageId: '987654321',
      }),
      field: /^stageId$/,
    },
    {
      name: "a stage of another pipeline than the ticket's",
      params: (v, f) => ({
        recordType: v.recordType,
        ticketIds: [linked(f).id],
        stageId: f.stageOutside(linked(f).pipelineId),
      }),
      field: /^stageId$/,
    },
    {
      name: 'a stage and close together',
      params: (v, f) => ({
        recordType: v.recordType,
        ticketIds: [linked(f).id],
        stageId: f.stageOf(linked(f).pipelineId, 'OPEN'),
        close: true,
      }),
      field: /^(stageId|close)$/,
    },
    {
      name: 'nothing to change',
      params: (v, f) => ({ recordType: v.recordType, ticketIds: [linked(f).id] }),
      field: /.+/,
    },
    {
      name: 'an unknown priority',
      params: (v) => ({ ...v, priority: 'CRITICAL' }),
      field: /^priority$/,
    },
    { name: 'a numeric priority', params: (v) => ({ ...v, priority: 3 }), field: /^priority$/ },
    {
      name: 'close as a string',
      params: ({ priority: _p, ...rest }) => ({ ...rest, close: 'yes' }),
      field: /^close$/,
    },
    {
      name: 'a huge stage id',
      params: (v, f) => ({
        recordType: v.recordType,
        ticketIds: [linked(f).id],
        stageId: '4'.repeat(100_000),
      }),
      field: /^stageId$/,
    },
    {
      name: "an owner that is not one of the portal's",
      params: (v) => ({ ...v, ownerId: '424242' }),
      field: /^ownerId$/,
    },
    {
      name: 'a numeric owner id',
      params: (v) => ({ ...v, ownerId: 71234501 }),
      field: /^ownerId$/,
    },
    {
      name: 'a subject for two tickets at once',
      params: (v, f) => ({ ...v, ticketIds: [linked(f).id, linked(f, 1).id], subject: 'Same' }),
      field: /^subject$/,
    },
    { name: 'a blank subject', params: (v) => ({ ...v, subject: '   ' }), field: /^subject$/ },
    {
      name: 'a description over 10,000 characters',
      params: (v) => ({ ...v, description: 'x'.repeat(10_001) }),
      field: /^description$/,
    },
    {
      name: 'an unknown category',
      params: (v) => ({ ...v, categories: ['NOT_A_CATEGORY'] }),
      field: /^categories\.0$/,
    },
    {
      name: 'a label that is not offered for the record type',
      params: (v) => ({ ...v, label: { typeId: 999_999, category: 'USER_DEFINED' } }),
      field: /^label\.typeId$/,
    },
    {
      name: 'an extra property that does not exist',
      params: (v) => ({ ...v, extraProperties: { no_such_property: 'x' } }),
      field: /^extraProperties\.no_such_property$/,
    },
    {
      name: 'an extra property HubSpot calculates',
      params: (v) => ({ ...v, extraProperties: { time_to_close: '1' } }),
      field: /^extraProperties\.time_to_close$/,
    },
    {
      name: 'an extra property that bypasses the stage check',
      params: (v) => ({ ...v, extraProperties: { hs_pipeline_stage: '1' } }),
      field: /^extraProperties\.hs_pipeline_stage$/,
    },
    {
      name: 'an extra property value that is not one of its options',
      params: (v) => ({ ...v, extraProperties: { source_type: 'CARRIER_PIGEON' } }),
      field: /^extraProperties\.source_type$/,
    },
    {
      name: 'an extra property name that is not a property name',
      params: (v) => ({ ...v, extraProperties: { 'Bad Name!': 'x' } }),
      field: /^extraProperties/,
    },
    {
      name: 'an extra property value that is not text',
      params: (v) => ({ ...v, extraProperties: { source_type: 3 } }),
      field: /^extraProperties\.source_type$/,
    },
  ],
});
