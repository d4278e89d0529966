/**
 * The shape of a block of text: set in capitals, in title case, or a
 * headline either way. Capitals say nothing about names in such blocks.
 */
import type { WordSpans } from '../word-spans.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

/** What a block's capitals say: set in capitals, in title case, or a headline either way. */
export interface BlockShape {
  caps: boolean;
  titleCase: boolean;
  /** Capitals say nothing about names here: capitals, or title case with no lowercase word a headline would capitalize. */
  headline: boolean;
}

const MAX_HEADLINE_LENGTH = 200;

/** The shape of a block, from its words (see `foldedWordsOfBlocks`) in one pass over them. */
export function blockShape(text: string, words: WordSpans, lexicon: Lexicon | undefined): BlockShape {
  const caps = isAllCaps(text);
  // A block this long is prose or capitals, never a title-case headline: spare the walk over its words.
  if (text.length > MAX_HEADLINE_LENGTH) return { caps, titleCase: false, headline: caps };
  let long = 0;
  let capitalized = 0;
  let lowercaseProse = false;
  // Lowercase words of four letters or more that title-case headlines still leave in lowercase.
  const headlineLowercase = lexicon?.words('headline-lowercase');
  for (let i = 0; i < words.count; i++) {
    const start = words.starts[i]!;
    if (words.ends[i]! - start < 4) continue;
    const code = text.charCodeAt(start);
    let upper: boolean;
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) upper = true;
      else if (code >= 0x61 && code <= 0x7a) upper = false;
      else continue; // a digit
    } else {
      const first = text.charAt(start);
      if (first.toLowerCase() === first.toUpperCase()) continue; // a letter without case
      upper = first === first.toUpperCase();
    }
    long++;
    if (upper) capitalized++;
    else if (!lowercaseProse && !headlineLowercase?.has(text.slice(start, words.ends[i]!))) lowercaseProse = true;
  }
  const titleCase = long >= 3 && capitalized / long >= 0.7;
  return { caps, titleCase, headline: caps || (titleCase && !lowercaseProse) };
}

/** A block set in capitals, as some headlines are: its names are looked up in capitals too. */
export function isAllCaps(text: string): boolean {
  // Prose has a run of lowercase letters almost at once, so this usually answers after a few characters.
  if (/\p{Ll}{3}/u.test(text)) return false;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return upper >= 8 && lower <= upper * 0.1;
}
