/**
 * Every English string has a translation in every language, and none is English left in
 * place. A failure names each key a language lacks, e.g. `de: bulkOwnerTitle`.
 */
import { english } from '../strings';
import { catalogs } from './catalogs';
import { CATALOG_IDS, type CatalogId } from './locales';

type Leaf = string | ((...args: never[]) => string);

/** Every string or sentence function, by its dotted path ('emptyBody.open'). */
function leaves(tree: object, prefix = ''): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key;
    if (typeof value === 'string' || typeof value === 'function') found.set(path, value as Leaf);
    else if (value && typeof value === 'object') {
      for (const [inner, leaf] of leaves(value as object, `${path}.`)) found.set(inner, leaf);
    }
  }
  return found;
}

const englishLeaves = leaves(english);
const translations = CATALOG_IDS.filter((id) => id !== 'en');

/**
 * Words a language really writes as English does, so they are not "untranslated".
 * Keep this short: each entry is a judgement that the English form is the right one.
 */
const SAME_AS_ENGLISH: Partial<Record<CatalogId, string[]>> = {
  de: ['pipelineLabel', 'itemFailure', 'ticketNumber'],
  es: ['pipelineLabel', 'itemFailure', 'ticketNumber', 'totalTickets', 'answerNo'],
  fr: [
    'actionsButton',
    'descriptionLabel',
    'pipelineLabel',
    'pageNumber',
    'viaContact',
    'recordNoun.contacts',
    'ticketNumber',
    'totalTickets',
    'linkedContacts',
  ],
  it: ['pipelineLabel', 'itemFailure', 'ticketNumber', 'answerNo'],
  ja: ['ticketNumber'],
  nl: ['filterOpen', 'pipelineLabel', 'viaContact', 'itemFailure', 'ticketNumber', 'totalTickets'],
  'pt-BR': ['pipelineLabel', 'itemFailure', 'ticketNumber', 'totalTickets'],
};

type Sentence = (...args: unknown[]) => string;

/**
 * Says an English sentence and its translation with the same sample values: numbers
 * first (counts, pages); where either needs text (a relative phrase it inspects), text.
 */
function sayBoth(source: Leaf, target: Leaf) {
  for (const args of [
    [17, 23, 29],
    ['«A17»', '«B23»', '«C29»'],
  ]) {
    try {
      return {
        english: (source as Sentence)(...args),
        translated: (target as Sentence)(...args),
        args,
      };
    } catch {
      // the next set of samples
    }
  }
  throw new Error(`no sample values suit ${String(source)}`);
}

/** Paths whose text in this language is the English text, word for word. */
function sameAsEnglish(id: CatalogId): string[] {
  const own = leaves(catalogs[id]);
  return [...englishLeaves]
    .filter(([path, source]) => {
      const target = own.get(path);
      if (target === undefined) return false;
      if (typeof source === 'string' || typeof target === 'string') return target === source;
      const { english: englishText, translated } = sayBoth(source, target);
      return translated === englishText;
    })
    .map(([path]) => path);
}

describe('translations', () => {
  it('every language has every English string', () => {
    const missing = translations.flatMap((id) => {
      const own = leaves(catalogs[id]);
      return [...englishLeaves.keys()]
        .filter((path) => !own.has(path))
        .map((path) => `${id}: ${path}`);
    });
    expect(missing).toEqual([]);
  });

  it('no language keeps a string English no longer has', () => {
    const stale = translations.flatMap((id) =>
      [...leaves(catalogs[id]).keys()]
        .filter((path) => !englishLeaves.has(path))
        .map((path) => `${id}: ${path}`),
    );
    expect(stale).toEqual([]);
  });

  it('a sentence takes the same values as the English one and shows each one English shows', () => {
    const wrong = translations.flatMap((id) => {
      const own = leaves(catalogs[id]);
      return [...englishLeaves].flatMap(([path, source]) => {
        const target = own.get(path);
        if (typeof source !== 'function' || target === undefined) return [];
        if (typeof target !== 'function') return [`${id}: ${path} is not a sentence function`];
        const { english: englishText, translated, args } = sayBoth(source, target);
        const dropped = args.filter(
          (arg) => englishText.includes(String(arg)) && !translated.includes(String(arg)),
        );
        return dropped.length ? [`${id}: ${path} drops ${dropped.join(', ')}`] : [];
      });
    });
    expect(wrong).toEqual([]);
  });

  it('no string is English left untranslated', () => {
    const untranslated = translations.flatMap((id) => {
      const allowed = new Set(SAME_AS_ENGLISH[id] ?? []);
      return sameAsEnglish(id)
        .filter((path) => !allowed.has(path))
        .map((path) => `${id}: ${path}`);
    });
    expect(untranslated).toEqual([]);
  });

  it('lets through as English only what really reads as English', () => {
    // A key translated since it was allowed must leave the list, or it would hide a regression.
    const stale = translations.flatMap((id) => {
      const same = new Set(sameAsEnglish(id));
      return (SAME_AS_ENGLISH[id] ?? [])
        .filter((path) => !same.has(path))
        .map((p) => `${id}: ${p}`);
    });
    expect(stale).toEqual([]);
  });

  it('every plural sentence reads right for one and for many', () => {
    // A sentence with a count must not say "1 Tickets" or "2 Ticket" in any language.
    expect(catalogs.de.linked(1)).toBe('1 Ticket zugeordnet.');
    expect(catalogs.de.linked(2)).toBe('2 Tickets zugeordnet.');
    expect(catalogs.fr.bulkClosed(1)).toBe('1 ticket fermé.');
    expect(catalogs.fr.bulkClosed(3)).toBe('3 tickets fermés.');
    expect(catalogs['pt-BR'].linkSubmit(1)).toBe('Associar 1 ticket');
    expect(catalogs['pt-BR'].linkSubmit(4)).toBe('Associar 4 tickets');
    expect(catalogs.ja.linked(1)).toBe('1件のチケットを関連付けました。');
    expect(catalogs.ja.linked(5)).toBe('5件のチケットを関連付けました。');
    expect(english.linked(1)).toBe('1 ticket linked.');
    expect(english.linked(2)).toBe('2 tickets linked.');
  });
});
