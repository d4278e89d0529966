/**
 * Plurals and country names in a given language, with no browser API: the
 * card's UI (card.js, which bundles no polyfill) uses these with the strings
 * the content script lends it, the extension's pages through i18n.ts.
 */
import type messages from '../../_locales/en/messages.json';

type MessageKey = keyof typeof messages;

/** A message with plural forms: `<base>_one`, `<base>_other` and whatever other categories a locale needs. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

type Translate = (key: MessageKey, ...substitutions: string[]) => string;

/**
 * The plural form of a message for `count`, chosen by `Intl.PluralRules`
 * (browser.i18n has no plurals): `<base>_one`, `_few`, `_many`… when the
 * locale's messages have that form, else `<base>_other`. The count is the
 * first substitution, written as the language writes numbers.
 */
export function pluralIn(translate: Translate, language: string, base: PluralKey, count: number, ...more: string[]): string {
  const formatted = new Intl.NumberFormat(language).format(count);
  const key = `${base}_${new Intl.PluralRules(language).select(count)}` as MessageKey;
  const text = translate(key, formatted, ...more);
  return text === key || text === '' ? translate(`${base}_other` as MessageKey, formatted, ...more) : text;
}

/** A country's name in `language` from its ISO 3166-1 code ("CA" -> "Canada"); the code itself where Intl has no name. */
export function regionNameIn(language: string, code: string): string {
  try {
    return new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
