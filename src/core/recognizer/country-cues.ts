/**
 * Countries named before a body's name ("Ukraine's Foreign Ministry", "the
 * Russian Defence Ministry"), by the lexicon's country names and demonyms:
 * they tell apart bodies that share a name.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';

interface CountryNames {
  byName: Map<string, string>;
  longest: number;
  /** Any country's name, standing alone. */
  any: RegExp;
}

function countryNames(lexicon: Lexicon): CountryNames {
  return lexicon.memo('country-names', () => {
    const byName = new Map<string, string>();
    for (const [code, names] of Object.entries(lexicon.countries)) for (const name of names) byName.set(name, code);
    const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/\./g, '\\.'));
    return {
      byName,
      longest: Math.max(...[...byName.keys()].map((n) => n.length)),
      any: new RegExp(`(?<![\\p{L}.])(?:${alternatives.join('|')})(?![\\p{L}])`, 'gu'),
    };
  });
}

/**
 * The country named right before a position ("Ukraine's ", "the Russian ",
 * "U.S. "), or undefined. `text` is folded (straight apostrophes).
 */
export function countryNamedBefore(lexicon: Lexicon, text: string, position: number): string | undefined {
  // The pattern ends with a space: without one right before the position, there is nothing to search.
  if (text.charCodeAt(position - 1) !== 0x20) return undefined;
  const { byName, longest } = countryNames(lexicon);
  const before = text.slice(Math.max(0, position - longest - 4), position);
  const m = /(?:^|[^\p{L}.])((?:\p{Lu}[\p{L}.]*)(?: \p{Lu}[\p{L}.]*){0,2})(?:'s)? $/u.exec(before);
  if (!m) return undefined;
  // "South Korean": try the longest tail of the words first.
  const words = m[1]!.split(' ');
  for (let i = 0; i < words.length; i++) {
    const code = byName.get(words.slice(i).join(' '));
    if (code !== undefined) return code;
  }
  return undefined;
}

const LOOK_BACK = 1500;

/**
 * Of the countries in `among`, the one named last before a position in the
 * same block of text ("Ukraine's Foreign Ministry … The Ministry of Defence said").
 */
export function countryNamedEarlier(lexicon: Lexicon, text: string, position: number, among: ReadonlySet<string>): string | undefined {
  const { byName, any } = countryNames(lexicon);
  let last: string | undefined;
  // A paragraph's worth of text before the name: a block may be a whole page's text.
  for (const m of text.slice(Math.max(0, position - LOOK_BACK), position).matchAll(any)) {
    const code = byName.get(m[0])!;
    if (among.has(code)) last = code;
  }
  return last;
}
