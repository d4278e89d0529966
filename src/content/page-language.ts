/**
 * The article's language as the page declares it: the `lang` of the article
 * element or its nearest ancestor that has one, which is the document's
 * (`<html lang>`) when nothing closer says. It travels with the text to the
 * worker, where it picks the recognizer's lexicon. A page that declares none,
 * or something that is not a language tag, sends none.
 */
import { isLanguageTag } from '../shared/message-guards.ts';

export function pageLanguage(article: Element): string | undefined {
  const lang = article.closest('[lang]')?.getAttribute('lang')?.trim();
  return isLanguageTag(lang) ? lang : undefined;
}
