/**
 * The card's view runs in `card.js`, which does not bundle the browser API:
 * its strings come from the content script, which lends them when it first
 * renders a card (see card-ui-contract.ts).
 */
import type { MessageKey } from '../../shared/i18n.ts';
import { pluralIn, regionNameIn, type PluralKey } from '../../shared/locale-format.ts';
import type { CardStrings } from './card-ui-contract.ts';

let lent: CardStrings | undefined;

export function lendStrings(strings: CardStrings): void {
  lent = strings;
}

export function t(key: MessageKey, ...substitutions: string[]): string {
  return lent ? lent.t(key, ...substitutions) : key;
}

export function formatDate(isoDate: string): string {
  return lent ? lent.formatDate(isoDate) : isoDate;
}

export function plural(base: PluralKey, count: number, ...more: string[]): string {
  return pluralIn(t, language(), base, count, ...more);
}

/** A country's name in the reader's language ("CA" -> "Canada"). */
export function regionName(code: string): string {
  return regionNameIn(language(), code);
}

function language(): string {
  return lent?.language ?? 'en';
}

/** The language of the card's own text (our strings), for its `lang` attribute: the page's may differ. */
export function textLanguage(): string {
  return language();
}

/** The direction of the card's own text (our strings), whatever the page's direction. */
export function textDirection(): 'ltr' | 'rtl' {
  return lent?.direction ?? 'ltr';
}
