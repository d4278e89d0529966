/**
 * The article's language as the page declares it: the `lang` of the element
 * around its text, or of the nearest ancestor that has one, which is the
 * document's (`<html lang>`) when nothing closer says. The article finder may
 * take a parent of an `<article lang="fr">` for the article, so the language
 * is read where the text is: the `lang` that covers the most of the
 * article's text, among up to SAMPLED blocks. It travels with the text to the
 * worker, where it picks the recognizer's lexicon. A page that declares none,
 * or something that is not a language tag, sends none.
 */
import { isLanguageTag } from '../shared/message-guards.ts';
import type { TextBlock } from './article-text.ts';

/** Blocks looked at, spread over the article: a language rarely changes every paragraph. */
const SAMPLED = 64;

export function textLanguage(blocks: readonly TextBlock[], root: Element): string | undefined {
  const chars = new Map<Element | null, number>();
  const step = Math.max(1, Math.floor(blocks.length / SAMPLED));
  for (let i = 0; i < blocks.length; i += step) {
    const block = blocks[i]!;
    const declared = block.nodes[0]?.parentElement?.closest('[lang]') ?? null;
    chars.set(declared, (chars.get(declared) ?? 0) + block.text.length);
  }
  let best: Element | null = root.closest('[lang]');
  let most = 0;
  for (const [declared, count] of chars) {
    if (count > most) [best, most] = [declared, count];
  }
  const lang = best?.getAttribute('lang')?.trim();
  return isLanguageTag(lang) ? lang : undefined;
}
