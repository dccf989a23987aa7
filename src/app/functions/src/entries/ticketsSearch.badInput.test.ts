import { describeBadInputCorpus } from '../../../../../testkits/badInputSuite';

describeBadInputCorpus('tickets_search', {
  valid: () => ({ recordType: 'contacts', query: 'invoice', limit: 10 }),
  cases: [
    { name: 'a missing query', params: ({ query: _q, ...rest }) => rest, field: /^query$/ },
    { name: 'a null query', params: (v) => ({ ...v, query: null }), field: /^query$/ },
    {
      name: 'a query as an object',
      params: (v) => ({ ...v, query: { $ne: '' } }),
      field: /^query$/,
    },
    { name: 'a numeric query', params: (v) => ({ ...v, query: 42 }), field: /^query$/ },
    {
      name: 'a query as an array',
      params: (v) => ({ ...v, query: ['invoice'] }),
      field: /^query$/,
    },
    {
      name: 'a query of 201 characters',
      params: (v) => ({ ...v, query: 'q'.repeat(201) }),
      field: /^query$/,
    },
    {
      name: 'a huge query',
      params: (v) => ({ ...v, query: 'invoice '.repeat(50_000) }),
      field: /^query$/,
    },
    { name: 'a limit of 0', params: (v) => ({ ...v, limit: 0 }), field: /^limit$/ },
    { name: 'a limit over 25', params: (v) => ({ ...v, limit: 26 }), field: /^limit$/ },
    { name: 'a fractional limit', params: (v) => ({ ...v, limit: 1.5 }), field: /^limit$/ },
    { name: 'a limit as text', params: (v) => ({ ...v, limit: 'ten' }), field: /^limit$/ },
  ],
});
