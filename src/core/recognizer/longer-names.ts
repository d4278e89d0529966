/**
 * Whether one of the dataset's names stands at the start of a longer name the
 * dataset lacks, read as the unlisted-names pass reads runs of capitalized
 * words: the passes that mark the dataset's names leave such a name to it.
 */
import type { Article } from './article.ts';
import type { WordSpans } from '../word-spans.ts';
import { isUpperCode } from '../char-codes.ts';
import { nameCues, type NameCues } from './name-cues.ts';
import { forEachCapitalizedRun } from './capitalized-runs.ts';
import { classifyRun, type Candidate } from './run-names.ts';

/**
 * Whether the dataset's name at [start, end) is only the start of an
 * organization's name the dataset lacks, which the unlisted-names pass marks
 * instead: an organization's name follows it ("Bezos" in "Bezos Earth
 * Fund"), or an organization word follows within three words and makes one
 * name of it ("Shell" in "Shell Petroleum Development Company of Nigeria",
 * "Lorenz" in "the Lorenz Center").
 */
export function runsIntoOrganization(article: Article, block: number, start: number, end: number): boolean {
  const text = article.folded[block]!;
  // Most names are followed by anything but a space and a capital: answer those without reading a run.
  if (!capitalFollows(text, end) || article.shapes[block]!.caps) return false;
  const cues = nameCues(article.lexicon!);
  // A person's name too: "Lorenz" in "the Lorenz Center" is the center's.
  if (organizationWordFollows(cues, text, end)) {
    // "The Federalist" in "The Federalist Society": a run of capitalized words starts after the article, so the name is read from its next word.
    const from = afterDefiniteArticle(article, text, start, end);
    // The words from the name on must read as one organization: "Queen's University Press" is no run (the possessive breaks it).
    if (candidateOfRunAt(article, block, from, end, (c) => c.type === 'organization' && c.start <= from && c.end > end)) return true;
  }
  // In a headline every word is capitalized: a run there says nothing.
  if (article.shapes[block]!.headline || !organizationWordAhead(cues, text, article.words[block]!, end)) return false;
  return candidateOfRunAt(article, block, end + 1, end, (c) => c.type === 'organization' && c.start === end + 1);
}

/** Where the name at [start, end) goes on after a definite article it opens with ("The Federalist"), or `start`. */
function afterDefiniteArticle(article: Article, text: string, start: number, end: number): number {
  const space = text.indexOf(' ', start);
  if (space < 0 || space >= end) return start;
  return article.lexicon!.words('definite-article').has(text.slice(start, space).toLowerCase()) ? space + 1 : start;
}

/**
 * Whether an organization word stands among the capitalized words and
 * connectors that follow `end`: without one, no organization's name follows,
 * and the run need not be read and classified.
 */
function organizationWordAhead(cues: NameCues, text: string, words: WordSpans, end: number): boolean {
  for (let i = firstWordAt(words, end + 1), n = 0; i >= 0 && i < words.count && n < MAX_RUN_WORDS; i++, n++) {
    const from = words.starts[i]!;
    const to = words.ends[i]!;
    // Asked by the hash the word scan took: the tables are not caseless.
    if (cues.organizationWords.indexOfRange(text, from, to, words.hashes[i]) >= 0) return true;
    if (!isUpperCode(text.charCodeAt(from)) && cues.runConnectors.indexOfRange(text, from, to, words.hashes[i]) < 0) return false;
  }
  return false;
}

/** Longer runs than this are not looked at for an organization word: names are shorter. */
const MAX_RUN_WORDS = 12;

/**
 * Whether the short name at [start, end) runs on into a longer name that no
 * one knows: a capitalized word follows that is no title, day, name suffix,
 * word that follows organizations ("CEO") or start of a dataset name
 * ("Cambridge" in "Cambridge Analytica", "Shell" in "Shell Nigeria").
 */
export function continuesIntoUnknownName(article: Article, block: number, end: number): boolean {
  const text = article.folded[block]!;
  if (!capitalFollows(text, end) || article.shapes[block]!.titleCase || article.shapes[block]!.caps) return false;
  const words = article.words[block]!;
  const next = firstWordAt(words, end + 1);
  if (next < 0) return false;
  const from = words.starts[next]!;
  const to = words.ends[next]!;
  // An abbreviation's period ("Jr.", "Gen.") or a hyphenated name ("Trump-Xi") is no new word of a name.
  if (text.charCodeAt(to) === 0x2e || text.charCodeAt(to) === 0x2d) return false;
  const cues = nameCues(article.lexicon!);
  const word = text.slice(from, to);
  if (
    cues.calendarWords.has(word) ||
    cues.nameSuffixes.has(word) ||
    cues.sentenceOpeners.has(word) ||
    cues.orgHeads.has(word) ||
    cues.organizationFollowers.has(word)
  )
    return false;
  if (article.lookup.nameLengthsAt(text, from, to)) return false;
  // "Senate Majority Leader John Thune": a title follows the name.
  for (let i = next; i < words.count && i < next + 3 && isUpperCode(text.charCodeAt(words.starts[i]!)); i++) {
    if (cues.titleWords.has(text.slice(words.starts[i]!, words.ends[i]!))) return false;
  }
  return true;
}

/** Whether the short name at [start, end) begins a person's longer name: "William" in "Captain William Hobson". */
export function beginsPersonName(article: Article, block: number, start: number, end: number): boolean {
  const text = article.folded[block]!;
  if (!capitalFollows(text, end) || article.shapes[block]!.headline) return false;
  // A person's name starts at a given name, or after a title or a person's role: most short names are neither.
  const cues = nameCues(article.lexicon!);
  const wordEnd = article.words[block]!.ends[firstWordAt(article.words[block]!, start)] ?? end;
  if (!article.lookup.isGivenName(text.slice(start, wordEnd)) && !titleOrRoleBefore(cues, text, start)) return false;
  return candidateOfRunAt(article, block, start, end, (c) => c.type === 'person' && c.start === start && c.end > end);
}

/** Whether the word before `start` and a space is a title ("Captain", "Dr.") or a person's role ("economist"). */
function titleOrRoleBefore(cues: NameCues, text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const from = text.lastIndexOf(' ', start - 2) + 1;
  const word = text.slice(from, start - 1);
  return cues.titleWords.has(word) || cues.titleWords.has(word.replace(/\.$/, '')) || cues.personRoles.has(word);
}

function capitalFollows(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x20 && isUpperCode(text.charCodeAt(end + 1));
}

/** Whether the run of capitalized words that starts at offset `at` names something `accept` takes; the run stops at the marks and full names after `end`. */
function candidateOfRunAt(article: Article, block: number, at: number, end: number, accept: (c: Candidate) => boolean): boolean {
  const words = article.words[block]!;
  const from = firstWordAt(words, at);
  if (from < 0) return false;
  const text = article.folded[block]!;
  const cues = nameCues(article.lexicon!);
  let yes = false;
  forEachCapitalizedRun(
    cues,
    text,
    words,
    spansAfter(article, block, end),
    (run) => {
      if (run.words[0] === from) yes = classifyRun(article.lookup, cues, text, words, run).some(accept);
      return true;
    },
    from,
  );
  return yes;
}

/** Whether one of the (at most three) capitalized words after `end` ends organizations' names: "Shell Petroleum Development Company". */
function organizationWordFollows(cues: NameCues, text: string, end: number): boolean {
  const limit = Math.min(text.length, end + FOLLOWING_LENGTH);
  if (end >= limit || text.charCodeAt(end) !== 0x20) return false;
  // What `FOLLOWING_WORDS` reads, by character codes while the text is ASCII: the words are runs of letters, "&" and "-"
  // that start with a capital, one space apart. The words are looked up as they are met: a later one cannot undo an earlier.
  let at = end + 1;
  for (let n = 0; n < 3 && at < limit; n++) {
    const first = text.charCodeAt(at);
    if (first >= 0x80) return organizationWordFollowsByPattern(cues, text, end);
    if (first < 0x41 || first > 0x5a) return false;
    let to = at + 1;
    for (; to < limit; to++) {
      const c = text.charCodeAt(to);
      if (c >= 0x80) return organizationWordFollowsByPattern(cues, text, end);
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x26 || c === 0x2d)) break;
    }
    if (cues.orgHeads.has(text.slice(at, to))) return true;
    if (to >= limit) return false;
    if (!isAsciiSpace(text.charCodeAt(to))) return false;
    at = to + 1;
  }
  return false;
}

/** How much text after a name `organizationWordFollows` reads. */
const FOLLOWING_LENGTH = 60;
const FOLLOWING_WORDS = /^ ((?:\p{Lu}[\p{L}&-]*\s?){1,3})/u;

/** `organizationWordFollows` for text that is not ASCII, by the pattern. */
function organizationWordFollowsByPattern(cues: NameCues, text: string, end: number): boolean {
  const next = FOLLOWING_WORDS.exec(text.slice(end, end + FOLLOWING_LENGTH));
  return (
    next !== null &&
    next[1]!
      .trim()
      .split(/\s+/)
      .some((w) => cues.orgHeads.has(w))
  );
}

/** JavaScript's `\s` among ASCII codes. */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** The index of the word that starts at `start`, or -1. */
function firstWordAt(words: WordSpans, start: number): number {
  let lo = 0;
  let hi = words.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = words.starts[mid]!;
    if (at === start) return mid;
    if (at < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The dataset's full names and the marks of a block that start at `end` or later, sorted: a run stops at them. */
function spansAfter(article: Article, block: number, end: number): { start: number; end: number }[] {
  const spans = article.marks.inBlock(block).filter((s) => s.start >= end) as { start: number; end: number }[];
  const names = article.fullNames;
  for (let i = firstAtOrAfter(names, block, end); i < names.length && names[i]!.block === block; i++) spans.push(names[i]!);
  return spans.sort((a, b) => a.start - b.start);
}

/** The index of the first span of `list` (in reading order) at or after position `at` of `block`. */
function firstAtOrAfter(list: readonly { block: number; start: number }[], block: number, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (s.block < block || (s.block === block && s.start < at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
