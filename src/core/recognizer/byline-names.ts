/**
 * The names of a byline ("By Jane Doe and Luis de la Cruz, Reuters"), read by
 * a scan over character codes. It reads what these patterns would match:
 *
 *   NAME_WORD  \p{Lu}\. | \p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*
 *   NAME       NAME_WORD(?:\s+(?:PARTICLE\s+)*NAME_WORD){1,3}
 *   "By" form  ^\s*(?:By|BY|by)\s+(NAME)(?:\s+(?:and|&)\s+(NAME))?\s*(?:[,|·—–-]\s*)?
 *   plain form ^\s*(NAME)(?:\s+(?:and|&)\s+(NAME))?\s*,\s*
 *
 * As Unicode RegExps these cost a cold worker tens of milliseconds to
 * compile on its first article (most articles have a byline), more than
 * the rest of the recognizer's first pass. `bylines.ts` keeps NAME for
 * credit lines; `byline-names.test.ts` builds the two forms from it and
 * checks that this scan reads the same.
 */
import { isLowerCode, isMarkCode, isSpaceCode, isUpperCode } from '../char-codes.ts';

/** The byline's names, and how much of the text the byline's pattern took (what may follow is a news organization). */
export interface BylineNames {
  length: number;
  names: [string] | [string, string];
}

/** Names after "By" (`by`) or names followed by a comma (`plain`), at the start of `text`. */
export function bylineNames(text: string, form: 'by' | 'plain', particles: ReadonlySet<string>): BylineNames | undefined {
  let at = skipSpaces(text, 0);
  if (form === 'by') {
    const by = text.slice(at, at + 2);
    if ((by !== 'By' && by !== 'BY' && by !== 'by') || !isSpaceCode(text.charCodeAt(at + 2))) return undefined;
    at = skipSpaces(text, at + 2);
  }
  const firstEnd = personalNameEnd(text, at, particles);
  if (firstEnd < 0) return undefined;
  const names: [string] | [string, string] = [text.slice(at, firstEnd)];
  let end = firstEnd;
  // " and Luis de la Cruz", " & Ann Poe": a second name, or nothing.
  if (isSpaceCode(text.charCodeAt(end))) {
    const joiner = skipSpaces(text, end);
    const afterJoiner = text.startsWith('and', joiner) ? joiner + 3 : text.charCodeAt(joiner) === 0x26 ? joiner + 1 : -1;
    if (afterJoiner >= 0 && isSpaceCode(text.charCodeAt(afterJoiner))) {
      const secondStart = skipSpaces(text, afterJoiner);
      const secondEnd = personalNameEnd(text, secondStart, particles);
      if (secondEnd >= 0) {
        names.push(text.slice(secondStart, secondEnd));
        end = secondEnd;
      }
    }
  }
  end = skipSpaces(text, end);
  if (form === 'by') {
    if (SEPARATORS.has(text.charCodeAt(end))) end = skipSpaces(text, end + 1);
  } else {
    if (text.charCodeAt(end) !== 0x2c) return undefined;
    end = skipSpaces(text, end + 1);
  }
  return { length: end, names };
}

/** What may stand between a "By" byline's names and the organization: , | · — – - */
const SEPARATORS = new Set([0x2c, 0x7c, 0xb7, 0x2014, 0x2013, 0x2d]);

/** Where a personal name of two to four name words that starts at `at` ends, or -1; `particles` may stand between them ("Luis de la Cruz"). */
export function personalNameEnd(text: string, at: number, particles: ReadonlySet<string>): number {
  let end = nameWordEnd(text, at);
  if (end < 0) return -1;
  let words = 1;
  while (words < 4 && isSpaceCode(text.charCodeAt(end))) {
    let next = skipSpaces(text, end);
    for (
      let particle = particleEnd(text, next, particles);
      particle >= 0 && isSpaceCode(text.charCodeAt(particle));
      particle = particleEnd(text, next, particles)
    ) {
      next = skipSpaces(text, particle);
    }
    const wordEnd = nameWordEnd(text, next);
    if (wordEnd < 0) break;
    end = wordEnd;
    words++;
  }
  return words >= 2 ? end : -1;
}

/** Where a name word that starts at `at` ends ("J.", "Sarah", "Jean-Luc", "Pettigrew-Vale"), or -1. */
function nameWordEnd(text: string, at: number): number {
  if (!isUpperCode(text.charCodeAt(at))) return -1;
  if (text.charCodeAt(at + 1) === 0x2e) return at + 2; // an initial
  let end = lowercaseRunEnd(text, at + 1);
  if (end === at + 1) return -1;
  // Parts joined by an apostrophe or a hyphen, each with lowercase letters, after a capital or not.
  for (;;) {
    const joiner = text.charCodeAt(end);
    if (joiner !== 0x27 && joiner !== 0x2019 && joiner !== 0x2d) return end;
    const partStart = isUpperCode(text.charCodeAt(end + 1)) ? end + 2 : end + 1;
    const partEnd = lowercaseRunEnd(text, partStart);
    if (partEnd === partStart) return end;
    end = partEnd;
  }
}

/** The end of the run of lowercase letters and combining marks from `at`. */
function lowercaseRunEnd(text: string, at: number): number {
  let i = at;
  while (isLowerCode(text.charCodeAt(i)) || isMarkCode(text.charCodeAt(i))) i++;
  return i;
}

/** Where a name particle (a run of ASCII lowercase letters in `particles`) that starts at `at` ends, or -1. */
function particleEnd(text: string, at: number, particles: ReadonlySet<string>): number {
  let i = at;
  for (let c = text.charCodeAt(i); c >= 0x61 && c <= 0x7a; c = text.charCodeAt(++i));
  return i > at && particles.has(text.slice(at, i)) ? i : -1;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
