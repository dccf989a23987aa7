import { formatCount, plural } from './plural';

describe('plural', () => {
  const tickets = { one: '# ticket', other: '# tickets' };

  it('picks the English form by Intl.PluralRules', () => {
    expect(plural('en', 1, tickets)).toBe('1 ticket');
    expect(plural('en', 2, tickets)).toBe('2 tickets');
    expect(plural('en', 0, tickets)).toBe('0 tickets');
  });

  it('follows each language: French says "0 ticket", singular like 1', () => {
    expect(plural('fr', 0, { one: '# ticket', other: '# tickets' })).toBe('0 ticket');
    expect(plural('de', 0, { one: '# Ticket', other: '# Tickets' })).toBe('0 Tickets');
  });

  it('uses the only form Japanese has, whatever the count', () => {
    const forms = { one: 'never used', other: '#件のチケット' };
    expect(plural('ja', 1, forms)).toBe('1件のチケット');
    expect(plural('ja', 2, forms)).toBe('2件のチケット');
  });

  it('falls back to "other" for a category a catalog does not spell out', () => {
    // Italian has "many" for millions; a catalog may leave it to "other".
    expect(new Intl.PluralRules('it').select(1_000_000)).toBe('many');
    expect(plural('it', 1_000_000, { one: '# ticket chiuso', other: '# ticket chiusi' })).toBe(
      '1.000.000 ticket chiusi',
    );
  });

  it("writes the count the language's way", () => {
    expect(plural('de', 1234, tickets)).toBe('1.234 tickets');
    expect(formatCount('en-US', 1234)).toBe('1,234');
    expect(formatCount('fr', 1234)).toBe('1\u202f234');
  });
});
