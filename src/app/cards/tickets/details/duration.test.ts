import { duration } from './duration';

describe('duration', () => {
  it('says a measured time in one unit, localised', () => {
    expect(duration(45 * 60_000, 'en')).toBe('45 minutes');
    expect(duration(20_000, 'en')).toBe('1 minute');
    expect(duration(3.5 * 3_600_000, 'en')).toBe('3.5 hours');
    expect(duration(3 * 86_400_000, 'en')).toBe('3 days');
    expect(duration(3 * 86_400_000, 'de')).toBe('3 Tage');
  });
});
