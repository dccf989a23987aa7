/**
 * Which catalog and which Intl locale a user gets, from HubSpot's `context.user.locale`
 * ('de-de', 'pt-br', 'ja-jp', 'en-us', sometimes just 'fr'). Case and '-'/'_' are taken
 * liberally; the lookup falls back from language-region to language to English.
 *
 * To add a language: add its id here, its catalog file next to this one, and register it
 * in catalogs.ts (TypeScript then insists on every key).
 */

/** The languages with a catalog: those HubSpot's own UI is most used in. */
export const CATALOG_IDS = ['en', 'de', 'es', 'fr', 'it', 'ja', 'nl', 'pt-BR'] as const;
export type CatalogId = (typeof CATALOG_IDS)[number];

/**
 * HubSpot's UI offers Portuguese only as Brazilian Portuguese, so a 'pt' or 'pt-PT' user
 * reads pt-BR text rather than English (dates and numbers still follow their own tag).
 */
const LANGUAGE_ALIASES: Record<string, CatalogId> = { pt: 'pt-BR' };

export interface ResolvedLocale {
  catalog: CatalogId;
  /**
   * The tag Intl formats dates and numbers with: the user's own when their language has a
   * catalog ('de-AT' keeps Austrian dates), else 'en-US', so dates never speak another
   * language than the words around them.
   */
  intl: string;
}

const FALLBACK: ResolvedLocale = { catalog: 'en', intl: 'en-US' };

export function resolveLocale(requested: string | null | undefined): ResolvedLocale {
  const tag = canonicalTag(requested);
  if (!tag) return FALLBACK;
  const { language, region } = new Intl.Locale(tag);
  const byId = new Map<string, CatalogId>(CATALOG_IDS.map((id) => [id.toLowerCase(), id]));
  const catalog =
    (region && byId.get(`${language}-${region}`.toLowerCase())) ??
    byId.get(language) ??
    LANGUAGE_ALIASES[language];
  return catalog ? { catalog, intl: tag } : FALLBACK;
}

/** 'de_de' -> 'de-DE'; undefined for anything that is not a BCP 47 tag. */
function canonicalTag(requested: string | null | undefined): string | undefined {
  const cleaned = requested?.trim().replaceAll('_', '-');
  if (!cleaned) return undefined;
  try {
    return Intl.getCanonicalLocales(cleaned)[0];
  } catch {
    return undefined;
  }
}
