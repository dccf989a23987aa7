/**
 * Switches `strings` (and `errorTitles`) to the user's language. The card calls it once
 * as it starts, from `context.user.locale`; a card instance lives in its own worker, so
 * there is exactly one user and one language per module. Tests switch and reset it.
 */
import { english, errorTitles, strings, type Catalog } from '../strings';
import { catalogs } from './catalogs';
import { resolveLocale } from './locales';

let activeIntlLocale = 'en-US';

/** Returns the Intl locale to format dates and numbers with (matching the words). */
export function activateLocale(requested: string | null | undefined): string {
  const { catalog, intl } = resolveLocale(requested);
  const chosen = catalogs[catalog];
  // English first, so a key a catalog lacks at run time reads English, never stale text
  // of the language active before.
  Object.assign(strings as Catalog, english, chosen);
  Object.assign(errorTitles as Catalog['errorTitles'], english.errorTitles, chosen.errorTitles);
  activeIntlLocale = intl;
  return intl;
}

/** The Intl locale of the active catalog ('en-US' until a card activates another). */
export function activeLocale(): string {
  return activeIntlLocale;
}

/** For tests: back to English. */
export function resetLocale(): void {
  activateLocale('en-US');
}
