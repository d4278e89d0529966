/**
 * Character classes by UTF-16 code, for the recognizer's scans over text.
 * ASCII is answered by comparisons; anything else by the Unicode RegExp
 * once per code, then from a cache. Scanning by code spares the string a
 * slice or a `charAt` would make for every character looked at.
 *
 * Surrogate halves count as letters: names outside the BMP are rare, and a
 * split pair must not cut a word.
 */

function classifier(pattern: RegExp, surrogatesMatch: boolean): (code: number) => boolean {
  const known = new Map<number, boolean>();
  return (code) => {
    let answer = known.get(code);
    if (answer === undefined) {
      answer = code >= 0xd800 && code <= 0xdfff ? surrogatesMatch : pattern.test(String.fromCharCode(code));
      known.set(code, answer);
    }
    return answer;
  };
}

const otherLetterOrDigit = classifier(/[\p{L}\p{N}]/u, true);
const otherLetter = classifier(/\p{L}/u, true);
const otherUpper = classifier(/\p{Lu}/u, false);
const otherLower = classifier(/\p{Ll}/u, false);
const otherMark = classifier(/\p{M}/u, false);

/** `\p{L}` or `\p{N}`. */
export function isLetterOrDigitCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return otherLetterOrDigit(code);
}

/** `\p{L}`. */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return otherLetter(code);
}

/** `\p{Lu}`, a capital letter. */
export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return otherUpper(code);
}

/** `\p{Ll}`, a lowercase letter. */
export function isLowerCode(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return otherLower(code);
}

/** `\p{M}`, a combining mark. */
export function isMarkCode(code: number): boolean {
  return code >= 0x80 && otherMark(code);
}

/** JavaScript's `\s`. */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Where the word that ends right before the character at `end - 1` starts,
 * when that character is a joiner (`isJoiner`): the longest run of
 * characters `isPart` takes, looking back no further than `floor`, from its
 * first character `isFirst` takes; -1 when there is none. What a RegExp such
 * as `(FIRST PART*) $` finds at the end of `text.slice(floor, end)`, without
 * making the slice.
 */
export function wordStartBefore(
  text: string,
  end: number,
  floor: number,
  isJoiner: (code: number) => boolean,
  isPart: (code: number) => boolean,
  isFirst: (code: number) => boolean,
): number {
  if (end - 1 < floor || !isJoiner(text.charCodeAt(end - 1))) return -1;
  let from = end - 1;
  while (from > floor && isPart(text.charCodeAt(from - 1))) from--;
  while (from < end - 1 && !isFirst(text.charCodeAt(from))) from++;
  return from < end - 1 ? from : -1;
}
