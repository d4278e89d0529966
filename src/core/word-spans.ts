/**
 * The words of a text as start and end offsets: runs of letters, digits and
 * combining marks. A hand-written scan over character codes, because this is
 * the recognizer's hot loop and a Unicode RegExp with match objects per word
 * is several times slower.
 */

const nonAsciiWordChar = new Map<number, boolean>();
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
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

/** Scratch room for the scan, grown as needed: the result is copied out at its real size. */
let scratchStarts = new Int32Array(1024);
let scratchEnds = new Int32Array(1024);

export function wordSpans(text: string): WordSpans {
  const most = (text.length >> 1) + 1;
  if (scratchStarts.length < most) {
    scratchStarts = new Int32Array(most);
    scratchEnds = new Int32Array(most);
  }
  const starts = scratchStarts;
  const ends = scratchEnds;
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  return { count, starts: starts.slice(0, count), ends: ends.slice(0, count) };
}
