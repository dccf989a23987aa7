import { describeBadInputCorpus } from '../../../../../testkits/badInputSuite';

const ids = (count: number): string[] => Array.from({ length: count }, (_, i) => String(1000 + i));

describeBadInputCorpus('tickets_link', {
  valid: (facts) => ({ recordType: 'contacts', ticketIds: [facts.unlinkedTicket.id] }),
  cases: [
    {
      name: 'missing ticket ids',
      params: ({ ticketIds: _t, ...rest }) => rest,
      field: /^ticketIds$/,
    },
    { name: 'no ticket ids', params: (v) => ({ ...v, ticketIds: [] }), field: /^ticketIds$/ },
    {
      name: 'more than 20 ticket ids',
      params: (v) => ({ ...v, ticketIds: ids(21) }),
      field: /^ticketIds$/,
    },
    {
      name: 'duplicate ticket ids',
      params: (v, facts) => ({
        ...v,
        ticketIds: [facts.unlinkedTicket.id, facts.unlinkedTicket.id],
      }),
      field: /^ticketIds(\.1)?$/,
    },
    {
      name: 'a non-numeric ticket id',
      params: (v) => ({ ...v, ticketIds: ['abc'] }),
      field: /^ticketIds(\.0)?$/,
    },
    {
      name: 'a numeric (not string) ticket id',
      params: (v) => ({ ...v, ticketIds: [123] }),
      field: /^ticketIds(\.0)?$/,
    },
    {
      name: 'ticket ids as a string',
      params: (v) => ({ ...v, ticketIds: '123' }),
      field: /^ticketIds$/,
    },
    {
      name: 'a huge ticket id',
      params: (v) => ({ ...v, ticketIds: ['9'.repeat(10_000)] }),
      field: /^ticketIds(\.0)?$/,
    },
    {
      name: 'a label with a non-numeric type id',
      params: (v) => ({ ...v, label: { typeId: 'x', category: 'USER_DEFINED' } }),
      field: /^label(\.typeId)?$/,
    },
    {
      name: 'a label of an unknown category',
      params: (v) => ({ ...v, label: { typeId: 16, category: 'SOMETHING' } }),
      field: /^label(\.category)?$/,
    },
    {
      name: 'a label not available between tickets and contacts',
      params: (v) => ({ ...v, label: { typeId: 987654, category: 'USER_DEFINED' } }),
      field: /^label(\.typeId)?$/,
    },
    {
      name: 'a label as a string',
      params: (v) => ({ ...v, label: 'Billing contact' }),
      field: /^label$/,
    },
  ],
});
