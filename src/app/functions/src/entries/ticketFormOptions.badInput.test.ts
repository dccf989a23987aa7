import { describeBadInputCorpus } from '../../../../../testkits/badInputSuite';

describeBadInputCorpus('ticket_form_options', {
  valid: () => ({ recordType: 'contacts' }),
  cases: [
    {
      name: 'record type "tickets"',
      params: () => ({ recordType: 'tickets' }),
      field: /^recordType$/,
    },
    {
      name: 'record type in capitals',
      params: () => ({ recordType: 'CONTACTS' }),
      field: /^recordType$/,
    },
    {
      name: 'record type as an object type id',
      params: () => ({ recordType: '0-1' }),
      field: /^recordType$/,
    },
    { name: 'a numeric record type', params: () => ({ recordType: 1 }), field: /^recordType$/ },
    {
      name: 'a huge record type',
      params: () => ({ recordType: 'contacts'.repeat(20_000) }),
      field: /^recordType$/,
    },
    {
      name: 'a portal id as text',
      params: (v) => ({ ...v, portalId: 'abc' }),
      field: /^portalId$/,
    },
    { name: 'a negative portal id', params: (v) => ({ ...v, portalId: -1 }), field: /^portalId$/ },
    {
      name: 'a fractional portal id',
      params: (v) => ({ ...v, portalId: 1.5 }),
      field: /^portalId$/,
    },
    {
      name: 'an unknown parameter',
      params: (v) => ({ ...v, objectTypeId: '0-5' }),
      field: /^objectTypeId$/,
    },
    {
      name: 'a current user id as text',
      params: (v) => ({ ...v, currentUser: { userId: '9000001' } }),
      field: /^currentUser\.userId$/,
    },
    {
      name: 'a current user email that is not one',
      params: (v) => ({ ...v, currentUser: { email: 'not an email' } }),
      field: /^currentUser\.email$/,
    },
    {
      name: 'a current user with an unknown key',
      params: (v) => ({ ...v, currentUser: { userId: 1, isSuperAdmin: true } }),
      field: /^currentUser\.isSuperAdmin$/,
    },
    {
      name: 'a current user that is a string',
      params: (v) => ({ ...v, currentUser: 'me@example.com' }),
      field: /^currentUser$/,
    },
    { name: 'parameters that are null', params: () => null, field: /.*/ },
    { name: 'parameters that are a string', params: () => 'contacts', field: /.*/ },
  ],
});
