import { describeBadInputCorpus } from '../../../../../testkits/badInputSuite';
import type { CrmFacts } from '../../../../../testkits/crmFacts';

const linkedTicket = (facts: CrmFacts): string =>
  (facts.smallContact.tickets[0] as { id: string }).id;

describeBadInputCorpus('ticket_unlink', {
  valid: (facts) => ({ recordType: 'contacts', ticketIds: [linkedTicket(facts)] }),
  cases: [
    {
      name: 'missing ticket ids',
      params: ({ ticketIds: _t, ...rest }) => rest,
      field: /^ticketIds$/,
    },
    {
      name: 'the old single ticket id',
      params: ({ ticketIds: _t, ...rest }, facts) => ({ ...rest, ticketId: linkedTicket(facts) }),
      field: /^ticketId$/,
    },
    { name: 'no ticket ids', params: (v) => ({ ...v, ticketIds: [] }), field: /^ticketIds$/ },
    {
      name: '51 ticket ids',
      params: (v) => ({ ...v, ticketIds: Array.from({ length: 51 }, (_, i) => String(900 + i)) }),
      field: /^ticketIds$/,
    },
    {
      name: 'a ticket listed twice',
      params: (v, f) => ({ ...v, ticketIds: [linkedTicket(f), linkedTicket(f)] }),
      field: /^ticketIds\.1$/,
    },
    {
      name: 'a numeric (not string) ticket id',
      params: (v) => ({ ...v, ticketIds: [12] }),
      field: /^ticketIds\.0$/,
    },
    {
      name: 'a non-numeric ticket id',
      params: (v) => ({ ...v, ticketIds: ['abc'] }),
      field: /^ticketIds\.0$/,
    },
    {
      name: 'a huge ticket id',
      params: (v) => ({ ...v, ticketIds: ['1'.repeat(100_000)] }),
      field: /^ticketIds\.0$/,
    },
    {
      name: 'ticket ids as a string',
      params: (v, f) => ({ ...v, ticketIds: linkedTicket(f) }),
      field: /^ticketIds$/,
    },
    {
      name: 'a ticket not linked to the record',
      params: (v, facts) => ({ ...v, ticketIds: [facts.unlinkedTicket.id] }),
      codes: ['NOT_LINKED'],
      field: /^ticketIds\.0$/,
    },
    {
      name: 'a ticket that does not exist',
      params: (v) => ({ ...v, ticketIds: ['987654321'] }),
      codes: ['NOT_LINKED'],
      field: /^ticketIds\.0$/,
    },
    {
      name: "a ticket of the record's company, on the contact",
      params: (v, facts) => ({
        ...v,
        ticketIds: [(facts.smallCompany.tickets[0] as { id: string }).id],
      }),
      codes: ['NOT_LINKED'],
      field: /^ticketIds\.0$/,
    },
    {
      name: "the contact's ticket, on a company it is not linked to",
      params: (v, facts) => ({ ...v, recordType: 'companies', ticketIds: [linkedTicket(facts)] }),
      propertiesToSend: (facts) => ({ hs_object_id: facts.smallCompany.id }),
      codes: ['NOT_LINKED'],
      field: /^ticketIds\.0$/,
    },
  ],
});
