import { parseSearchRequest } from './searchRequest';
import { HubSpotError } from '../http/hubspotError';

function rejection(body: unknown): HubSpotError {
  try {
    parseSearchRequest(body);
  } catch (error) {
    if (error instanceof HubSpotError) return error;
    throw error;
  }
  throw new Error('expected a 400');
}

describe('parsing a search body', () => {
  it('defaults to limit 10 from offset 0 with no filters', () => {
    expect(parseSearchRequest({})).toEqual({
      filterGroups: [],
      sorts: [],
      properties: [],
      limit: 10,
      after: 0,
    });
  });

  it.each([
    ['a limit over 200', { limit: 201 }],
    ['a negative limit', { limit: -1 }],
    ['paging past 10,000 results', { after: '9950', limit: 100 }],
    ['a non-numeric cursor', { after: 'abc' }],
    [
      'an unknown operator',
      { filterGroups: [{ filters: [{ propertyName: 'subject', operator: 'LIKE', value: 'x' }] }] },
    ],
    [
      'EQ without a value',
      { filterGroups: [{ filters: [{ propertyName: 'subject', operator: 'EQ' }] }] },
    ],
    [
      'IN without values',
      { filterGroups: [{ filters: [{ propertyName: 'subject', operator: 'IN' }] }] },
    ],
    ['six filter groups', { filterGroups: Array.from({ length: 6 }, () => ({ filters: [] })) }],
    ['a bad sort direction', { sorts: [{ propertyName: 'subject', direction: 'UP' }] }],
    ['a query over 3,000 characters', { query: 'x'.repeat(3001) }],
    ['properties that are not strings', { properties: [1] }],
    ['a body that is an array', []],
  ])('answers 400 VALIDATION_ERROR for %s', (_name, body) => {
    const error = rejection(body);
    expect(error.statusCode).toBe(400);
    expect(error.category).toBe('VALIDATION_ERROR');
  });

  it('takes the last page that stays within 10,000 results', () => {
    expect(parseSearchRequest({ after: '9900', limit: 100 }).after).toBe(9900);
  });

  it('reads sorts written as bare names or -name', () => {
    expect(parseSearchRequest({ sorts: ['createdate', '-subject'] }).sorts).toEqual([
      { propertyName: 'createdate', direction: 'ASCENDING' },
      { propertyName: 'subject', direction: 'DESCENDING' },
    ]);
  });
});
