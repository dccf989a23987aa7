import { fullDate, relativeTime } from './dates';

const now = new Date('2026-03-10T12:00:00Z');

describe('relativeTime', () => {
  it('says how long ago in the largest whole unit', () => {
    expect(relativeTime('2026-03-07T12:00:00Z', 'en-US', now)).toBe('3 days ago');
    expect(relativeTime('2026-03-10T10:00:00Z', 'en-US', now)).toBe('2 hours ago');
    expect(relativeTime('2026-03-09T12:00:00Z', 'en-US', now)).toBe('yesterday');
  });

  it("speaks the user's language", () => {
    expect(relativeTime('2026-03-07T12:00:00Z', 'de-DE', now)).toBe('vor 3 Tagen');
  });
});

describe('fullDate', () => {
  it("shows the instant in the portal's time zone", () => {
    expect(fullDate('2026-03-10T03:30:00Z', 'en-US', 'America/New_York')).toBe(
      'Mar 9, 2026, 11:30 PM',
    );
    expect(fullDate('2026-03-10T03:30:00Z', 'en-US', 'Europe/Berlin')).toBe(
      'Mar 10, 2026, 4:30 AM',
    );
  });
});
