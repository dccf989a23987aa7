import { resolveLocale } from './locales';

describe('resolveLocale', () => {
  it.each([
    ['de-DE', 'de', 'de-DE'],
    ['de-de', 'de', 'de-DE'],
    ['de_DE', 'de', 'de-DE'],
    [' DE ', 'de', 'de'],
    ['de-AT', 'de', 'de-AT'],
    ['fr-fr', 'fr', 'fr-FR'],
    ['fr-CA', 'fr', 'fr-CA'],
    ['es', 'es', 'es'],
    ['es-mx', 'es', 'es-MX'],
    ['it-it', 'it', 'it-IT'],
    ['nl-nl', 'nl', 'nl-NL'],
    ['ja-jp', 'ja', 'ja-JP'],
    ['en-us', 'en', 'en-US'],
    ['en-GB', 'en', 'en-GB'],
  ])('%s reads the %s catalog and formats as %s', (requested, catalog, intl) => {
    expect(resolveLocale(requested)).toEqual({ catalog, intl });
  });

  it('takes Brazilian Portuguese for pt-BR, and for any other Portuguese, its only Portuguese', () => {
    expect(resolveLocale('pt-br')).toEqual({ catalog: 'pt-BR', intl: 'pt-BR' });
    expect(resolveLocale('pt')).toEqual({ catalog: 'pt-BR', intl: 'pt' });
    expect(resolveLocale('pt-PT')).toEqual({ catalog: 'pt-BR', intl: 'pt-PT' });
  });

  it('falls back to English, with English dates, for a language without a catalog', () => {
    // Swedish dates around English words would read "Created för 3 dagar sedan".
    expect(resolveLocale('sv-se')).toEqual({ catalog: 'en', intl: 'en-US' });
    expect(resolveLocale('zh-Hans-CN')).toEqual({ catalog: 'en', intl: 'en-US' });
  });

  it.each([undefined, null, '', '   ', 'not a locale!', '12-34'])(
    'falls back to English for %p',
    (requested) => {
      expect(resolveLocale(requested)).toEqual({ catalog: 'en', intl: 'en-US' });
    },
  );
});
