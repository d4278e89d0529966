/**
 * Runs of capitalized words, read as the names of people and organizations
 * are written: joined by a space, a hyphen or an apostrophe ("Pettigrew-Vale",
 * "O'Neill", "Nyong'o"), an initial's or an abbreviation's period ("Robert F. Kennedy",
 * "St. Louis"), a name particle ("Ursula von der Leyen"), or, inside an
 * organization's name, a complement ("Department of Health and Human
 * Services"), with a list in it ("… of Allergy, Asthma and Immunology"). `run-names.ts` says what a run names.
 */
import type { WordSpans } from '../word-spans.ts';
import { isUpperCode } from '../char-codes.ts';
import type { NameCues } from './name-cues.ts';

export interface Run {
  /** Indices into the block's words; connectors included. */
  words: number[];
  /** Positions in `words` of the words an ampersand joined to the word before ("Ben & Jerry"). */
  afterAmpersand: readonly number[];
}

const NO_AMPERSANDS: number[] = [];
const INITIAL = /^\p{Lu}$/u;

/**
 * Calls `onRun` with each run of two words or more in a block, around the
 * spans `taken` (which no run crosses), and `onSingle` with each capitalized
 * word that stands alone.
 */
export function forEachCapitalizedRun(
  cues: NameCues,
  text: string,
  words: WordSpans,
  taken: readonly { start: number; end: number }[],
  onRun: (run: Run) => boolean | void,
  from = 0,
  onSingle?: (word: number) => void,
): void {
  // Reused for every run, with the object that holds it: `onRun` reads a run before the next one starts.
  const current: number[] = [];
  const run: Run = { words: current, afterAmpersand: NO_AMPERSANDS };
  let afterAmpersand: number[] = NO_AMPERSANDS;
  let inComplement = false;
  let stopped = false;
  let next = 0; // the first taken span that does not end before the current word
  const flush = () => {
    while (
      current.length > 0 &&
      !startsCapitalized(text, words.starts[current[current.length - 1]!]!) &&
      !gluedByApostrophe(text, words, current[current.length - 1]!)
    )
      current.pop();
    // One word is never a name here (see `classifyRun`): only runs of two words or more are kept.
    run.afterAmpersand = afterAmpersand;
    if (current.length > 1 && onRun(run) === true) stopped = true;
    else if (current.length === 1 && onSingle) onSingle(current[0]!);
    // Emptied by popping: setting the length to 0 would drop the array's storage, and the next run would allocate it again.
    while (current.length > 0) current.pop();
    afterAmpersand = NO_AMPERSANDS;
    inComplement = false;
  };
  for (let i = from; i < words.count && !stopped; i++) {
    // Outside a run only a capitalized word can start one, whatever is taken: most words are passed over here.
    if (current.length === 0) {
      while (i < words.count && !startsCapitalized(text, words.starts[i]!)) i++;
      if (i === words.count) break;
    }
    const start = words.starts[i]!;
    const end = words.ends[i]!;
    while (next < taken.length && taken[next]!.end <= start) next++;
    const isTaken = next < taken.length && taken[next]!.start < end;
    const capitalized = startsCapitalized(text, start);
    // Only capitalized words and short lowercase connectors can be part of a run: skip the rest without slicing.
    if (!isTaken && !capitalized && (end - start > 5 || current.length === 0)) {
      if (current.length > 0) flush();
      continue;
    }
    if (current.length > 0 && (isTaken || !(joins(cues, text, words, i, capitalized) || (inComplement && listGoesOn(text, words, i))))) flush();
    if (isTaken) continue;
    if (capitalized) {
      if (current.length > 0 && text.startsWith(' & ', words.ends[i - 1]!) && words.ends[i - 1]! + 3 === start)
        afterAmpersand = [...afterAmpersand, current.length];
      current.push(i);
      continue;
    }
    // "Nyong'o": a lowercase part glued by an apostrophe continues the word before, unless it is a possessive's "s".
    if (current.length > 0 && gluedByApostrophe(text, words, i) && !(end === start + 1 && text.charCodeAt(start) === 0x73)) {
      current.push(i);
      continue;
    }
    // A lowercase word joins a run only as a connector: tell the rest without slicing them.
    if (current.length === 0 || cues.runConnectors.indexOfRange(text, start, end, words.hashes[i]) < 0) {
      flush();
      continue;
    }
    const word = text.slice(start, end);
    const previous = wordAt(text, words, current[current.length - 1]!);
    let joinsRun: boolean;
    const complement = cues.complements.has(word);
    if (complement) joinsRun = inComplement || cues.orgHeadsWithComplement.has(previous);
    // "Ministry of the Interior", "Society for Science and the Public".
    else if (cues.definiteArticles.has(word)) joinsRun = cues.complements.has(previous) || (inComplement && cues.listJoiners.has(previous));
    else if (cues.listJoiners.has(word)) joinsRun = inComplement && startsCapitalized(previous, 0);
    else joinsRun = cues.particles.has(word) || cues.orgConnectors.has(word);
    if (joinsRun) {
      if (complement) inComplement = true;
      current.push(i);
    } else {
      flush();
    }
  }
  if (!stopped) flush();
}

/** Most items a comma-separated list inside an organization's name holds before its "and". */
const MAX_LIST_ITEMS = 3;

/**
 * "American Academy of Allergy, Asthma and Immunology": inside a complement,
 * a comma goes on with the name when single capitalized words follow, comma
 * after comma, up to an "and" or "&" and one more capitalized word.
 */
function listGoesOn(text: string, words: WordSpans, i: number): boolean {
  for (let k = i, n = 0; k < words.count && n < MAX_LIST_ITEMS; k++, n++) {
    const gap = words.ends[k - 1]!;
    if (!text.startsWith(', ', gap) || words.starts[k] !== gap + 2 || !startsCapitalized(text, words.starts[k]!)) return false;
    const end = words.ends[k]!;
    const last = text.startsWith(' and ', end) ? end + 5 : text.startsWith(' & ', end) ? end + 3 : -1;
    // The word after the conjunction: "and" is a word of its own, "&" is none.
    if (last > 0) return (words.starts[k + 1] === last || words.starts[k + 2] === last) && startsCapitalized(text, last);
  }
  return false;
}

/** Whether word `i` follows the word before with only an apostrophe between them: "o" of "Nyong'o", "s" of "Trump's". */
function gluedByApostrophe(text: string, words: WordSpans, i: number): boolean {
  return i > 0 && words.starts[i]! === words.ends[i - 1]! + 1 && text.charCodeAt(words.starts[i]! - 1) === 0x27;
}

/**
 * Whether a word is one capital letter, an initial ("F" of "Robert F. Kennedy"): what `/^\p{Lu}$/u` tells, by
 * character code but for a letter beyond the BMP (a surrogate pair). A RegExp call costs more than the word's look-ups.
 */
export function isInitial(word: string): boolean {
  if (word.length === 1) return isUpperCode(word.charCodeAt(0));
  return word.length === 2 && word.charCodeAt(0) >= 0xd800 && word.charCodeAt(0) <= 0xdbff && INITIAL.test(word);
}

/** Whether the word at `start` begins with a capital letter, by its character code where it can. */
export function startsCapitalized(text: string, start: number): boolean {
  return isUpperCode(text.charCodeAt(start));
}

function wordAt(text: string, words: WordSpans, i: number): string {
  return text.slice(words.starts[i]!, words.ends[i]!);
}

/** Whether word `i` (capitalized or not) continues the run of the word before it, by what stands between them. */
function joins(cues: NameCues, text: string, words: WordSpans, i: number, capitalized: boolean): boolean {
  const gapStart = words.ends[i - 1]!;
  const gapLength = words.starts[i]! - gapStart;
  const c = text.charCodeAt(gapStart);
  // A space, a hyphen or an apostrophe ("Pettigrew-Vale", "O'Neill").
  if (gapLength === 1 && (c === 0x20 || c === 0x2d || c === 0x27)) return true;
  if (gapLength === 3 && text.startsWith(' & ', gapStart)) return true;
  // "F. Kennedy", "U.S. District", "St. Louis": a period after an initial or a short abbreviation.
  if (c === 0x2e && (gapLength === 1 || (gapLength === 2 && text.charCodeAt(gapStart + 1) === 0x20))) {
    if (!capitalized) return false;
    const previous = wordAt(text, words, i - 1);
    return isInitial(previous) || cues.joiningAbbreviations.has(previous);
  }
  return false;
}
