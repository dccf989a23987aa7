import { describeBadInputCorpus } from '../../../../../testkits/badInputSuite';
import { dataOf } from '../../../../../testkits/functionTestKit';
import type { FunctionHarness } from '../../../../../testkits/testHarness';
import type { CrmFacts } from '../../../../../testkits/crmFacts';

/** A real cursor: page 1 of the small contact's tickets, one per page, filter all, newest. */
async function realCursor(harness: FunctionHarness, facts: CrmFacts): Promise<string> {
  const contact = { type: 'contacts', id: facts.smallContact.id } as const;
  const page = dataOf(
    await harness.call('tickets_list', contact, { filter: 'all', sort: 'newest', pageSize: 1 }),
  );
  if (!page.nextCursor) throw new Error('expected a second page');
  return page.nextCursor;
}

describeBadInputCorpus('tickets_list', {
  valid: () => ({ recordType: 'contacts', filter: 'all', sort: 'newest', pageSize: 10 }),
  cases: [
    { name: 'an unknown filter', params: (v) => ({ ...v, filter: 'pending' }), field: /^filter$/ },
    { name: 'a filter of the wrong type', params: (v) => ({ ...v, filter: 1 }), field: /^filter$/ },
    { name: 'an unknown sort', params: (v) => ({ ...v, sort: 'random' }), field: /^sort$/ },
    { name: 'a page size over 50', params: (v) => ({ ...v, pageSize: 51 }), field: /^pageSize$/ },
    { name: 'a page size of 0', params: (v) => ({ ...v, pageSize: 0 }), field: /^pageSize$/ },
    {
      name: 'a fractional page size',
      params: (v) => ({ ...v, pageSize: 2.5 }),
      field: /^pageSize$/,
    },
    {
      name: 'a page size as a string',
      params: (v) => ({ ...v, pageSize: '10' }),
      field: /^pageSize$/,
    },
    {
      name: 'a garbage cursor',
      params: (v) => ({ ...v, cursor: 'not-a-cursor!' }),
      field: /^cursor$/,
    },
    {
      name: 'a huge cursor',
      params: (v) => ({ ...v, cursor: 'A'.repeat(100_000) }),
      field: /^cursor$/,
    },
    {
      name: 'a cursor of the wrong type',
      params: (v) => ({ ...v, cursor: 12 }),
      field: /^cursor$/,
    },
    {
      name: 'the contacts roll-up option as a string',
      params: (v) => ({ ...v, includeContactTickets: 'yes' }),
      field: /^includeContactTickets$/,
    },
    {
      name: 'the contacts roll-up asked on a contact (companies only)',
      params: (v) => ({ ...v, includeContactTickets: true }),
      field: /^includeContactTickets$/,
    },
    { name: 'parameters that are an array', params: () => [], field: /.*/ },
    {
      name: 'more than 20 recent ticket ids',
      params: (v) => ({
        ...v,
        recentTicketIds: Array.from({ length: 21 }, (_, index) => String(1_000 + index)),
      }),
      field: /^recentTicketIds$/,
    },
    {
      name: 'a recent ticket id that is not digits',
      params: (v) => ({ ...v, recentTicketIds: ['12', '1 OR 1=1'] }),
      field: /^recentTicketIds\.1$/,
    },
    {
      name: 'a recent ticket id of the wrong type',
      params: (v) => ({ ...v, recentTicketIds: [12] }),
      field: /^recentTicketIds\.0$/,
    },
    {
      name: '__proto__ as a recent ticket id',
      params: (v) => ({ ...v, recentTicketIds: ['__proto__'] }),
      field: /^recentTicketIds\.0$/,
    },
    {
      name: 'recent ticket ids as an object with a __proto__ key',
      params: (v) => ({ ...v, recentTicketIds: JSON.parse('{"__proto__": ["1"]}') as unknown }),
      field: /^recentTicketIds(\.__proto__)?$/,
    },
    {
      name: 'a recent ticket id listed twice',
      params: (v) => ({ ...v, recentTicketIds: ['12', '12'] }),
      field: /^recentTicketIds\.1$/,
    },
    {
      name: 'a cursor made for another filter',
      prepare: realCursor,
      params: (v, _facts, cursor) => ({ ...v, filter: 'closed', pageSize: 1, cursor }),
      field: /^cursor$/,
    },
    {
      name: 'a cursor made for another sort',
      prepare: realCursor,
      params: (v, _facts, cursor) => ({ ...v, sort: 'oldest', pageSize: 1, cursor }),
      field: /^cursor$/,
    },
    {
      name: 'a base64url cursor that this list never made',
      params: (v) => ({
        ...v,
        cursor: Buffer.from(JSON.stringify({ offset: 20, admin: true })).toString('base64url'),
      }),
      field: /^cursor$/,
    },
    { name: 'a blank text filter', params: (v) => ({ ...v, query: '   ' }), field: /^query$/ },
    {
      name: 'a text filter of 201 characters',
      params: (v) => ({ ...v, query: 'q'.repeat(201) }),
      field: /^query$/,
    },
    { name: 'a text filter as a number', params: (v) => ({ ...v, query: 7 }), field: /^query$/ },
    { name: 'no priorities', params: (v) => ({ ...v, priorities: [] }), field: /^priorities$/ },
    {
      name: 'a priority listed twice',
      params: (v) => ({ ...v, priorities: ['HIGH', 'HIGH'] }),
      field: /^priorities\.1$/,
    },
    {
      name: 'eleven priorities',
      params: (v) => ({ ...v, priorities: Array.from({ length: 11 }, (_, i) => `P${i}`) }),
      field: /^priorities$/,
    },
    {
      name: 'an owner other than "me"',
      params: (v) => ({ ...v, owner: '71234501' }),
      field: /^owner$/,
    },
    {
      name: '"me" without the card user',
      params: (v) => ({ ...v, owner: 'me' }),
      field: /^currentUser$/,
    },
    {
      name: 'a card user id as text',
      params: (v) => ({ ...v, owner: 'me', currentUser: { userId: 'me' } }),
      field: /^currentUser\.userId$/,
    },
    {
      name: 'a card user with an unknown key',
      params: (v) => ({ ...v, currentUser: { email: 'a@b.example', ownerId: '1' } }),
      field: /^currentUser\.ownerId$/,
    },
  ],
});
