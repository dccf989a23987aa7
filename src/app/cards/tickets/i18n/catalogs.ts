/** Every language's catalog by id; TypeScript insists each one has every English key. */
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
