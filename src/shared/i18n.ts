/** User-visible strings, all from `_locales/<lang>/messages.json` through `browser.i18n`. */
import browser from './browser-api.ts';
import type messages from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** A date as the reader's language writes it, e.g. "17 Aug 2025". */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
