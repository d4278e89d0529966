/**
 * People and organizations the dataset does not list. News names far more
 * people than any bundled dataset can hold (analysts, officials, players,
 * small firms), and a reader wants to see them as part of the cast all the
 * same. Runs of capitalized words in running prose (`capitalized-runs.ts`)
 * are read for a person's or an organization's name (`run-names.ts`), and
 * single words for an organization's (`single-word-names.ts`).
 * Headlines in title case or capitals never introduce a name, since every
 * word there is capitalized; they and the rest of the article do repeat
 * names found in prose (`repeated-names.ts`). Their cards say that the
 * dataset has no record of them.
 */
import type { Article, Mark } from './article.ts';
import { containsWord, withAbbreviationPeriod } from './article.ts';
import { unlistedMark, type Found } from './found-names.ts';
import { forEachCapitalizedRun, startsCapitalized } from './capitalized-runs.ts';
import { cuedPersonInRun, namesInRun, readRun } from './run-names.ts';
import { nameCues, type NameCues } from './name-cues.ts';
import { isPolitician, leaderWordFollows } from './leader-names.ts';
import { repeatedNames } from './repeated-names.ts';
import { OrganizationEdges } from './organization-context.ts';
import { isSingleWordOrganization } from './single-word-names.ts';
import { typeFromContext, type OrganizationEdgesInBlock } from './name-context.ts';

export function findUnlistedNames(article: Article): Mark[] {
  const { lookup, texts, folded, shapes } = article;
  const cues = nameCues(article.lexicon!);
  const introduced: Found[] = [];
  const edges = new EdgesInBlock(new OrganizationEdges(lookup, article.marks), introduced);
  const singles: number[] = [];
  const addSingle = (i: number) => void singles.push(i);
  const unnamed: Found[] = [];
  // Capitalized words standing alone that no organization took: read for a person's cue only if some unnamed run ends with one.
  const lone: { block: number; start: number; end: number }[] = [];
  // A name is read once: its first reading holds for the article, and later ones are its repeats ("Ocean Sentinel" stays the group).
  const seen = new Set<string>();
  const addFound = (block: number, start: number, end: number, type: Found['type']) => {
    const key = folded[block]!.slice(start, end);
    if (seen.has(key)) return;
    seen.add(key);
    const found: Found = { block, start, end, type, name: texts[block]!.slice(start, end) };
    const entity =
      type === 'person' ? lookup.personByNameParts(key, { suffixes: cues.nameSuffixes, shortForms: article.lexicon!.givenNameShortForms }) : undefined;
    if (entity !== undefined) found.entity = entity;
    introduced.push(found);
  };
  folded.forEach((text, block) => {
    // A headline's capitals say nothing, but a person's name alone in a block (a table cell, a caption) is still read;
    // an organization's is too like a section's heading ("Monitoring Distributed Systems").
    const alone = shapes[block]!.headline;
    if (alone && !isNameAlone(article, block)) return;
    const words = article.words[block]!;
    edges.block = block;
    edges.from = introduced.length;
    singles.length = 0;
    forEachCapitalizedRun(
      cues,
      text,
      words,
      article.marks.inBlock(block),
      (run) => {
        const read = readRun(lookup, cues, text, words, run);
        const candidates = namesInRun(read, edges);
        if (candidates.length === 0 && !alone) {
          const person = cuedPersonInRun(read);
          if (person) unnamed.push({ block, start: person.start, end: person.end, type: 'person', name: texts[block]!.slice(person.start, person.end) });
        }
        for (const candidate of candidates) {
          if (alone && candidate.type !== 'person') continue;
          addFound(block, candidate.start, withAbbreviationPeriod(article, block, candidate.end), candidate.type);
        }
      },
      0,
      addSingle,
    );
    // Words that stand alone are read last, beside all the organizations found in the block ("Commonwealth of Nations, ANZUS, OECD").
    for (const i of alone ? [] : singles) {
      const start = words.starts[i]!;
      const end = words.ends[i]!;
      // A country, a sentence opener, a title, a place or a given name is neither of the two below. Most words that stand
      // alone are one ("Ukraine", "However"), and these look-ups cost less than reading the words around them.
      if (namesNeither(article, cues, text.slice(start, end))) lone.push({ block, start, end });
      else if (isSingleWordOrganization(article, cues, text, start, end, edges)) addFound(block, start, end, 'organization');
      // "the Carter administration", where the dataset has no politician of that name.
      else if (isUnlistedLeader(article, cues, text, start, end)) addFound(block, start, end, 'person');
      else lone.push({ block, start, end });
    }
  });
  // "says Tipoki", "Tipoki, 68,": the article speaks of someone by this word alone.
  const lastWords = new Set(unnamed.map((f) => lastWordOf(folded[f.block]!, f.end)));
  const cuedSurnames = new Set<string>();
  for (const { block, start, end } of lone) {
    const text = folded[block]!;
    const word = text.slice(start, end);
    if (lastWords.has(word) && typeFromContext(cues, text, start, end) === 'person') cuedSurnames.add(word);
  }
  // "Net mender Ruahine Tipoki was nine … says Tipoki": a run the article later cues by its last word,
  // unless its first word is one the article writes in lowercase ("Accordingly Turkey … said Turkey").
  // Whether the article writes a word in lowercase, kept per word: a long article may cue many runs that start alike.
  const inLowercase = new Map<string, boolean>();
  for (const f of unnamed) {
    const text = folded[f.block]!;
    if (!cuedSurnames.has(lastWordOf(text, f.end))) continue;
    const first = text.slice(f.start, text.indexOf(' ', f.start)).toLowerCase();
    let written = inLowercase.get(first);
    if (written === undefined) inLowercase.set(first, (written = folded.some((other) => containsWord(other, first))));
    if (!written) addFound(f.block, f.start, f.end, 'person');
  }
  addPeopleListedBesidePeople(article, unnamed, introduced, addFound);
  if (introduced.length === 0) return [];
  return [...introduced.map((f) => unlistedMark(article, f)), ...repeatedNames(article, cues, introduced)];
}

/** The word of a run that ends at `end`: what follows its last space. */
function lastWordOf(text: string, end: number): string {
  return text.slice(text.lastIndexOf(' ', end - 1) + 1, end);
}

/** What joins the names of a list of people. */
const PEOPLE_SEPARATORS = [', and ', ', ', ' and '];

/**
 * "Many thanks to Deepak Gupta, Koundinya Muppalla and Peng Kang": a run
 * shaped like a person's name with no cue of its own is a person's when it is
 * listed right beside someone the article names (and so, in turn, the next).
 */
function addPeopleListedBesidePeople(
  article: Article,
  unnamed: readonly Found[],
  introduced: readonly Found[],
  addFound: (block: number, start: number, end: number, type: Found['type']) => void,
): void {
  const pending = unnamed.filter((f) => !article.lookup.isPlace(article.folded[f.block]!.slice(f.start, f.end)));
  const isPersonAt = (block: number, at: number, edge: 'start' | 'end') =>
    introduced.some((p) => p.type === 'person' && p.block === block && p[edge] === at) ||
    article.marks.inBlock(block).some((m) => m.type === 'person' && m[edge] === at);
  for (let added = true; added && pending.length > 0;) {
    added = false;
    for (let k = pending.length - 1; k >= 0; k--) {
      const f = pending[k]!;
      const text = article.folded[f.block]!;
      const listed = PEOPLE_SEPARATORS.some(
        (s) =>
          (text.startsWith(s, f.end) && isPersonAt(f.block, f.end + s.length, 'start')) ||
          (f.start >= s.length && text.startsWith(s, f.start - s.length) && isPersonAt(f.block, f.start - s.length, 'end')),
      );
      if (!listed) continue;
      addFound(f.block, f.start, f.end, 'person');
      pending.splice(k, 1);
      added = true;
    }
  }
}

/** Whether a word is one that `isSingleWordOrganization` and `isUnlistedLeader` both turn down whatever stands around it. */
function namesNeither(article: Article, cues: NameCues, word: string): boolean {
  return (
    cues.countryNames.has(word) ||
    cues.sentenceOpeners.has(word) ||
    cues.titleWords.has(word) ||
    article.lookup.isPlace(word) ||
    article.lookup.isGivenName(word)
  );
}

/**
 * A surname before a leader's word ("the Carter administration") that is no politician or organization of the dataset.
 * Only asked of a word `namesNeither` let through, so a place, a given name or a title never gets here.
 */
function isUnlistedLeader(article: Article, cues: NameCues, text: string, start: number, end: number): boolean {
  if (!leaderWordFollows(cues, text, end)) return false;
  const word = text.slice(start, end);
  const entries = article.lookup.entriesFor(word);
  return !entries || !entries.some((e) => isPolitician(article.lookup, e.entity) || article.lookup.entities[e.entity]!.type === 'organization');
}

/** Whether a block is two to four capitalized words and nothing else ("Hori Parata", "West Mercia Police"), as in a table cell or a caption. */
function isNameAlone(article: Article, block: number): boolean {
  const words = article.words[block]!;
  const text = article.folded[block]!;
  if (words.count < 2 || words.count > MAX_WORDS_ALONE || article.shapes[block]!.caps) return false;
  for (let i = 0; i < words.count; i++) {
    if (!startsCapitalized(text, words.starts[i]!)) return false;
    // One name: its words one space apart ("Hori Parata", not "Jane Okafor, Ottawa").
    if (i > 0 && (words.starts[i]! - words.ends[i - 1]! !== 1 || text.charCodeAt(words.ends[i - 1]!) !== 0x20)) return false;
  }
  return text.trim().length === words.ends[words.count - 1]! - words.starts[0]!;
}

const MAX_WORDS_ALONE = 4;

/** Where organizations start and end in the block being read: the dataset's, and those this pass found there so far ("Commonwealth of Nations, ANZUS, …"). */
class EdgesInBlock implements OrganizationEdgesInBlock {
  block = 0;
  /** The first of `found` that is in this block. */
  from = 0;

  constructor(
    private readonly dataset: OrganizationEdges,
    private readonly found: readonly Found[],
  ) {}

  startsAt(at: number): boolean {
    if (this.dataset.startsAt(this.block, at)) return true;
    for (let k = this.from; k < this.found.length; k++) if (this.found[k]!.type === 'organization' && this.found[k]!.start === at) return true;
    return false;
  }

  endsAt(at: number): boolean {
    if (this.dataset.endsAt(this.block, at)) return true;
    for (let k = this.from; k < this.found.length; k++) if (this.found[k]!.type === 'organization' && this.found[k]!.end === at) return true;
    return false;
  }
}
