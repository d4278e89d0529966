/**
 * The words of a text as start and end offsets: runs of letters, digits and
 * combining marks. A hand-written scan over character codes, because this is
 * the recognizer's hot loop and a Unicode RegExp with match objects per word
 * is several times slower.
 */

import { isLetterOrDigitCode, isMarkCode } from './char-codes.ts';

/** Per UTF-16 code: 0 not yet asked, 1 a word character, 2 not one. Filled as codes are met, so the scan reads one byte per character. */
const wordCharClass = new Uint8Array(0x10000);

/** A letter, a digit or a combining mark. */
function isWordChar(code: number): boolean {
  let known = wordCharClass[code]!;
  if (known === 0) wordCharClass[code] = known = isLetterOrDigitCode(code) || isMarkCode(code) ? 1 : 2;
  return known === 1;
}

export interface WordSpans {
  count: number;
  starts: readonly number[];
  ends: readonly number[];
}

/** Scratch room for the scan of one block, kept between calls. */
const scratchStarts: number[] = [];
const scratchEnds: number[] = [];

/**
 * The words of each of `texts`. Each block's offsets are found in reused
 * scratch arrays and copied out at their exact size: growing an array word
 * by word, or making a typed array per block, cost more than the scan.
 */
export function wordSpansOfBlocks(texts: readonly string[]): WordSpans[] {
  const spans: WordSpans[] = [];
  for (const text of texts) {
    const n = text.length;
    let count = 0;
    let i = 0;
    while (i < n) {
      while (i < n && !isWordChar(text.charCodeAt(i))) i++;
      if (i >= n) break;
      scratchStarts[count] = i;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      scratchEnds[count] = i;
      count++;
    }
    spans.push({ count, starts: scratchStarts.slice(0, count), ends: scratchEnds.slice(0, count) });
  }
  return spans;
}
