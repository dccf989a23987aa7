import { closedPhrase, createdPhrase, fullDate, relativeTime, updatedPhrase } from './dates';

const now = new Date('2026-03-10T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
const daysAgo = (days: number) => minutesAgo(days * 24 * 60);

describe('relativeTime', () => {
  it('says how long ago in one whole unit, rounded down', () => {
    expect(relativeTime(daysAgo(3), 'en-US', now)).toBe('3 days ago');
    expect(relativeTime(minutesAgo(150), 'en-US', now)).toBe('2 hours ago');
    expect(relativeTime(minutesAgo(9), 'en-US', now)).toBe('9 minutes ago');
    expect(relativeTime(daysAgo(1), 'en-US', now)).toBe('yesterday');
  });

  it('moves to the next unit at its boundary, never "7 days" or "4 weeks" next to "last month"', () => {
    expect(relativeTime(daysAgo(6), 'en-US', now)).toBe('6 days ago');
    expect(relativeTime(daysAgo(7), 'en-US', now)).toBe('1 week ago');
    expect(relativeTime(daysAgo(29), 'en-US', now)).toBe('4 weeks ago');
    expect(relativeTime(daysAgo(30), 'en-US', now)).toBe('1 month ago');
    expect(relativeTime(daysAgo(364), 'en-US', now)).toBe('11 months ago');
    expect(relativeTime(daysAgo(365), 'en-US', now)).toBe('1 year ago');
    expect(relativeTime(daysAgo(800), 'en-US', now)).toBe('2 years ago');
  });

  it('says "just now" within the minute, and for a date a skewed clock puts ahead', () => {
    expect(relativeTime(minutesAgo(0.5), 'en-US', now)).toBe('just now');
    expect(relativeTime(minutesAgo(-3), 'en-US', now)).toBe('just now');
    expect(relativeTime(minutesAgo(0.5), 'de-de', now)).toBe('gerade eben');
  });

  it("counts days by the portal's calendar", () => {
    // 24.5 hours: from 23:30 to 00:00 two days later in Berlin, 18:30 to 19:00 next day in New York.
    const created = '2026-03-09T22:30:00Z';
    const later = new Date('2026-03-10T23:00:00Z');
    expect(relativeTime(created, 'en-US', later, 'Europe/Berlin')).toBe('2 days ago');
    expect(relativeTime(created, 'en-US', later, 'America/New_York')).toBe('yesterday');
  });

  it("speaks the user's language", () => {
    expect(relativeTime(daysAgo(3), 'de-DE', now)).toBe('vor 3 Tagen');
    expect(relativeTime(daysAgo(3), 'ja-jp', now)).toBe('3 日前');
  });

  it('speaks English, not the unsupported language, when the words fall back to English', () => {
    expect(relativeTime(daysAgo(3), 'sv-SE', now)).toBe('3 days ago');
  });
});

describe('date phrases', () => {
  it.each([
    ['en-us', 'Created 9 minutes ago', 'Updated yesterday', 'Closed 3 days ago'],
    ['de-de', 'Erstellt vor 9 Minuten', 'Aktualisiert gestern', 'Geschlossen vor 3 Tagen'],
    ['fr-fr', 'Créé il y a 9 minutes', 'Mis à jour hier', 'Fermé il y a 3 jours'],
    ['es-es', 'Creado hace 9 minutos', 'Actualizado ayer', 'Cerrado hace 3 días'],
    ['pt-br', 'Criado há 9 minutos', 'Atualizado ontem', 'Fechado há 3 dias'],
    ['it-it', 'Creato 9 minuti fa', 'Aggiornato ieri', 'Chiuso 3 giorni fa'],
    ['nl-nl', 'Aangemaakt 9 minuten geleden', 'Bijgewerkt gisteren', 'Gesloten 3 dagen geleden'],
    ['ja-jp', '9 分前に作成', '昨日更新', '3 日前にクローズ'],
  ])('%s: one whole sentence per date', (locale, created, updated, closed) => {
    expect(createdPhrase(minutesAgo(9), locale, 'UTC', now)).toBe(created);
    expect(updatedPhrase(daysAgo(1), locale, 'UTC', now)).toBe(updated);
    expect(closedPhrase(daysAgo(3), locale, 'UTC', now)).toBe(closed);
  });

  it('never wraps one language in another', () => {
    expect(createdPhrase(minutesAgo(9), 'sv-se', 'UTC', now)).toBe('Created 9 minutes ago');
    expect(createdPhrase(minutesAgo(0), 'ja-jp', 'UTC', now)).toBe('たった今作成');
    expect(createdPhrase(minutesAgo(0), 'fr', 'UTC', now)).toBe('Créé à l’instant');
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

  it("writes it the user's way", () => {
    expect(fullDate('2026-03-10T03:30:00Z', 'de-de', 'Europe/Berlin')).toBe('10.03.2026, 04:30');
    expect(fullDate('2026-03-10T03:30:00Z', 'sv-se', 'Europe/Berlin')).toBe(
      'Mar 10, 2026, 4:30 AM',
    );
  });
});
