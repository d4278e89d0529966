/**
 * The card's view runs in `card.js`, which does not bundle the browser API:
 * its strings come from the content script, which lends them when it first
 * renders a card (see card-ui-contract.ts).
 */
import type { MessageKey } from '../../shared/i18n.ts';
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
