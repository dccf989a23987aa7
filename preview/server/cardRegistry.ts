/**
 * Finds the project's cards the way HubSpot does: `*-hsmeta.json` files of type "card"
 * directly in `<srcDir>/app/cards`, whose `entrypoint` is relative to srcDir.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface CardDefinition {
  uid: string;
  name: string;
  objectTypes: string[];
  /** Absolute path of the unmodified entry file. */
  entryFile: string;
}

interface CardMeta {
  uid?: unknown;
  type?: unknown;
  config?: { name?: unknown; entrypoint?: unknown; objectTypes?: unknown; location?: unknown };
}

export function findCards(srcDir: string): CardDefinition[] {
  const cardsDir = path.join(srcDir, 'app', 'cards');
  if (!existsSync(cardsDir)) return [];
  const cards: CardDefinition[] = [];
  for (const file of readdirSync(cardsDir)
    .filter((name) => name.endsWith('-hsmeta.json'))
    .sort()) {
    const meta = JSON.parse(readFileSync(path.join(cardsDir, file), 'utf8')) as CardMeta;
    const config = meta.config;
    if (
      meta.type !== 'card' ||
      typeof meta.uid !== 'string' ||
      !config ||
      typeof config.entrypoint !== 'string'
    )
      continue;
    const entryFile = path.join(srcDir, config.entrypoint);
    if (!existsSync(entryFile)) continue;
    cards.push({
      uid: meta.uid,
      name: typeof config.name === 'string' ? config.name : meta.uid,
      objectTypes: Array.isArray(config.objectTypes)
        ? config.objectTypes
            .filter((t): t is string => typeof t === 'string')
            .map((t) => t.toLowerCase())
        : [],
      entryFile,
    });
  }
  return cards;
}

export const PROJECT_SRC_DIR = path.resolve(__dirname, '..', '..', 'src');
export const FIXTURE_SRC_DIR = path.resolve(__dirname, '..', 'fixtures', 'src');

/** The project's cards; the fixture card only while the project has none (early development). */
export function findPreviewCards(srcDir = PROJECT_SRC_DIR): CardDefinition[] {
  const cards = findCards(srcDir);
  return cards.length > 0 ? cards : findCards(FIXTURE_SRC_DIR);
}
