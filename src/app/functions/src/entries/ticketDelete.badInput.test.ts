import { describeBadInputCorpus } from '../../../../../testkits/badInputSuite';
import type { CrmFacts } from '../../../../../testkits/crmFacts';

const linkedTicket = (facts: CrmFacts): string =>
  (facts.smallContact.tickets[0] as { id: string }).id;

describeBadInputCorpus('ticket_delete', {
  valid: (facts) => ({ recordType: 'contacts', ticketId: linkedTicket(facts) }),
  cases: [
    {
      name: 'a missing ticket id',
      params: ({ ticketId: _t, ...rest }) => rest,
      field: /^ticketId$/,
    },
    { name: 'an empty ticket id', params: (v) => ({ ...v, ticketId: '' }), field: /^ticketId$/ },
    {
      name: 'a numeric (not string) ticket id',
      params: (v) => ({ ...v, ticketId: 12 }),
      field: /^ticketId$/,
    },
    {
      name: 'a non-numeric ticket id',
      params: (v) => ({ ...v, ticketId: '12abc' }),
      field: /^ticketId$/,
    },
    {
      name: 'a negative ticket id',
      params: (v) => ({ ...v, ticketId: '-5' }),
      field: /^ticketId$/,
    },
    {
      name: 'a huge ticket id',
      params: (v) => ({ ...v, ticketId: '7'.repeat(100_000) }),
      field: /^ticketId$/,
    },
    {
      name: 'a ticket id as an object',
      params: (v) => ({ ...v, ticketId: { id: '1' } }),
      field: /^ticketId$/,
    },
    {
      name: 'a ticket not linked to the record',
      params: (v, facts) => ({ ...v, ticketId: facts.unlinkedTicket.id }),
      codes: ['NOT_LINKED'],
      field: /^ticketId$/,
    },
    {
      name: 'a ticket that does not exist',
      params: (v) => ({ ...v, ticketId: '987654321' }),
      codes: ['NOT_FOUND', 'NOT_LINKED'],
      field: /^ticketId$/,
    },
    {
      name: 'a ticket already in the recycle bin',
      params: (v, facts) => ({ ...v, ticketId: facts.archivedTicketId ?? '987654322' }),
      codes: ['NOT_FOUND', 'NOT_LINKED'],
      field: /^ticketId$/,
    },
    {
      name: "a ticket of the record's company, on the contact",
      params: (v, facts) => ({
        ...v,
        ticketId: (facts.smallCompany.tickets[0] as { id: string }).id,
      }),
      codes: ['NOT_LINKED'],
      field: /^ticketId$/,
    },
  ],
});
