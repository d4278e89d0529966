/**
 * A few words looked for among all the words of an article (the forms of
 * the names found, the given names that may be common words). Every word
 * of the article already carries its `textHash` (see `word-spans.ts`), so a
 * word is turned down by one bit of a small filter of the keys' hashes and
 * looked up, with that hash, only when the bit is set: no word is read
 * again or sliced. Built per article, for a handful of keys.
 */
import type { WordSpans } from '../word-spans.ts';
import { TextKeyTable, textHash } from '../text-key-table.ts';

/** 1,024 bits: a few dozen keys set few of them, and the filter stays in one cache line or two. */
const FILTER_SHIFT = 22;

/**
 * Its own one-bit filter rather than `TextKeyTable`'s two-bit one (which a
 * small table could be given): asked for every word of an article, the
 * shared filter measured 1.4-2.4% more instructions on the 28 gold texts.
 */
export class WordTable {
  private readonly table: TextKeyTable;
  private readonly filter = new Int32Array(1 << (32 - FILTER_SHIFT - 5));

  constructor(keys: readonly string[]) {
    this.table = new TextKeyTable(keys);
    for (const key of keys) {
      const bit = filterBit(textHash(key, 0, key.length));
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /** The index in `keys` of word `i` of `words` (the words of `text`), or -1. */
  indexOfWord(text: string, words: WordSpans, i: number): number {
    const hash = words.hashes[i]!;
    const bit = filterBit(hash);
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    return this.table.indexOfRange(text, words.starts[i]!, words.ends[i]!, hash);
  }
}

/** A polynomial hash's low bits are weak: its top bits after a multiply pick the bit. */
function filterBit(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> FILTER_SHIFT;
}

/** Which of `keys` stand in `texts` as words of their own (`words` are their words), in one pass over the words. */
export function wordsAmong(texts: readonly string[], words: readonly WordSpans[], keys: readonly string[]): Set<string> {
  const table = new WordTable(keys);
  const seen = new Set<string>();
  for (let block = 0; block < texts.length; block++) {
    const text = texts[block]!;
    const spans = words[block]!;
    for (let i = 0; i < spans.count; i++) {
      const found = table.indexOfWord(text, spans, i);
      if (found >= 0) seen.add(keys[found]!);
    }
  }
  return seen;
}
