/** User-visible strings, all from `_locales/<lang>/messages.json` through `browser.i18n`. */
import browser from './browser-api.ts';
import { formatPartialDate } from './date-format.ts';
import type messages from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** A dataset or page date as the reader's language writes it: "17 Aug 2025", "August 2025" or "2025". */
export function formatDate(isoDate: string): string {
  return formatPartialDate(isoDate, browser.i18n.getUILanguage());
}
