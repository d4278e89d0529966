/**
 * Whether a mark on a real page falls inside the article that a reference
 * extractor (Readability) took from the same page, judged by text: the mark
 * with enough of the text around it, white space removed, must occur in the
 * extracted article. A name alone is not enough, since a navigation link
 * "Donald Trump" would then count as inside any article that names him; the
 * text on one side of the mark must come along.
 */
import type { MarkInContext } from './page-mark-context.ts';

/** Characters of surrounding text (white space removed) that must come along with a mark. */
export const CONTEXT_CHARS = 24;

export function stripSpace(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/g, '');
}

/** For each offset of `text`, its offset once white space is removed (one more entry for the end). */
export function strippedOffsets(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let n = 0;
  const space = /[\s\u200b-\u200d\u2060\ufeff\u00ad]/;
  for (let i = 0; i < text.length; i++) {
    out[i] = n;
    if (!space.test(text[i]!)) n++;
  }
  out[text.length] = n;
  return out;
}

/**
 * The mark's start in `article` (white space removed), or -1 when it is not
 * there. Of several places, the first at or after `from` (marks come in
 * document order), else the first.
 */
export function locate(mark: Pick<MarkInContext, 'text' | 'before' | 'after'>, article: string, from = 0): number {
  const name = stripSpace(mark.text);
  const before = mark.before.slice(-CONTEXT_CHARS);
  const after = mark.after.slice(0, CONTEXT_CHARS);
  const half = CONTEXT_CHARS >> 1;
  // Both sides first, then either side alone: a side can border text the extractor dropped (a headline, an ad).
  const tries: [string, number][] = [
    [mark.before.slice(-half) + name + mark.after.slice(0, half), Math.min(half, mark.before.length)],
    [before + name, before.length],
    [name + after, 0],
  ];
  for (const [pattern, lead] of tries) {
    if (pattern.length - name.length < Math.min(CONTEXT_CHARS, mark.before.length + mark.after.length)) continue;
    const first = article.indexOf(pattern);
    if (first < 0) continue;
    let at = article.indexOf(pattern, Math.max(0, from - lead));
    if (at < 0) at = first;
    return at + lead;
  }
  return -1;
}

const PIECE = 40;

/**
 * Where the reference article starts and ends in the page's text (both white
 * space removed): the first and the last piece of it that the page holds.
 * Undefined when the page holds none of it.
 */
export function articleExtent(page: string, article: string): [number, number] | undefined {
  let start = -1;
  for (let k = 0; k + PIECE <= article.length && start < 0; k += PIECE >> 1) start = page.indexOf(article.slice(k, k + PIECE));
  if (start < 0) return undefined;
  for (let k = article.length - PIECE; k >= 0; k -= PIECE >> 1) {
    const at = page.lastIndexOf(article.slice(k, k + PIECE));
    if (at >= start) return [start, at + PIECE];
  }
  return [start, start + PIECE];
}
