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
import { isLetterOrDigitCode, isMarkCode, wordStartBefore } from '../char-codes.ts';
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
  if (text.charAt(start - 1) !== ' ') return undefined;
  const lastSpace = text.lastIndexOf(' ', start - 2);
  if (cues.roleNounTable.indexOfRange(text, lastSpace + 1, start - 1) < 0) return undefined;
  const words: { start: number; end: number; word: string }[] = [];
  let at = start;
  let from: number | undefined;
  while (words.length < MAX_BEFORE_WORDS) {
    // One space, then a word (letters, digits, hyphens, periods of "U.S.", a possessive).
    const wordStart = wordBeforeSpace(text, Math.max(floor, at - 40), at);
    if (wordStart < 0) break;
    const word = text.slice(wordStart, at - 1);
    if (word.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(word) && !cues.joiningAbbreviations.has(word.slice(0, -1))) break; // the end of a sentence
    if (previous && wordStart < previous.end) {
      if (words.length > 0 && isDescriptorWord(cues, words[words.length - 1]!.word)) from = previous.start;
      break;
    }
    words.push({ start: wordStart, end: at - 1, word });
    at = wordStart;
  }
  if (words.length === 0 || !cues.roleNouns.has(words[0]!.word.toLowerCase())) return undefined;
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
 */
function wordBeforeSpace(text: string, floor: number, at: number): number {
  return wordStartBefore(text, at, floor, isPlainSpace, isWordPart, isLetterOrDigitCode);
}

const isPlainSpace = (code: number) => code === 0x20;

/** A character a word before a name may hold: a letter, a digit, a mark, a period, an apostrophe or a hyphen. */
function isWordPart(code: number): boolean {
  return code === 0x2e || code === 0x27 || code === 0x2d || isLetterOrDigitCode(code) || isMarkCode(code);
}

function isDescriptorWord(cues: NameCues, word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return !cues.sentenceOpeners.has(word);
  const lower = word.toLowerCase();
  return cues.modifiers.has(lower) || cues.roleNouns.has(lower);
}

/** ", a partner at Brightwater Equity Partners," after a name: an apposition that starts with an article. */
function descriptorAfter(lexicon: Lexicon, text: string, end: number): { start: number; end: number } | undefined {
  if (text.charCodeAt(end) !== 0x2c || text.charCodeAt(end + 1) !== 0x20) return undefined; // no ", " after the name
  const m = /^, (?:\d{1,3}, )?((?:a|an|the) [^,;:()"!?]+?)(?=, |; |\. |\.$|$)/u.exec(text.slice(end, end + 160));
  if (!m) return undefined;
  const phrase = m[1]!;
  const count = phrase.split(' ').length;
  // A word at which a descriptor stops being one: it has become a clause.
  const clause = lexicon.memo('clause-words', () => new RegExp(`(?:^|\\s)(?:${[...lexicon.words('clause-word')].join('|')})(?=\\s|$)`));
  if (count < 2 || count > MAX_AFTER_WORDS || clause.test(phrase)) return undefined;
  const start = end + m[0].length - phrase.length;
  return { start, end: start + phrase.length };
}
