/**
 * What a run of capitalized words names (see `capitalized-runs.ts`):
 *   - a person, when it starts with a known given name ("Renata Culpepper"),
 *     follows a title ("Health Minister Teodoro Herbosa", "Mr. Okafor"), or
 *     the words beside it say so ("economist Tiwalade Ogunlesi", "said Rae
 *     Zimmerman", see `name-context.ts`);
 *   - an organization, when it ends with a word that ends such names
 *     ("Brightwater Equity Partners"), holds one followed by a complement
 *     ("Ministry of Defence", "Court of Appeals for the Ninth Circuit"), or
 *     the words beside it say so ("the Manu Taupunga group").
 */
import type { EntityType } from '../entity-schema.ts';
import type { EntityLookup } from '../entity-lookup.ts';
import type { WordSpans } from '../word-spans.ts';
import type { NameCues } from './name-cues.ts';
import { isInitial, startsCapitalized, type Run } from './capitalized-runs.ts';
import { listedWithOrganization, typeFromContext, type OrganizationEdgesInBlock } from './name-context.ts';

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
}

/**
 * One run read for what it names (by `namesInRun`, then `cuedPersonInRun`):
 * its words as strings, with their places in the text, and the first word
 * that may begin a name (leading words that open a sentence or are a weekday
 * are not part of any).
 */
export class RunWords {
  readonly words: string[];
  readonly n: number;
  readonly first: number;

  constructor(
    readonly lookup: EntityLookup,
    readonly cues: NameCues,
    readonly text: string,
    private readonly all: WordSpans,
    private readonly indices: readonly number[],
    readonly afterAmpersand: readonly number[],
  ) {
    this.words = indices.map((i) => text.slice(all.starts[i]!, all.ends[i]!));
    this.n = indices.length;
    let first = 0;
    while (first < this.n && (cues.sentenceOpeners.has(this.words[first]!) || cues.calendarWords.has(this.words[first]!) || this.isLower(first))) first++;
    this.first = first;
  }

  word(k: number): string {
    return this.words[k]!;
  }

  isLower(k: number): boolean {
    return !startsCapitalized(this.text, this.startOf(k));
  }

  startOf(k: number): number {
    return this.all.starts[this.indices[k]!]!;
  }

  endOf(k: number): number {
    return this.all.ends[this.indices[k]!]!;
  }

  isGivenName(k: number): boolean {
    return this.lookup.isGivenName(this.words[k]!);
  }

  /** Whether word `k` follows the word before after a comma ("Asthma" in "of Allergy, Asthma and Immunology"). */
  afterComma(k: number): boolean {
    return k > 0 && this.startOf(k) === this.endOf(k - 1) + 2 && this.text.charCodeAt(this.endOf(k - 1)) === 0x2c;
  }

  /** Whether word `k` is glued to the word before by an apostrophe ("o" of "Nyong'o"). */
  afterApostrophe(k: number): boolean {
    return k > 0 && this.startOf(k) === this.endOf(k - 1) + 1 && this.text.charCodeAt(this.startOf(k) - 1) === 0x27;
  }

  /** Whether words `from` to `to` (inclusive) are a place of the lexicon. */
  isPlace(from: number, to: number): boolean {
    return this.lookup.isPlace(this.text.slice(this.startOf(from), this.endOf(to)));
  }
}

/** Reads a run of two words or more once, for `namesInRun` and `cuedPersonInRun` both. */
export function readRun(lookup: EntityLookup, cues: NameCues, text: string, all: WordSpans, run: Run): RunWords {
  return new RunWords(lookup, cues, text, all, run.words, run.afterAmpersand);
}

/** The person and organization names in one run, if any; `edges`, where the dataset's organizations stand in the block, for names listed beside them. */
export function classifyRun(lookup: EntityLookup, cues: NameCues, text: string, all: WordSpans, run: Run, edges?: OrganizationEdgesInBlock): Candidate[] {
  // One word is never a name here: a person needs a surname or a title before it, an organization two words.
  return run.words.length < 2 ? NO_CANDIDATES : namesInRun(readRun(lookup, cues, text, all, run), edges);
}

/** `classifyRun` of a run read by `readRun`. */
export function namesInRun(words: RunWords, edges?: OrganizationEdgesInBlock): Candidate[] {
  const { lookup, cues, text, n, first } = words;
  if (n - first < 2) return NO_CANDIDATES;

  const out: Candidate[] = [];
  // "economist Tiwalade Ogunlesi", "said Rae Zimmerman", "the Manu Taupunga group": what the words beside the run say it names.
  const context = typeFromContext(cues, text, first === 0 ? words.startOf(0) : -1, words.endOf(n - 1));
  // Listed beside an organization ("said Cambridge Analytica and Facebook"), a run is one more, unless a given name or a title says otherwise.
  const listed = edges !== undefined && listedWithOrganization(text, words.startOf(first), words.endOf(n - 1), edges, false);
  const person = context === 'organization' ? undefined : personIn(lookup, words, first, words.afterAmpersand, context === 'person' && !listed);
  const orgEnd = person ? person.titleStart : n;
  if (person) out.push({ start: words.startOf(person.from), end: words.endOf(n - 1), type: 'person' });
  // "the Department of Health and the Treasury": two organizations.
  const second = secondOrganizationStart(words, first, orgEnd);
  const org =
    organizationIn(words, first, second) ?? ((context === 'organization' || (listed && !person)) && second === orgEnd ? wholeRun(words, first) : undefined);
  if (org) out.push({ start: words.startOf(org.from), end: words.endOf(org.to), type: 'organization' });
  const other = second < orgEnd ? organizationIn(words, second + 2, orgEnd) : undefined;
  if (other) out.push({ start: words.startOf(other.from), end: words.endOf(other.to), type: 'organization' });
  return out;
}

/**
 * The run as a person's name if the article cued it as one: for a run that
 * `namesInRun` left unnamed ("Net mender Ruahine Tipoki was nine"), read
 * again once the article says its last word alone is a person ("says Tipoki").
 */
export function cuedPersonInRun(words: RunWords): Candidate | undefined {
  const { lookup, text, n, first } = words;
  if (n - first < 2 || opensSentence(text, words.startOf(first))) return undefined;
  // "Enter Stuart R. Kaplan": a given name inside the run says where the name starts, and it is not here.
  for (let k = first + 1; k < n - 1; k++) if (words.isGivenName(k)) return undefined;
  const person = personIn(lookup, words, first, words.afterAmpersand, true);
  return person && person.from === first ? { start: words.startOf(first), end: words.endOf(n - 1), type: 'person' } : undefined;
}

/** Whether a sentence starts at `start`: the block's start, or after a sentence's end and a space ("Ah Bartleby!"). */
function opensSentence(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && text.charCodeAt(at) === 0x20) at--;
  if (at < 0) return true;
  const c = text.charCodeAt(at);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x3a;
}

/** The run from `first` to its end as one organization's name, unless a title leads it or it names a place or a thing ("New Zealand", "Golden Gate Bridge"). */
function wholeRun(run: RunWords, first: number): { from: number; to: number } | undefined {
  const last = run.n - 1;
  if (run.cues.titleWords.has(run.word(first)) || run.cues.notPersonWords.has(run.word(last)) || run.isPlace(first, last)) return undefined;
  return { from: first, to: last };
}

const NO_CANDIDATES: Candidate[] = [];

/**
 * A person's name at the end of the run: from a given name, or from the
 * word after a title, to the end of the run. `titleStart` is where the
 * titles before it begin, so that an organization may stand before them
 * ("Regulatory Commission Chief Executive Gbenga Komolafe").
 */
function personIn(
  lookup: EntityLookup,
  run: RunWords,
  first: number,
  afterAmpersand: readonly number[],
  cued: boolean,
): { from: number; titleStart: number } | undefined {
  const n = run.n;
  for (let k = first; k < n; k++) {
    if (run.isLower(k) || run.cues.titleWords.has(run.word(k))) continue;
    const afterTitle = k > first && run.cues.titleWords.has(run.word(k - 1));
    // "C. Eugene Steuerle": initials before a given name are part of the name.
    const given = lookup.isGivenName(run.word(k)) || (cued && k === first) || (isInitial(run.word(k)) && k + 1 < n && lookup.isGivenName(run.word(k + 1)));
    if (!given && !afterTitle) continue;
    // "said Bill Park", "Mr. Park": with a cue, a surname may be a word that names places ("Park", "Lane").
    const rest = nameWordsOf(run, k, afterTitle || (cued && k === first));
    if (rest === undefined) continue;
    const honorific = afterTitle && run.cues.honorifics.has(run.word(k - 1));
    if (rest < 2 && !honorific) continue;
    if (rest > 4) continue;
    // "Hong Kong", "Sierra Leone", "Abu Dhabi Investment Office": a place, or a name that starts with one.
    if (startsWithPlace(run, k)) continue;
    // "Ben & Jerry": two names, a brand, never one person.
    if (afterAmpersand.some((j) => j > k)) continue;
    // What stands before the name must be titles, or an organization followed by titles.
    let titleStart = k;
    while (titleStart > first && run.cues.titleWords.has(run.word(titleStart - 1))) titleStart--;
    if (titleStart > first && titleStart === k) continue; // unexplained capitalized words before the name
    return { from: k, titleStart };
  }
  return undefined;
}

/** The words from `k` to the end are a place, or start with a place of two words or more. */
function startsWithPlace(run: RunWords, k: number): boolean {
  const n = run.n;
  if (run.isPlace(k, n - 1)) return true;
  for (let to = k + 1; to < n - 1; to++) if (run.isPlace(k, to)) return true;
  return false;
}

/**
 * How many name words run from `k` to the end, or undefined when they cannot
 * be one person's name. A word that names places or things ("Park", "Bill",
 * "Hall") rules out a person ("Jackson Park", "the Farm Bill"), except as a
 * given name ("Bill Park") or, when a title or the context cues a person, as
 * the surname ("said Lois Lane").
 */
function nameWordsOf(run: RunWords, k: number, cued: boolean): number | undefined {
  const n = run.n;
  let count = 0;
  for (let j = k; j < n; j++) {
    const w = run.word(j);
    if (run.isLower(j)) {
      // "Nyong'o": a lowercase part glued to the word before by an apostrophe.
      if (run.afterApostrophe(j)) continue;
      if (!run.cues.particles.has(w)) return undefined;
      continue;
    }
    if (run.cues.titleWords.has(w) && !run.cues.nameSuffixes.has(w)) return undefined;
    if (run.cues.orgHeads.has(w) || run.cues.calendarWords.has(w)) return undefined;
    if (run.cues.notPersonWords.has(w) && !(j === k && run.isGivenName(j)) && !(j === n - 1 && cued)) return undefined;
    if (hasDigit(w) || (w.length > 1 && isUnchangedInCapitals(w) && !run.cues.nameSuffixes.has(w))) return undefined;
    if (!isInitial(w) && !run.cues.nameSuffixes.has(w)) count++;
  }
  return count;
}

/** `/\d/.test(word)`, by character code. */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x30 && word.charCodeAt(i) <= 0x39) return true;
  return false;
}

/** `word === word.toUpperCase()` ("NATO", "III"), by character code while the word is ASCII, where only "a" to "z" change. */
function isUnchangedInCapitals(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return word === word.toUpperCase();
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}

/** An organization's name among words [first, end): ending with an organization word, or one followed by "of …". */
function organizationIn(run: RunWords, first: number, end: number): { from: number; to: number } | undefined {
  let to = end - 1;
  // "University of Otago, Dunedin and …": a place listed after a comma ends the name before the comma.
  for (let k = first + 1; k <= to; k++) if (run.afterComma(k) && run.isPlace(k, k)) to = k - 1;
  while (to >= first && (run.isLower(to) || run.cues.titleWords.has(run.word(to)))) to--;
  if (to <= first) return undefined;
  let from = first;
  // A leading title is a role, not the organization ("Minister of Foreign Affairs").
  if (run.cues.titleWords.has(run.word(from))) return undefined;
  while (from < to && run.isLower(from)) from++;
  const last = run.word(to);
  // "Trump Administration" is a president's government, named after him; "Small Business Administration" is a body.
  if (last === 'Administration' && to - from < 2) return undefined;
  let shaped = false;
  if (run.cues.orgHeads.has(last)) {
    // "and" joins two organizations unless it stands inside an "of" complement ("Department of Health and Human Services").
    for (let k = from; k < to; k++) if (run.cues.listJoiners.has(run.word(k)) && !hasOfBefore(run, from, k)) return undefined;
    shaped = true;
  } else {
    for (let k = from; k < to && !shaped; k++) shaped = run.cues.orgHeadsWithComplement.has(run.word(k)) && run.cues.complements.has(run.word(k + 1));
  }
  // "Oval Office": shaped like an organization's name, but a room. Asked last, of the few runs so shaped, since it makes a string.
  return shaped && !run.cues.notOrganizations.has(`${run.word(to - 1)} ${last}`) ? { from, to } : undefined;
}

/**
 * Where "and the" starts a second organization inside a run ("Department of
 * Health and the Treasury"), or `end`: what follows "the" ends with an
 * organization word. "Society for Science and the Public" is one name.
 */
function secondOrganizationStart(run: RunWords, first: number, end: number): number {
  for (let k = first + 1; k + 2 < end; k++) {
    if (!run.cues.listJoiners.has(run.word(k)) || !run.cues.definiteArticles.has(run.word(k + 1))) continue;
    for (let j = k + 2; j < end; j++) if (run.cues.orgHeads.has(run.word(j))) return k;
  }
  return end;
}

function hasOfBefore(run: RunWords, from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (run.cues.complements.has(run.word(j))) return true;
  return false;
}
