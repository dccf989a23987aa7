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
  ],
});
