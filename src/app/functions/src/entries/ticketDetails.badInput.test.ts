import { describeBadInputCorpus } from '../../../../../testkits/badInputSuite';
import type { CrmFacts } from '../../../../../testkits/crmFacts';

const linkedTicket = (facts: CrmFacts): string =>
  (facts.smallContact.tickets[0] as { id: string }).id;

describeBadInputCorpus('ticket_details', {
  valid: (facts) => ({ recordType: 'contacts', ticketId: linkedTicket(facts) }),
  cases: [
    {
      name: 'a missing ticket id',
      params: ({ ticketId: _t, ...rest }) => rest,
      field: /^ticketId$/,
    },
    { name: 'an empty ticket id', params: (v) => ({ ...v, ticketId: '' }), field: /^ticketId$/ },
    { name: 'a numeric ticket id', params: (v) => ({ ...v, ticketId: 12 }), field: /^ticketId$/ },
    {
      name: 'a non-numeric ticket id',
      params: (v) => ({ ...v, ticketId: '12abc' }),
      field: /^ticketId$/,
    },
    {
      name: 'a ticket id with a path',
      params: (v) => ({ ...v, ticketId: '12/../13' }),
      field: /^ticketId$/,
    },
    {
      name: 'a huge ticket id',
      params: (v) => ({ ...v, ticketId: '7'.repeat(10_000) }),
      field: /^ticketId$/,
    },
    {
      name: 'a list of ticket ids',
      params: (v, facts) => ({ ...v, ticketId: [linkedTicket(facts)] }),
      field: /^ticketId$/,
    },
    {
      name: 'an unknown parameter',
      params: (v) => ({ ...v, properties: ['hs_secret'] }),
      field: /^properties$/,
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
      codes: ['NOT_LINKED'],
      field: /^ticketId$/,
    },
  ],
});
