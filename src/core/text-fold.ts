/**
 * Folds text for matching without changing its length, so that an offset in
 * the folded text is the same offset in the page's text: curly apostrophes and
 * quotes become straight, dashes become hyphens, every kind of space becomes
 * one space, and letters lose their diacritics (Zelenskyy = Zelenskyy,
 * Orbán = Orban). Case is kept: matching is case-sensitive on purpose.
 */

const FIXED: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
  '\u00ad': '-',
};

const COMBINING = /^[\u0300-\u036f]+$/;
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const fixed = FIXED[ch];
  if (fixed !== undefined) return fixed;
  let folded = cache.get(ch);
  if (folded === undefined) {
    const decomposed = ch.normalize('NFD');
    const base = decomposed.charAt(0);
    // Only a single base letter plus combining marks folds; anything else (ß, ł, CJK) stays.
    folded = decomposed.length > 1 && COMBINING.test(decomposed.slice(1)) ? base : ch;
    if (/\s/.test(folded)) folded = ' ';
    cache.set(ch, folded);
  }
  return folded;
}

/** The code a UTF-16 code folds to: `foldText` maps each code to one code, so a scan can fold as it reads. */
export function foldCode(code: number): number {
  return foldChar(String.fromCharCode(code)).charCodeAt(0);
}

/** Same length as `text`, so offsets carry over unchanged. */
export function foldText(text: string): string {
  // Plain ASCII letters, digits and punctuation are by far the common case: only the rest is looked at.
  return /[^\x20-\x5f\x61-\x7e]/.test(text) ? text.replace(/[^\x20-\x5f\x61-\x7e]/g, foldChar) : text;
}

/**
 * The key under which a name is looked up: folded, single-spaced, and trimmed to
 * its first and last letter or digit, since matches start and end on word
 * characters ("U.S." is found as "U.S", "Yahoo!" as "Yahoo").
 */
export function nameKey(name: string): string {
  return foldText(name)
    .replace(/ {2,}/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
