/** User-visible strings, all from `_locales/<lang>/messages.json` through `browser.i18n`. */
import browser from './browser-api.ts';
import { formatPartialDate } from './date-format.ts';
import type messages from '../../_locales/en/messages.json';
import { pluralIn, regionNameIn, type PluralKey } from './locale-format.ts';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * Resolves once the browser answers for our messages. Seen in Chromium 156 on a
 * loaded machine: an extension page that opens right away (the popup, the options
 * and first-run pages) sometimes gets "" from `i18n.getMessage` for a moment, and
 * would render message keys. The pages wait for this before they first render.
 */
export async function messagesReady(timeoutMs = 2000): Promise<void> {
  for (const until = Date.now() + timeoutMs; browser.i18n.getMessage('extName') === '' && Date.now() < until;) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The reader's language, as the browser's UI speaks it. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** The direction of our own strings in the reader's language (`@@bidi_dir`, predefined by the browser). */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** The plural form of a message for `count` in the reader's language (see locale-format.ts). */
export function plural(base: PluralKey, count: number, ...more: string[]): string {
  return pluralIn(t, uiLanguage(), base, count, ...more);
}

/** A dataset or page date as the reader's language writes it: "17 Aug 2025", "August 2025" or "2025". */
export function formatDate(isoDate: string): string {
  return formatPartialDate(isoDate, uiLanguage());
}

/** A country's name in the reader's language from its ISO 3166-1 code ("CA" -> "Canada"). */
export function regionName(code: string): string {
  return regionNameIn(uiLanguage(), code);
}
