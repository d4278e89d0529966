/**
 * How an article describes the people and organizations it names: the title
 * or role written right before a name ("NATO chief Mark Rutte", "Fed Governor
 * Stephen Miran", "chipmaker Nvidia") and the apposition right after one
 * ("Renata Culpepper, a partner at Brightwater Equity Partners,"). Cards show
 * them as "in this article", which tells the reader who someone is in this
 * story even when the dataset knows nothing of them.
 */
import type { Article, Mark } from './article.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { isLetterOrDigitCode, isMarkCode, isUpperCode } from '../char-codes.ts';
import { nameCues, type NameCues } from './name-cues.ts';

const MAX_BEFORE_WORDS = 6;
const MAX_AFTER_WORDS = 9;

/** Sets `descriptor` on the marks (in reading order) that the article describes. */
export function addDescriptors(article: Article, marks: readonly Mark[]): void {
  const lexicon = article.lexicon!;
  const cues = nameCues(lexicon);
  marks.forEach((m, i) => {
    const previous = i > 0 && marks[i - 1]!.block === m.block ? marks[i - 1] : undefined;
    const text = article.folded[m.block]!;
    const before = descriptorBefore(cues, text, previous, m.start);
    const after = before === undefined ? descriptorAfter(lexicon, text, m.end) : undefined;
    const span = before ?? after;
    if (span) m.descriptor = article.texts[m.block]!.slice(span.start, span.end);
  });
}

/**
 * "NATO chief" in "NATO chief Mark Rutte": words back from the name, ending
 * with a role noun. A name just before belongs to it whole ("Bank of Canada
 * Governor"); a sentence's end or an ordinary word stops it.
 */
function descriptorBefore(
  cues: NameCues,
  text: string,
  previous: { start: number; end: number } | undefined,
  start: number,
): { start: number; end: number } | undefined {
  const floor = previous?.start ?? 0;
  // Most names have no role noun right before them: look at that one word first, cheaply.
  if (text.charCodeAt(start - 1) !== 0x20) return undefined;
  let lastWordStart = start - 1;
  while (lastWordStart > 0 && text.charCodeAt(lastWordStart - 1) !== 0x20) lastWordStart--;
  if (cues.roleNounTable.indexOfRange(text, lastWordStart, start - 1) < 0) return undefined;
  const words: { start: number; end: number; word: string }[] = [];
  let at = start;
  let from: number | undefined;
  while (words.length < MAX_BEFORE_WORDS) {
    // One space, then a word (letters, digits, hyphens, periods of "U.S.", a possessive).
    const wordStart = wordBeforeSpace(text, Math.max(floor, at - 40), at);
    if (wordStart < 0) break;
    const word = text.slice(wordStart, at - 1);
    if (text.charCodeAt(at - 2) === 0x2e && !/^(?:\p{Lu}\.)+$/u.test(word) && !cues.joiningAbbreviations.has(word.slice(0, -1))) break; // the end of a sentence
    if (previous && wordStart < previous.end) {
      if (words.length > 0 && isDescriptorWord(cues, words[words.length - 1]!.word)) from = previous.start;
      break;
    }
    words.push({ start: wordStart, end: at - 1, word });
    at = wordStart;
  }
  if (words.length === 0 || !cues.roleNouns.has(lowercased(words[0]!.word))) return undefined;
  let kept = 1;
  while (kept < words.length && isDescriptorWord(cues, words[kept]!.word)) kept++;
  if (kept < words.length) from = undefined; // the name before is not joined to the descriptor
  const first = from ?? words[kept - 1]!.start;
  // One word ("analyst", "host") is too often a verb or a bare title to say anything.
  if (kept < 2 && from === undefined) return undefined;
  return { start: first, end: words[0]!.end };
}

/**
 * Where the word that ends right before the space at `at - 1` starts, looking
 * no further back than `floor`, or -1: the longest run of letters, digits,
 * marks, periods, apostrophes and hyphens there, from its first letter or digit.
 * What `wordStartBefore` finds, written out: through its callbacks, each character cost a call.
 */
function wordBeforeSpace(text: string, floor: number, at: number): number {
  const end = at - 1;
  if (end < floor || text.charCodeAt(end) !== 0x20) return -1;
  let from = end;
  while (from > floor && isWordPart(text.charCodeAt(from - 1))) from--;
  while (from < end && !isLetterOrDigitCode(text.charCodeAt(from))) from++;
  return from < end ? from : -1;
}

/** A character a word before a name may hold: a letter, a digit, a mark, a period, an apostrophe or a hyphen. */
function isWordPart(code: number): boolean {
  return code === 0x2e || code === 0x27 || code === 0x2d || isLetterOrDigitCode(code) || isMarkCode(code);
}

function isDescriptorWord(cues: NameCues, word: string): boolean {
  const first = word.charCodeAt(0);
  // A capital by its code, but for a letter beyond the BMP (a surrogate pair), which the pattern reads whole.
  if (first >= 0xd800 && first <= 0xdbff ? /^\p{Lu}/u.test(word) : isUpperCode(first)) return !cues.sentenceOpeners.has(word);
  const lower = lowercased(word);
  return cues.modifiers.has(lower) || cues.roleNouns.has(lower);
}

/**
 * `word.toLowerCase()`, or `word` itself when it has no capital to lower, as most words before a name have not.
 * Text with a curly quote or a dash is stored two bytes a character, and `toLowerCase` of such text is slow.
 */
function lowercased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return word.toLowerCase();
  }
  return word;
}

/** ", a partner at Brightwater Equity Partners," after a name: an apposition that starts with an article. */
function descriptorAfter(lexicon: Lexicon, text: string, end: number): { start: number; end: number } | undefined {
  if (text.charCodeAt(end) !== 0x2c || text.charCodeAt(end + 1) !== 0x20) return undefined; // no ", " after the name
  const m = /^, (?:\d{1,3}, )?((?:a|an|the) [^,;:()"!?]+?)(?=, |; |\. |\.$|$)/u.exec(text.slice(end, end + 160));
  if (!m) return undefined;
  const phrase = m[1]!;
  const count = wordCount(phrase);
  // A word at which a descriptor stops being one: it has become a clause.
  const clause = lexicon.memo('clause-words', () => new RegExp(`(?:^|\\s)(?:${[...lexicon.words('clause-word')].join('|')})(?=\\s|$)`));
  if (count < 2 || count > MAX_AFTER_WORDS || clause.test(phrase)) return undefined;
  const start = end + m[0].length - phrase.length;
  return { start, end: start + phrase.length };
}

/** `phrase.split(' ').length`, counted without making the array of words. */
function wordCount(phrase: string): number {
  let count = 1;
  for (let i = 0; i < phrase.length; i++) if (phrase.charCodeAt(i) === 0x20) count++;
  return count;
}
