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
import { isLetterCode, isLetterOrDigitCode, isLowerCode, isMarkCode, isUpperCode, wordStartBefore } from '../char-codes.ts';
import { startsCapitalized } from './capitalized-runs.ts';
import { unlistedMark, type Found } from './found-names.ts';
import { WordTable, wordsAmong } from './word-table.ts';

const INITIAL = /^\p{Lu}$/u;
const INTRODUCED_ACRONYM = /^,? \(([A-Z][A-Z0-9&]{1,9})\)/;

export function repeatedNames(article: Article, cues: NameCues, introduced: readonly Found[]): Mark[] {
  // The marks so far and the names found: a later mention overlaps none of them.
  const occupied = new SortedSpans<BlockSpan>(introduced);
  const named = new Set<string>();
  for (let block = 0; block < article.folded.length; block++) {
    for (const mark of article.marks.inBlock(block)) {
      occupied.add(mark);
      if (mark.entity !== undefined) named.add(mark.entityId);
    }
  }
  const forms = formsOf(article, cues, introduced, named);
  return findForms(article, cues, new FormsByFirstWord(forms.owners), forms.givenNames, occupied);
}

/** A name found whose form a later mention may take, and the name as on the page. */
interface Owner {
  found: Found;
  name: string;
}

/** The forms of the names found, in the order they were added, each with the names it may stand for. */
class Forms {
  readonly owners = new Map<string, Owner[]>();
  /** The forms that are a given name alone ("Eloise"). */
  readonly givenNames = new Set<string>();

  add(form: string, found: Found, name: string): void {
    let list = this.owners.get(form);
    if (!list) this.owners.set(form, (list = []));
    for (const owner of list) if (owner.name === name) return;
    list.push({ found, name });
  }
}

/**
 * The forms a later mention of the names found may take. Split from the
 * scan for them and kept to plain loops: this runs once per article, and
 * a function that is short and sees one shape of array is compiled once.
 */
function formsOf(article: Article, cues: NameCues, introduced: readonly Found[], named: ReadonlySet<string>): Forms {
  const { folded } = article;
  const forms = new Forms();
  const surnames = new Set<string>();
  for (const f of introduced) {
    const key = folded[f.block]!.slice(f.start, f.end);
    forms.add(key, f, f.name);
    if (f.type !== 'person') continue;
    const surname = surnameOf(cues, key);
    if (surname === undefined) continue;
    surnames.add(surname);
    // "Eric Trump" beside Donald Trump: the surname alone stays ambiguous, so it is left to the dataset's evidence.
    if (sharesEntityWith(article, surname, named)) continue;
    forms.add(surname, f, f.name);
    // "de Miranda" opens a sentence as "De Miranda".
    if (!startsCapitalized(surname, 0)) forms.add(surname.charAt(0).toUpperCase() + surname.slice(1), f, f.name);
  }
  // "Eloise" after Eloise Parry: a given name alone is the person the article named with it. "Neon" of the Neon
  // Museum, the first word of an organization's name, likewise. Neither where the article writes it in lowercase too
  // ("will", "neon"): that is a common word. The candidates are found first, to look for all of them in one pass.
  const firstWords: string[] = [];
  const lowercase = new Set<string>();
  for (const f of introduced) {
    const name = folded[f.block]!.slice(f.start, f.end);
    const word = (f.type === 'person' ? givenNameOf(article, cues, name) : distinctiveFirstWord(article, cues, name)) ?? '';
    firstWords.push(word);
    if (word !== '') lowercase.add(word.toLowerCase());
  }
  const common = lowercase.size > 0 ? wordsAmong(folded, article.words, [...lowercase]) : undefined;
  const isCommon = (word: string) => common !== undefined && common.has(word.toLowerCase());
  for (let k = 0; k < introduced.length; k++) {
    const f = introduced[k]!;
    const given = firstWords[k]!;
    if (f.type === 'person' && given !== '' && !surnames.has(given) && !isCommon(given)) {
      forms.add(given, f, f.name);
      forms.givenNames.add(given);
    }
  }
  for (let k = 0; k < introduced.length; k++) {
    const f = introduced[k]!;
    if (f.type === 'person') continue;
    const acronym = INTRODUCED_ACRONYM.exec(folded[f.block]!.slice(f.end, f.end + 16));
    if (acronym) forms.add(acronym[1]!, f, f.name);
    // "Lorenz" after Edward Lorenz and the Lorenz Center stays the person's.
    const word = firstWords[k]!;
    if (word !== '' && !surnames.has(word) && !isCommon(word)) forms.add(word, f, f.name);
  }
  return forms;
}

/** Whether one of the dataset's entities that bear `surname` is one the article already names. */
function sharesEntityWith(article: Article, surname: string, named: ReadonlySet<string>): boolean {
  const entries = article.lookup.entriesFor(surname);
  if (!entries) return false;
  for (const e of entries) if (named.has(article.lookup.entities[e.entity]!.id)) return true;
  return false;
}

/** A form as looked for: as written, and in capitals for a block set in capitals. */
interface Form {
  form: string;
  upper: string;
  owners: Owner[];
}

/** The forms by their first word (as written and in capitals), longest first, so that each word of the article is looked up once. */
class FormsByFirstWord {
  readonly table: WordTable;
  readonly lists: Form[][];

  constructor(owners: ReadonlyMap<string, Owner[]>) {
    const byFirstWord = new Map<string, Form[]>();
    const add = (key: string, entry: Form) => {
      const list = byFirstWord.get(key);
      if (list) list.push(entry);
      else byFirstWord.set(key, [entry]);
    };
    for (const [form, list] of owners) {
      const entry = { form, upper: form.toUpperCase(), owners: list };
      const first = firstWordOf(form);
      const upperFirst = firstWordOf(entry.upper);
      add(first, entry);
      if (upperFirst !== first) add(upperFirst, entry);
    }
    // Sorted once the lists are whole: the sort is stable, so forms of one length keep the order they came in.
    for (const list of byFirstWord.values()) list.sort(longerFirst);
    this.table = new WordTable([...byFirstWord.keys()]);
    this.lists = [...byFirstWord.values()];
  }
}

const longerFirst = (a: Form, b: Form) => b.form.length - a.form.length;

/** The later mentions of the forms, in one pass over the words of the article. */
function findForms(article: Article, cues: NameCues, forms: FormsByFirstWord, givenNameForms: ReadonlySet<string>, occupied: SortedSpans<BlockSpan>): Mark[] {
  const { folded, shapes } = article;
  const out: Mark[] = [];
  for (let block = 0; block < folded.length; block++) {
    const text = folded[block]!;
    const { caps, headline } = shapes[block]!;
    const words = article.words[block]!;
    for (let i = 0; i < words.count; i++) {
      // A word that is a form's first word is capitalized, or starts like a form that starts in lowercase ("de Miranda").
      const found = forms.table.indexOfWord(text, words, i);
      if (found < 0) continue;
      const start = words.starts[i]!;
      for (const { form, upper, owners } of forms.lists[found]!) {
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
  }
  return out;
}

/** Whether the text at `end` goes on with the word of `name` that follows `form` at its start. */
function continuesName(text: string, end: number, name: string, form: string): boolean {
  if (text.charCodeAt(end) !== 0x20 || !name.startsWith(`${form} `)) return false;
  const next = firstWordOf(name.slice(form.length + 1));
  return text.startsWith(next, end + 1) && !isLetterOrDigitCode(text.charCodeAt(end + 1 + next.length));
}

/** The letters, digits and marks that open `form` (all of it when none does), read by character code. */
function firstWordOf(form: string): string {
  let end = 0;
  for (; end < form.length; end++) {
    const code = form.charCodeAt(end);
    // A character beyond the BMP is left to the RegExp, which reads it whole.
    if (code >= 0xd800 && code <= 0xdfff) return /^[\p{L}\p{N}\p{M}]+/u.exec(form)?.[0] ?? form;
    if (!isLetterOrDigitCode(code) && !isMarkCode(code)) break;
  }
  return end > 0 ? form.slice(0, end) : form;
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
