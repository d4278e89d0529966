/** User-visible strings, all from `_locales/<lang>/messages.json` through `browser.i18n`. */
import browser from './browser-api.ts';
import { fillMessage, readMessageTable, type MessageTable } from './message-table.ts';
import { formatPartialDate } from './date-format.ts';
import type messages from '../../_locales/en/messages.json';
import { pluralIn, regionNameIn, type PluralKey } from './locale-format.ts';

export type MessageKey = keyof typeof messages;

/** Our own copy of the default locale's messages, read only when the browser gives none (see `messagesReady`). */
let fallback: MessageTable | undefined;

export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || (fallback ? fillMessage(fallback, key, substitutions) : '') || key;
}

/**
 * Makes sure `t` has strings before an extension page first renders. Seen in
 * Chromium 156 on a loaded machine: an extension page that opens right away
 * (the popup, the options and first-run pages) sometimes gets "" from
 * `i18n.getMessage` for seconds, even after a reload, and would render message
 * keys. Then the page reads the default locale's messages.json from the
 * extension itself and fills messages from it as the browser would.
 */
export async function messagesReady(): Promise<void> {
  if (browser.i18n.getMessage('extName') !== '') return;
  const locale = browser.runtime.getManifest().default_locale ?? 'en';
  try {
    const response = await fetch(browser.runtime.getURL(`_locales/${locale}/messages.json`));
    fallback = readMessageTable(await response.json());
  } catch {
    // Leave the keys showing: better than no page at all.
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
