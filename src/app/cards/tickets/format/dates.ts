/**
 * Dates as a support rep reads them: one whole phrase per date in the user's language
 * ("Erstellt vor 3 Tagen", "3 日前に作成"), each in one unit, and the full date in the
 * portal's time zone (the one the team works in, not the browser's).
 *
 * Each phrase is the catalog's sentence around one Intl.RelativeTimeFormat value, both in
 * the same resolved language, so English never wraps a German fragment.
 */
import type { Catalog } from '../strings';
import { catalogs } from '../i18n/catalogs';
import { resolveLocale } from '../i18n/locales';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Elapsed = { value: number; unit: Intl.RelativeTimeFormatUnit } | 'justNow';

/**
 * The one unit a date is told in: minutes within the hour, hours within the day, then
 * calendar days in the portal's zone (so "yesterday" means the portal's yesterday), weeks
 * within the month, months within the year, then years. Whole units, rounded down: a
 * ticket 47 hours old was created "yesterday" or "2 days ago" by the calendar, never
 * "1.96 days ago". A date in the future (clock skew) reads as just now.
 */
function elapsedSince(iso: string, now: Date, timeZone: string | undefined): Elapsed {
  const then = Date.parse(iso);
  const elapsed = Math.max(0, now.getTime() - then);
  if (elapsed < MINUTE) return 'justNow';
  if (elapsed < HOUR) return { value: Math.floor(elapsed / MINUTE), unit: 'minute' };
  if (elapsed < DAY) return { value: Math.floor(elapsed / HOUR), unit: 'hour' };
  const days = Math.max(1, dayNumber(now.getTime(), timeZone) - dayNumber(then, timeZone));
  if (days < 7) return { value: days, unit: 'day' };
  if (days < 30) return { value: Math.floor(days / 7), unit: 'week' };
  if (days < 365) return { value: Math.max(1, Math.floor(days / 30.44)), unit: 'month' };
  return { value: Math.max(1, Math.floor(days / 365.25)), unit: 'year' };
}

/** Days since the epoch of the calendar date `ms` falls on in `timeZone`. */
function dayNumber(ms: number, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / DAY;
}

function formatElapsed(elapsed: Exclude<Elapsed, 'justNow'>, intlLocale: string): string {
  // "yesterday" reads better than "1 day ago"; but "last month" would name a calendar
  // month, which 35 days ago may not be, so larger units stay numeric.
  const numeric = elapsed.unit === 'day' ? 'auto' : 'always';
  return new Intl.RelativeTimeFormat(intlLocale, { numeric }).format(-elapsed.value, elapsed.unit);
}

/** "3 days ago" / "vor 3 Tagen" alone, for places that need no sentence around it. */
export function relativeTime(
  iso: string,
  locale: string,
  now: Date = new Date(),
  timeZone?: string,
): string {
  const { catalog, intl } = resolveLocale(locale);
  const elapsed = elapsedSince(iso, now, timeZone);
  return elapsed === 'justNow' ? catalogs[catalog].justNow : formatElapsed(elapsed, intl);
}

type Phrase = (words: Catalog, relative: string) => string;

function phrase(template: Phrase) {
  return (iso: string, locale: string, timeZone?: string, now: Date = new Date()): string => {
    const { catalog } = resolveLocale(locale);
    return template(catalogs[catalog], relativeTime(iso, locale, now, timeZone));
  };
}

/** "Created 3 days ago", "Erstellt vor 3 Tagen", "3 日前に作成". */
export const createdPhrase = phrase((words, relative) => words.createdAgo(relative));
/** "Updated 2 hours ago", "Mis à jour il y a 2 heures". */
export const updatedPhrase = phrase((words, relative) => words.updatedAgo(relative));
/** "Closed yesterday", "Geschlossen gestern"... in the user's language. */
export const closedPhrase = phrase((words, relative) => words.closedAgo(relative));

/** The full date and time in the portal's time zone, written the user's way. */
export function fullDate(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(resolveLocale(locale).intl, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}
