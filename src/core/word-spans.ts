/**
 * The words of a text as start and end offsets: runs of letters, digits and
 * combining marks. A hand-written scan over character codes, because this is
 * the recognizer's hot loop and a Unicode RegExp with match objects per word
 * is several times slower.
 */

/** ASCII letters and digits, by character code. */
const ASCII_WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD_CHAR[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

const nonAsciiWordChar = new Map<number, boolean>();
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(code: number): boolean {
  if (code < 0x80) return ASCII_WORD_CHAR[code] === 1;
  let known = nonAsciiWordChar.get(code);
  if (known === undefined) {
    // Surrogate halves are judged as letters: names outside the BMP are rare, and a split pair must not cut a word.
    known = (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(code));
    nonAsciiWordChar.set(code, known);
  }
  return known;
}

export interface WordSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

/** Scratch room for the scan, grown as needed and kept between calls. */
let scratchStarts = new Int32Array(4096);
let scratchEnds = new Int32Array(4096);

/**
 * The words of each of `texts`. All of them are kept in one pair of arrays
 * that each block sees a part of: an article has thousands of blocks, and
 * an array of its own for each cost more to make than the scan itself.
 */
export function wordSpansOfBlocks(texts: readonly string[]): WordSpans[] {
  const counts = new Int32Array(texts.length);
  let total = 0;
  for (let b = 0; b < texts.length; b++) {
    const text = texts[b]!;
    const n = text.length;
    if (scratchStarts.length < total + (n >> 1) + 1) grow(total + (n >> 1) + 1);
    let i = 0;
    const before = total;
    while (i < n) {
      while (i < n && !isWordChar(text.charCodeAt(i))) i++;
      if (i >= n) break;
      scratchStarts[total] = i;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      scratchEnds[total] = i;
      total++;
    }
    counts[b] = total - before;
  }
  const starts = scratchStarts.slice(0, total);
  const ends = scratchEnds.slice(0, total);
  const spans: WordSpans[] = [];
  let offset = 0;
  for (let b = 0; b < texts.length; b++) {
    const count = counts[b]!;
    spans.push({ count, starts: starts.subarray(offset, offset + count), ends: ends.subarray(offset, offset + count) });
    offset += count;
  }
  return spans;
}

function grow(least: number): void {
  let size = scratchStarts.length;
  while (size < least) size *= 2;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  starts.set(scratchStarts);
  ends.set(scratchEnds);
  scratchStarts = starts;
  scratchEnds = ends;
}
