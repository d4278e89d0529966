/**
 * The article's language as the page declares it: the `lang` of the element
 * around the article's longest block of text, or of its nearest ancestor
 * that has one, which is the document's (`<html lang>`) when nothing closer
 * says. The longest block rather than the article's root, since the finder's
 * root may sit above an `<article lang>` it widened to. It travels with the
 * text to the worker, where it picks the recognizer's lexicon. A page that
 * declares none, or something that is not a language tag, sends none.
 */
import { isLanguageTag } from '../shared/message-guards.ts';
import type { TextBlock } from './article-text.ts';

export function pageLanguage(root: Element, blocks: readonly TextBlock[]): string | undefined {
  let longest: TextBlock | undefined;
  for (const block of blocks) if (!longest || block.text.length > longest.text.length) longest = block;
  const where = longest?.nodes[0]?.parentElement ?? root;
  const lang = where.closest('[lang]')?.getAttribute('lang')?.trim();
  return isLanguageTag(lang) ? lang : undefined;
}
