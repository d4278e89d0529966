/**
 * "Async Task Framework (ATF)": an acronym that the article spells out
 * itself, as something other than the dataset's entity of that acronym (the
 * Bureau of Alcohol, Tobacco, Firearms and Explosives), names that thing
 * throughout the article, never the dataset's entity.
 */
import type { Article } from './article.ts';
import { isLetterCode, isUpperCode } from '../char-codes.ts';

const SPELLED_OUT = /\(([A-Z]{2,6})\)/g;
/** Lowercase words an acronym's letters skip: "Bureau of …", "Alcohol, Tobacco and …". */
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', '&']);

/** Words before the letters that say the name goes on: "Department of Health and Human Services (HHS)". */
const CONTINUING = new Set(['of', 'and', 'for', '&']);

/** The acronyms each article spells out, with the words they stand for; read once per article. */
const spelledOutBy = new WeakMap<Article, ReadonlyMap<string, string>>();

/** Whether the article spells out the acronym at [start, end) as something other than `entity`'s name. */
export function isRedefinedAcronym(article: Article, block: number, start: number, end: number, entity: number): boolean {
  const text = article.folded[block]!;
  // Most names are no acronym: two to six capitals.
  if (end - start < 2 || end - start > 6 || !isUpperCode(text.charCodeAt(start)) || !isUpperCode(text.charCodeAt(end - 1))) return false;
  let spelled = spelledOutBy.get(article);
  if (!spelled) spelledOutBy.set(article, (spelled = spelledOutAcronyms(article.folded, article.cues?.sentenceOpeners)));
  const words = spelled.get(text.slice(start, end));
  return words !== undefined && !(article.lookup.entriesFor(words) ?? []).some((e) => e.entity === entity);
}

function spelledOutAcronyms(texts: readonly string[], openers: ReadonlySet<string> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts) {
    if (text.indexOf('(') < 0) continue;
    for (const m of text.matchAll(SPELLED_OUT)) {
      const acronym = m[1]!;
      if (out.has(acronym)) continue;
      const words = wordsSpelledBefore(text, m.index, acronym, openers);
      if (words !== undefined) out.set(acronym, words);
    }
  }
  return out;
}

/** The capitalized words right before `paren` whose initials spell `acronym` (lowercase joining words skipped), or undefined. */
function wordsSpelledBefore(text: string, paren: number, acronym: string, openers: ReadonlySet<string> | undefined): string | undefined {
  let end = paren;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  let at = end;
  let letter = acronym.length - 1;
  while (letter >= 0 && at > 0) {
    let from = at;
    while (from > 0 && (isLetterCode(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === 0x2d)) from--;
    if (from === at) return undefined;
    const word = text.slice(from, at);
    if (isUpperCode(word.charCodeAt(0))) {
      if (word[0] !== acronym[letter]) return undefined;
      letter--;
    } else if (!SKIPPED.has(word) || letter === acronym.length - 1) {
      return undefined;
    }
    at = from;
    if (letter >= 0) {
      // One space, or a comma and a space, between the words.
      if (text.startsWith(', ', at - 2)) at -= 2;
      else if (text.charCodeAt(at - 1) === 0x20) at -= 1;
      else return undefined;
    }
  }
  if (letter >= 0) return undefined;
  // "Department of Health and Human Services (HHS)": the name goes on before the letters, and may be the entity's.
  let from = at - 1;
  while (from > 0 && isLetterCode(text.charCodeAt(from - 1))) from--;
  const before = text.charCodeAt(at - 1) === 0x20 && from < at - 1 ? text.slice(from, at - 1) : '';
  if (isUpperCode(before.charCodeAt(0)) ? !openers?.has(before) : CONTINUING.has(before)) return undefined;
  return text.slice(at, end);
}
