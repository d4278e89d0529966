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

/** A title standing right before a short name. */
export interface Title {
  /** The gender only bearers of this title have ("Mr.", "Queen"), if any. */
  gender: Gender | undefined;
}

/** The title right before `start` and its space ("President ", "Mr. "), whole or after a hyphen ("Ex-President "), if any. */
export function titleBefore(lexicon: Lexicon, cues: NameCues, text: string, start: number): Title | undefined {
  // The pattern ends with a space: a name with none right before it is answered without a slice and a search.
  if (text.charCodeAt(start - 1) !== 0x20) return undefined;
  const pattern = lexicon.memo('title-before', () => new RegExp(`(?:^|[^\\p{L}])(${[...cues.evidenceTitles].join('|')})\\.? $`, 'u'));
  const m = pattern.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return undefined;
  const word = m[1]!;
  return { gender: lexicon.words('male-title').has(word) ? 'male' : lexicon.words('female-title').has(word) ? 'female' : undefined };
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
