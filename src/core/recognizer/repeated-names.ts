/**
 * Later mentions of the names that the unlisted-names pass found: the full
 * name again anywhere (headlines too, in capitals where they are set in
 * capitals), a person's surname standing alone (also at a sentence's start,
 * "De Miranda" for de Miranda) or their given name ("Eloise" after Eloise
 * Parry), an acronym introduced right after an organization's name, and the
 * distinctive first word of an organization's name ("Brightwater" for
 * Brightwater Equity Partners).
 */
import type { Article, Mark } from './article.ts';
import type { NameCues } from './name-cues.ts';
import { SortedSpans, type BlockSpan } from '../sorted-spans.ts';
import { TextKeyTable } from '../text-key-table.ts';
import { isLetterCode, isLetterOrDigitCode, isLowerCode, isUpperCode, wordStartBefore } from '../char-codes.ts';
import { startsCapitalized } from './capitalized-runs.ts';
import { unlistedMark, type Found } from './found-names.ts';

const INITIAL = /^\p{Lu}$/u;
const INTRODUCED_ACRONYM = /^,? \(([A-Z][A-Z0-9&]{1,9})\)/;

export function repeatedNames(article: Article, cues: NameCues, introduced: readonly Found[]): Mark[] {
  const { lookup, folded, shapes, words: blockWords } = article;
  const out: Mark[] = [];
  // The marks so far and the names found: a later mention overlaps none of them.
  const occupied = new SortedSpans<BlockSpan>(introduced);
  const named = new Set<string>();
  folded.forEach((_, block) => {
    for (const mark of article.marks.inBlock(block)) {
      occupied.add(mark);
      if (mark.entity !== undefined) named.add(mark.entityId);
    }
  });
  const forms = new Map<string, { found: Found; name: string }[]>();
  const addForm = (form: string, found: Found, name: string) => {
    const list = forms.get(form) ?? [];
    if (!list.some((f) => f.name === name)) list.push({ found, name });
    forms.set(form, list);
  };
  const surnames = new Set<string>();
  const givenNameForms = new Set<string>();
  for (const f of introduced) {
    const key = folded[f.block]!.slice(f.start, f.end);
    addForm(key, f, f.name);
    if (f.type !== 'person') continue;
    const surname = surnameOf(cues, key);
    if (surname === undefined) continue;
    surnames.add(surname);
    // "Eric Trump" beside Donald Trump: the surname alone stays ambiguous, so it is left to the dataset's evidence.
    const sharedWithNamed = (lookup.entriesFor(surname) ?? []).some((e) => named.has(lookup.entities[e.entity]!.id));
    if (sharedWithNamed) continue;
    addForm(surname, f, f.name);
    // "de Miranda" opens a sentence as "De Miranda".
    if (!startsCapitalized(surname, 0)) addForm(surname.charAt(0).toUpperCase() + surname.slice(1), f, f.name);
  }
  // "Eloise" after Eloise Parry: a given name alone is the person the article named with it. "Neon" of the Neon
  // Museum, the first word of an organization's name, likewise. Neither where the article writes it in lowercase too
  // ("will", "neon"): that is a common word. The candidates are found first, to look for all of them in one pass.
  const givenNames = introduced.map((f) => (f.type === 'person' ? givenNameOf(article, cues, folded[f.block]!.slice(f.start, f.end)) : undefined));
  const orgFirstWords = introduced.map((f) => (f.type === 'person' ? undefined : distinctiveFirstWord(article, cues, folded[f.block]!.slice(f.start, f.end))));
  const candidates = [...givenNames, ...orgFirstWords].filter((w): w is string => w !== undefined).map((w) => w.toLowerCase());
  const common = candidates.length > 0 ? wordsWrittenInLowercase(article, candidates) : undefined;
  const isCommon = (word: string) => common?.has(word.toLowerCase()) === true;
  introduced.forEach((f, k) => {
    const given = givenNames[k];
    if (given && !surnames.has(given) && !isCommon(given)) {
      addForm(given, f, f.name);
      givenNameForms.add(given);
    }
  });
  introduced.forEach((f, k) => {
    if (f.type === 'person') return;
    const acronym = INTRODUCED_ACRONYM.exec(folded[f.block]!.slice(f.end, f.end + 16));
    if (acronym) addForm(acronym[1]!, f, f.name);
    // "Lorenz" after Edward Lorenz and the Lorenz Center stays the person's.
    const word = orgFirstWords[k];
    if (word && !surnames.has(word) && !isCommon(word)) addForm(word, f, f.name);
  });
  // Forms by their first word, longest first, so that each block's words are looked at once.
  const byFirstWord = new Map<string, { form: string; upper: string; owners: { found: Found; name: string }[] }[]>();
  for (const [form, owners] of forms) {
    const upper = form.toUpperCase();
    for (const key of new Set([firstWordOf(form), firstWordOf(upper)])) {
      const list = byFirstWord.get(key) ?? [];
      list.push({ form, upper, owners });
      byFirstWord.set(key, list);
    }
  }
  // Sorted once the lists are whole: the sort is stable, so forms of one length keep the order they came in.
  for (const list of byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);
  const firstWords = new TextKeyTable([...byFirstWord.keys()]);
  const formsByFirstWord = [...byFirstWord.values()];
  // Forms that start in lowercase ("de Miranda") are looked for at lowercase words too, in the articles that have them.
  const lowercaseStarts = new Set([...byFirstWord.keys()].filter((k) => !startsCapitalized(k, 0)).map((k) => k.charCodeAt(0)));
  folded.forEach((text, block) => {
    const { caps, headline } = shapes[block]!;
    const words = blockWords[block]!;
    for (let i = 0; i < words.count; i++) {
      const start = words.starts[i]!;
      if (!startsCapitalized(text, start) && (lowercaseStarts.size === 0 || !lowercaseStarts.has(text.charCodeAt(start)))) continue;
      const found = firstWords.indexOfRange(text, start, words.ends[i]!);
      if (found < 0) continue;
      const candidates = formsByFirstWord[found]!;
      for (const { form, upper, owners } of candidates) {
        const needle = caps ? upper : form;
        if (!text.startsWith(needle, start)) continue;
        const end = start + needle.length;
        // In a headline every word is capitalized, so a capital next to the name says nothing.
        if (!standsAlone(cues, text, start, end, headline) || occupied.overlaps(block, start, end)) continue;
        // "There was a second Stephen": after an indefinite article a given name is the name, not its bearer;
        // "Wilson, John (2009)": after a surname and a comma, someone else's.
        if (givenNameForms.has(form) && (indefiniteBefore(cues, text, start) || invertedName(cues, text, start))) continue;
        const owner = nearestBefore(owners, block, start);
        // "Raspberry Pi - Usage" after the Raspberry Pi Foundation: in a headline, the words of the name that go on after
        // the form say it names something else built on them (a product), not the organization cut short.
        if (headline && continuesName(text, end, owner.name, form)) continue;
        const mention = { block, start, end, type: owner.found.type };
        occupied.add(mention);
        out.push(unlistedMark(article, mention, owner.found));
        break;
      }
    }
  });
  return out;
}

/** Whether the text at `end` goes on with the word of `name` that follows `form` at its start. */
function continuesName(text: string, end: number, name: string, form: string): boolean {
  if (text.charCodeAt(end) !== 0x20 || !name.startsWith(`${form} `)) return false;
  const next = firstWordOf(name.slice(form.length + 1));
  return text.startsWith(next, end + 1) && !isLetterOrDigitCode(text.charCodeAt(end + 1 + next.length));
}

function firstWordOf(form: string): string {
  return /^[\p{L}\p{N}\p{M}]+/u.exec(form)?.[0] ?? form;
}

/**
 * "Renaissance" for the Renaissance Africa Energy Company, "Brightwater" for
 * Brightwater Equity Partners: the first word of an organization's name,
 * when it is distinctive (not a generic word, a given name, a place or a
 * name the dataset knows).
 */
function distinctiveFirstWord(article: Article, cues: NameCues, name: string): string | undefined {
  const lookup = article.lookup;
  const space = name.indexOf(' ');
  if (space < 4 || !isCapitalizedWord(name, space)) return undefined;
  const first = name.slice(0, space);
  if (cues.genericOrgWords.has(first) || cues.sentenceOpeners.has(first) || cues.orgHeads.has(first) || cues.titleWords.has(first)) return undefined;
  if (lookup.isGivenName(first) || lookup.isPlace(first) || lookup.entriesFor(first) || lookup.nameLengthsStartingWith(first)) return undefined;
  return first;
}

/** Whether `text` up to `end` is a capital and lowercase letters, by character code. */
function isCapitalizedWord(text: string, end: number): boolean {
  if (!isUpperCode(text.charCodeAt(0))) return false;
  for (let i = 1; i < end; i++) if (!isLowerCode(text.charCodeAt(i))) return false;
  return true;
}

/** Which of `words` (in lowercase) the article writes as words of their own, in one pass over its words. */
function wordsWrittenInLowercase(article: Article, words: readonly string[]): Set<string> {
  const table = new TextKeyTable([...new Set(words)]);
  // A word's length and first letter rule out most words before any hashing; the lengths are in an array by length, read for every word.
  const firsts = new Set(words.map((w) => w.charCodeAt(0)));
  const maxLength = Math.max(...words.map((w) => w.length));
  const lengths = new Uint8Array(maxLength + 1);
  for (const w of words) lengths[w.length] = 1;
  const seen = new Set<string>();
  article.folded.forEach((text, block) => {
    const spans = article.words[block]!;
    for (let i = 0; i < spans.count; i++) {
      const start = spans.starts[i]!;
      const length = spans.ends[i]! - start;
      if (length > maxLength || lengths[length] === 0 || !firsts.has(text.charCodeAt(start))) continue;
      const found = table.indexOfRange(text, start, spans.ends[i]!);
      if (found >= 0) seen.add(table.keys[found]!);
    }
  });
  return seen;
}

function surnameOf(cues: NameCues, name: string): string | undefined {
  const words = name.split(/[ ]+/).filter((w) => !cues.nameSuffixes.has(w.replace(/\.$/, '')) && !INITIAL.test(w.replace(/\.$/, '')));
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  // "de la Cruz": a surname with particles is kept whole.
  let start = words.length - 1;
  while (start > 1 && cues.particles.has(words[start - 1]!)) start--;
  const surname = words.slice(start).join(' ');
  return last.length >= 3 ? surname : undefined;
}

/** A form stands alone when no capitalized word or letter touches it: "Brown" but not "Brown University" or "Gordon Brown". */
function standsAlone(cues: NameCues, text: string, start: number, end: number, headline: boolean): boolean {
  if (isLetterOrDigitCode(text.charCodeAt(start - 1)) || isLetterOrDigitCode(text.charCodeAt(end))) return false;
  if (headline) return true;
  const before = capitalizedWordBefore(text, start);
  if (
    before &&
    !cues.sentenceOpeners.has(before) &&
    !cues.titleWords.has(before.replace(/\.$/, '')) &&
    !cues.calendarWords.has(before) &&
    !endsSentence(cues, before)
  )
    return false;
  const after = text.charCodeAt(end);
  if ((after === 0x20 || after === 0x2d) && isUpperCode(text.charCodeAt(end + 1))) return false;
  return true;
}

/** Whether a capitalized word that opens no sentence ("Later, Sarah…") and a comma stand right before `start`, as in a name written surname first. */
function invertedName(cues: NameCues, text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20 || text.charCodeAt(start - 2) !== 0x2c) return false;
  let from = start - 2;
  while (from > 0 && isLetterCode(text.charCodeAt(from - 1))) from--;
  return from < start - 2 && isUpperCode(text.charCodeAt(from)) && !cues.sentenceOpeners.has(text.slice(from, start - 2));
}

/** Whether "a", "an" or "another" stands one or two words before `start`. */
function indefiniteBefore(cues: NameCues, text: string, start: number): boolean {
  let at = start - 1;
  for (let n = 0; n < 2 && text.charCodeAt(at) === 0x20; n++) {
    let from = at;
    while (from > 0 && isLetterCode(text.charCodeAt(from - 1))) from--;
    if (from === at) return false;
    if (cues.indefiniteArticles.has(text.slice(from, at))) return true;
    at = from - 1;
  }
  return false;
}

/** "Rothman." before "Rothman reached out": a word with a period that is no initial or abbreviation ends a sentence. */
function endsSentence(cues: NameCues, word: string): boolean {
  if (word.charCodeAt(word.length - 1) !== 0x2e) return false;
  const bare = word.slice(0, -1);
  return bare.length > 1 && bare.indexOf('.') < 0 && !cues.joiningAbbreviations.has(bare) && !cues.nameSuffixes.has(bare);
}

/**
 * The first word of a person's name when it is a given name that may stand
 * alone for them: not a place ("Jordan"), a name of the dataset, or a sentence
 * opener (the caller leaves out a word the article writes in lowercase too).
 */
function givenNameOf(article: Article, cues: NameCues, name: string): string | undefined {
  const space = name.indexOf(' ');
  if (space < 3) return undefined;
  const first = name.slice(0, space);
  const { lookup } = article;
  if (
    !lookup.isGivenName(first) ||
    lookup.isPlace(first) ||
    lookup.entriesFor(first) ||
    cues.sentenceOpeners.has(first) ||
    cues.calendarWords.has(first) ||
    cues.titleWords.has(first)
  )
    return undefined;
  return first;
}

/**
 * The word that ends right before `start` and a space or a hyphen, from its
 * first capital (letters, periods, apostrophes and hyphens; at most 30
 * characters back), or undefined when there is none: "Gordon" before "Brown".
 */
function capitalizedWordBefore(text: string, start: number): string | undefined {
  const from = wordStartBefore(text, start, Math.max(0, start - 30), isSpaceOrHyphen, isNameWordPart, isUpperCode);
  return from < 0 ? undefined : text.slice(from, start - 1);
}

const isSpaceOrHyphen = (code: number) => code === 0x20 || code === 0x2d;
const isNameWordPart = (code: number) => code === 0x2e || code === 0x27 || code === 0x2d || isLetterCode(code);

function nearestBefore(owners: readonly { found: Found; name: string }[], block: number, start: number): { found: Found; name: string } {
  let best = owners[0]!;
  for (const o of owners) {
    const before = o.found.block < block || (o.found.block === block && o.found.start <= start);
    if (before) best = o;
  }
  return best;
}
