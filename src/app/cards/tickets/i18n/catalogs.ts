/**
 * Every language's catalog by id; TypeScript insists each one has every English key.
 *
 * To add a string: add it in English to `english` in ../strings.ts, then the same key to
 * de.ts, es.ts, fr.ts, it.ts, ja.ts, nl.ts and ptBR.ts here (tsc names each catalog that
 * lacks it; completeness.test.ts lists `language: key` for every gap). Sentences with
 * values are functions; counts use the catalog's `plural(count, { one, other })`.
 */
import { english, type Catalog } from '../strings';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import type { CatalogId } from './locales';
import { nl } from './nl';
import { ptBR } from './ptBR';

export const catalogs: Record<CatalogId, Catalog> = {
  en: english,
  de,
  es,
  fr,
  it,
  ja,
  nl,
  'pt-BR': ptBR,
};
