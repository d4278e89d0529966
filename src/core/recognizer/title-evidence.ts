/**
 * A title right before a short name ("President Trump", "Mr. Carney") says
 * the name is a person's, and a title only men or only women bear says more:
 * "Ms. Trump" is not Donald Trump. A title alone is evidence for one person
 * only when the surname is theirs alone: a surname that several of the
 * dataset's people share as a short name already needs a full mention, and
 * so does one whose other bearer the article names in full ("Bilawal Bhutto
 * Zardari … Mr. Zardari" is not Asif Ali Zardari). A bearer whose record
 * leaves the surname out of its short names ("Judd Trump") does not share it
 * otherwise: the dataset says the bare surname is someone else's.
 */
import type { EntityLookup, NameEntry } from '../entity-lookup.ts';
import type { Gender } from '../entity-schema.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { NameCues } from './name-cues.ts';
import type { IntroducedEntities } from './introduced-entities.ts';
import { TextKeyTable } from '../text-key-table.ts';

/** A title standing right before a short name. */
export interface Title {
  /** The gender only bearers of this title have ("Mr.", "Queen"), if any. */
  gender: Gender | undefined;
}

/** The title right before `start` and its space ("President ", "Mr. "), whole or after a hyphen ("Ex-President "), if any. */
export function titleBefore(lexicon: Lexicon, cues: NameCues, text: string, start: number): Title | undefined {
  // The pattern ends with a space: a name with none right before it is answered without a slice and a search.
  if (text.charCodeAt(start - 1) !== 0x20) return undefined;
  const word = titleWordBefore(lexicon, cues, text, start);
  if (word === undefined) return undefined;
  return { gender: lexicon.words('male-title').has(word) ? 'male' : lexicon.words('female-title').has(word) ? 'female' : undefined };
}

/**
 * The title that `(?:^|[^\p{L}])(TITLE)\.? $` finds in the 40 characters
 * before the space at `start - 1`: the leftmost title that ends there (or
 * before a period there) and starts the window or follows a character that
 * is no letter. The English titles are ASCII letters and hyphens, so the few
 * places one may start are found by a scan back over such characters and
 * looked up in a table, with no slice and no RegExp run per name; where the
 * scan meets a character it does not judge (not ASCII), the pattern answers.
 */
function titleWordBefore(lexicon: Lexicon, cues: NameCues, text: string, start: number): string | undefined {
  const titles = titleSearch(lexicon, cues);
  const floor = Math.max(0, start - WINDOW);
  if (!titles.table) return titles.pattern.exec(text.slice(floor, start))?.[1];
  const end = text.charCodeAt(start - 2) === 0x2e ? start - 2 : start - 1;
  let from = end;
  while (from > floor && isTitleCode(text.charCodeAt(from - 1))) from--;
  if (from === end) return undefined;
  if (from > floor && text.charCodeAt(from - 1) >= 0x80) return titles.pattern.exec(text.slice(floor, start))?.[1];
  // From the left, as the pattern's leftmost match: "Co-Founder " is "Co-Founder", not "Founder".
  for (let at = from; at < end; at++) {
    if (at > from && text.charCodeAt(at - 1) !== 0x2d) continue;
    const index = titles.table.indexOfRange(text, at, end);
    if (index >= 0) return titles.table.keys[index];
  }
  return undefined;
}

/** How far back a title is looked for. */
const WINDOW = 40;

/** An ASCII letter or a hyphen. */
function isTitleCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x2d;
}

/** The pattern of a title before a name, and the titles as a table when all are ASCII letters and hyphens (else undefined: the pattern alone is asked). */
function titleSearch(lexicon: Lexicon, cues: NameCues): { pattern: RegExp; table: TextKeyTable | undefined } {
  return lexicon.memo('title-before', () => {
    const titles = [...cues.evidenceTitles];
    return {
      pattern: new RegExp(`(?:^|[^\\p{L}])(${titles.join('|')})\\.? $`, 'u'),
      table: titles.every((t) => /^[A-Za-z-]+$/.test(t)) ? new TextKeyTable(titles) : undefined,
    };
  });
}

/** Whether the dataset's entity may bear `title`: a person whose recorded gender, if any, is the title's. */
export function mayBearTitle(lookup: EntityLookup, entity: number, title: Title): boolean {
  const summary = lookup.entities[entity]!;
  if (summary.type !== 'person') return false;
  return title.gender === undefined || summary.gender === undefined || summary.gender === title.gender;
}

/** The entries of a short name after `title` that may bear it; the same list when all may. */
export function entriesAfterTitle(lookup: EntityLookup, entries: readonly NameEntry[], title: Title): readonly NameEntry[] {
  return entries.every((e) => mayBearTitle(lookup, e.entity, title)) ? entries : entries.filter((e) => mayBearTitle(lookup, e.entity, title));
}

/**
 * Whether a surname after `title` may be someone else the article names in
 * full than `entity`: an introduced person who may bear the title and has it
 * as the last word of their full name.
 */
export function surnameOfAnotherNamed(
  lookup: EntityLookup,
  cues: NameCues,
  surname: string,
  entity: number,
  title: Title,
  introduced: IntroducedEntities,
): boolean {
  for (const bearer of lookup.peopleWithSurname(surname, cues.nameSuffixes)) {
    if (bearer !== entity && introduced.has(bearer) && mayBearTitle(lookup, bearer, title)) return true;
  }
  return false;
}
