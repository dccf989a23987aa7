/**
 * Plurals by the language's own rules (Intl.PluralRules): English and German have
 * one/other, French and Italian add "many" for millions, Japanese has a single form.
 * A `#` in a form is replaced by the count, written the language's way ("1.234").
 *
 * In a catalog: `const plural = pluralIn('de');` then
 * `linked: (count: number) => plural(count, { one: '# Ticket zugeordnet.', other: '# Tickets zugeordnet.' })`.
 */

/** `other` is the one form every language has; the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return form.replaceAll('#', formatCount(locale, count));
}

/** The helper a catalog binds once to its own language. */
export function pluralIn(locale: string): (count: number, forms: PluralForms) => string {
  return (count, forms) => plural(locale, count, forms);
}

/** A count as the language writes it (de 1.234, fr 1 234, en 1,234). */
export function formatCount(locale: string, count: number): string {
  return new Intl.NumberFormat(locale).format(count);
}
