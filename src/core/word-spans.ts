/**
 * The words of a text as start and end offsets: runs of letters, digits and
 * combining marks. A hand-written scan over character codes, because this is
 * the recognizer's hot loop and a Unicode RegExp with match objects per word
 * is several times slower.
 */

import { isLetterOrDigitCode, isMarkCode } from './char-codes.ts';
import { hashStep } from './text-key-table.ts';

/** Per UTF-16 code: 0 not yet asked, 1 a word character, 2 not one. Filled as codes are met, so the scan reads one byte per character. */
const wordCharClass = new Uint8Array(0x10000);

/** Whether `code` is a letter, a digit or a combining mark, recorded in `wordCharClass`. */
function classify(code: number): number {
  return (wordCharClass[code] = isLetterOrDigitCode(code) || isMarkCode(code) ? 1 : 2);
}

export interface WordSpans {
  count: number;
  starts: readonly number[];
  ends: readonly number[];
  /**
   * The `textHash` of each word, taken as the scan reads it: most words are
   * looked up in the name tables, and names of several words join these
   * (see `joinHashes`) rather than read their words again.
   */
  hashes: readonly number[];
}

/** Scratch room for the scan of one block, kept between calls. */
const scratchStarts: number[] = [];
const scratchEnds: number[] = [];
const scratchHashes: number[] = [];

/**
 * The words of each of `texts`. Each block's offsets are found in reused
 * scratch arrays and copied out at their exact size: growing an array word
 * by word, or making a typed array per block, cost more than the scan.
 */
export function wordSpansOfBlocks(texts: readonly string[]): WordSpans[] {
  // The module's tables through locals: the engine keeps a local at hand, and loads and checks a module's binding at every character.
  const classes = wordCharClass;
  const starts = scratchStarts;
  const ends = scratchEnds;
  const hashes = scratchHashes;
  const spans: WordSpans[] = [];
  for (const text of texts) {
    const n = text.length;
    let count = 0;
    let i = 0;
    while (i < n) {
      let code = text.charCodeAt(i);
      let known = classes[code]!;
      if (known === 0) known = classify(code);
      if (known !== 1) {
        i++;
        continue;
      }
      starts[count] = i;
      let hash = 0;
      for (;;) {
        hash = hashStep(hash, code);
        if (++i >= n) break;
        code = text.charCodeAt(i);
        known = classes[code]!;
        if (known === 0) known = classify(code);
        if (known !== 1) break;
      }
      ends[count] = i;
      hashes[count] = hash;
      count++;
      // The character that ended the word is no word character: no need to read it again.
      i++;
    }
    spans.push({ count, starts: starts.slice(0, count), ends: ends.slice(0, count), hashes: hashes.slice(0, count) });
  }
  return spans;
}
