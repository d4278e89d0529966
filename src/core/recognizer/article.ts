/**
 * What every pass of the recognizer is given: the article's blocks as on the
 * page and folded for matching, their words and shapes, the dataset's names
 * that occur in them, the lexicon of the article's language, and the marks
 * the earlier passes made. Built once per article by `readArticle`.
 */
import type { EntityLookup, NameEntry } from '../entity-lookup.ts';
import type { Mention } from '../mention.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { foldedWordsOfBlocks, type WordSpans } from '../word-spans.ts';
import { SortedSpans } from '../sorted-spans.ts';
import { hashStep, joinHashes } from '../text-key-table.ts';
import { isLetterCode, isLowerCode, isUpperCode } from '../char-codes.ts';
import { blockShape, type BlockShape } from './block-shape.ts';
import { nameCues, type NameCues } from './name-cues.ts';

/** A mark made by a pass; `entity` is the dataset's index of the entity when the mark is one of the dataset's. */
export interface Mark extends Mention {
  entity?: number;
}

/** Where one of the dataset's names stands in the text, and whose it may be. */
export interface NameSpan {
  block: number;
  start: number;
  end: number;
  entries: readonly NameEntry[];
}

export interface Article {
  readonly lookup: EntityLookup;
  /** The lexicon of the article's language; undefined for a language we have none for, where only the dataset's names are marked. */
  readonly lexicon: Lexicon | undefined;
  /** The lexicon's words as the passes ask them (see `name-cues.ts`), built once per lexicon. */
  readonly cues: NameCues | undefined;
  /** The blocks as on the page. */
  readonly texts: readonly string[];
  /** The same folded for matching (see `foldText`), at the same offsets. */
  readonly folded: readonly string[];
  readonly words: readonly WordSpans[];
  readonly shapes: readonly BlockShape[];
  /** The longest strong name at each place where one starts (full names, aliases), in reading order. */
  readonly fullNames: readonly NameSpan[];
  /** Short names that no strong name covers, in reading order: marked only with evidence from the article. */
  readonly shortNames: readonly NameSpan[];
  /** The marks of the passes run so far; they never overlap. */
  readonly marks: SortedSpans<Mark>;
}

/** A pass of the recognizer: reads the article and the marks made so far, and returns new marks that overlap none of them. */
export interface Pass {
  readonly name: string;
  /** Whether the pass reads the cues of a language (its words, its capitals), and so runs only where there is a lexicon for it. */
  readonly needsLexicon: boolean;
  readonly find: (article: Article) => Mark[];
}

export function readArticle(lookup: EntityLookup, texts: readonly string[], lexicon: Lexicon | undefined): Article {
  const { folded, words } = foldedWordsOfBlocks(texts);
  const shapes: BlockShape[] = [];
  const fullNames: NameSpan[] = [];
  const shortNames: NameSpan[] = [];
  const acronymWords: NameSpan[] = [];
  folded.forEach((text, block) => {
    const blockWords = words[block]!;
    const shape = blockShape(text, blockWords, lexicon);
    shapes.push(shape);
    const { count, starts, ends } = blockWords;
    for (let i = 0; i < count;) {
      // The quick no for most words is asked here, not in readNamesAt: a call per word of an article costs more than the answer.
      if (lookup.mayStartName(text, starts[i]!, ends[i]!, shape.caps))
        i = readNamesAt(lookup, text, blockWords, i, block, shape.caps, fullNames, shortNames, acronymWords);
      else i++;
    }
  });
  if (acronymWords.length > 0) addAcronymWords(folded, acronymWords, fullNames);
  return { lookup, lexicon, cues: lexicon && nameCues(lexicon), texts, folded, words, shapes, fullNames, shortNames, marks: new SortedSpans<Mark>() };
}

/**
 * The dataset's names that start at word `i`, a word `mayStartName` lets
 * through: the longest strong one is kept and the words it covers skipped;
 * failing one, its short names are kept for the evidence of the whole
 * article. Returns the next word to read.
 */
function readNamesAt(
  lookup: EntityLookup,
  text: string,
  words: WordSpans,
  i: number,
  block: number,
  caps: boolean,
  full: NameSpan[],
  short: NameSpan[],
  acronymWords: NameSpan[],
): number {
  const start = words.starts[i]!;
  const firstEnd = words.ends[i]!;
  const lengths = lookup.nameLengthsAt(text, start, firstEnd, caps, words.hashes[i]);
  if (!lengths) {
    // "Nato": an acronym written as a word, kept for `addAcronymWords`.
    const entries = !caps && isLowerCode(text.charCodeAt(start + 1)) ? lookup.titleCaseAcronymAt(text, start, firstEnd) : undefined;
    if (entries?.some(isStrong) && isUpperCode(text.charCodeAt(start))) acronymWords.push({ block, start, end: firstEnd, entries });
    return i + 1;
  }
  const spacedFrom = hashNamesFrom(text, words, i, Math.min(lengths[0]!, words.count - i));
  const shortBefore = short.length;
  for (const length of lengths) {
    if (i + length > words.count) continue;
    const last = i + length - 1;
    const end = words.ends[last]!;
    // Keys have single spaces; text with more between the words is looked up as a string made single-spaced.
    const entries =
      length > spacedFrom
        ? lookup.entriesFor(text.slice(start, end).replace(/ {2,}/g, ' '), caps)
        : lookup.entriesAt(text, start, end, caps, nameHashes[length - 1]);
    if (!entries) continue;
    if (entries.some(isStrong)) {
      // Lengths come longest first: this is the longest strong name here, and the short names kept above lose to it.
      short.length = shortBefore;
      full.push({ block, start, end, entries });
      return indexAfter(words, i, end);
    }
    short.push({ block, start, end, entries });
  }
  return i + 1;
}

/** `nameHashes[k]`: the `textHash` of words `i` to `i + k` of the text being read, for `hashNamesFrom`'s caller. */
const nameHashes: number[] = [];

/**
 * Fills `nameHashes` for names of up to `count` words from word `i`, each
 * joining the one before, the characters between them and the next word's
 * own hash, so that no word is read again. Returns the number of the first
 * word after two spaces together (`count` if none): names that reach it are
 * looked up single-spaced.
 */
function hashNamesFrom(text: string, words: WordSpans, i: number, count: number): number {
  let hash = words.hashes[i]!;
  nameHashes[0] = hash;
  let spacedFrom = count;
  for (let k = 1; k < count; k++) {
    const gapEnd = words.starts[i + k]!;
    let previous = -1;
    for (let at = words.ends[i + k - 1]!; at < gapEnd; at++) {
      const code = text.charCodeAt(at);
      if (code === 0x20 && previous === 0x20 && k < spacedFrom) spacedFrom = k;
      hash = hashStep(hash, code);
      previous = code;
    }
    hash = joinHashes(hash, words.hashes[i + k]!, words.ends[i + k]! - gapEnd);
    nameHashes[k] = hash;
  }
  return spacedFrom;
}

export const isStrong = (entry: NameEntry): boolean => entry.strong;

/**
 * "Nato" and "Unicef" are NATO and UNICEF, unless the article also writes
 * the word in lowercase: then it is a word ("Crew" of "crew members"), not
 * CREW. The acronyms kept join the full names, in reading order.
 */
function addAcronymWords(folded: readonly string[], acronymWords: readonly NameSpan[], full: NameSpan[]): void {
  const common = new Map<string, boolean>();
  let added = false;
  for (const span of acronymWords) {
    const word = folded[span.block]!.slice(span.start, span.end).toLowerCase();
    let isCommon = common.get(word);
    if (isCommon === undefined) common.set(word, (isCommon = folded.some((text) => containsWord(text, word))));
    if (isCommon) continue;
    full.push(span);
    added = true;
  }
  if (added) full.sort(byPosition);
}

/** Whether `word` stands in `text` as a word of its own. */
export function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetterCode(text.charCodeAt(at - 1)) && !isLetterCode(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

function indexAfter(words: WordSpans, i: number, end: number): number {
  let j = i;
  while (j < words.count && words.starts[j]! < end) j++;
  return j;
}

/** Reading order of spans across blocks. */
export function byPosition(a: { block: number; start: number }, b: { block: number; start: number }): number {
  return a.block - b.block || a.start - b.start;
}

/** A mark of the dataset's entity number `entity`; a name that ends with an abbreviation ("Inc.", "Jr.") takes its period. */
export function datasetMark(article: Article, block: number, start: number, end: number, entity: number): Mark {
  const record = article.lookup.entities[entity]!;
  return { block, start, end: withAbbreviationPeriod(article, block, end), entity, entityId: record.id, type: record.type };
}

/** "Robert F. Kennedy Jr." and "Apple Inc." end with their period, which the name tables leave out: the end of the name with it. */
export function withAbbreviationPeriod(article: Article, block: number, end: number): number {
  const text = article.texts[block]!;
  if (text.charCodeAt(end) !== 0x2e || !article.cues) return end;
  let from = end;
  while (from > 0 && isLetterCode(text.charCodeAt(from - 1))) from--;
  return article.cues.nameEndingAbbreviations.has(text.slice(from, end)) ? end + 1 : end;
}
