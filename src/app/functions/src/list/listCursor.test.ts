import { FunctionFailure } from '../run/functionFailure';
import { decodeCursor, encodeCursor, startCursor, type ListView } from './listCursor';

const view: ListView = { filter: 'open', sort: 'priority', rollUp: false };

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof FunctionFailure ? error.error : error;
  }
  throw new Error('expected a refusal');
}

describe('the tickets_list cursor', () => {
  it('round-trips the position it was made for', () => {
    const cursor = { ...startCursor(view), g: 1, so: 40, mo: 2 };
    expect(decodeCursor(encodeCursor(cursor), view)).toEqual(cursor);
  });

  it('starts at the beginning when there is none', () => {
    expect(decodeCursor(null, view)).toEqual(startCursor(view));
  });

  it.each([
    ['another filter', { ...view, filter: 'closed' as const }],
    ['another sort', { ...view, sort: 'newest' as const }],
    ['the roll-up view', { ...view, rollUp: true }],
  ])('is refused for %s, naming the cursor field', (_name, other) => {
    expect(refusal(() => decodeCursor(encodeCursor(startCursor(view)), other))).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: [{ field: 'cursor' }],
    });
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['valid base64 of no JSON', Buffer.from('hello').toString('base64url')],
    ['an unknown version', Buffer.from(JSON.stringify({ v: 2 })).toString('base64url')],
    ['an offset past the search window', encodeCursor({ ...startCursor(view), so: 10_001 })],
  ])('refuses %s', (_name, text) => {
    expect(refusal(() => decodeCursor(text, view))).toMatchObject({ code: 'VALIDATION' });
  });
});
