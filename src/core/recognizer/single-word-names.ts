/**
 * Organizations named by one word that carries no organization word: an
 * acronym the article uses without spelling it out ("the EFF said", "the
 * EFF and the ACLU"), or a name listed between the dataset's organizations
 * ("Instagram, Atlas, WhatsApp"), or one that a role held in an organization
 * stands before ("CEO of Vidyard", "a researcher at IAB"), or a verb and
 * "its" after it ("Quillborne opened its doors"). Runs of two words or more are read by
 * `run-names.ts`; a single capitalized word says too little alone.
 */
import type { Article } from './article.ts';
import type { NameCues } from './name-cues.ts';
import { isLetterOrDigitCode, isUpperCode } from '../char-codes.ts';
import { listedWithOrganization, officeBefore, possessiveItsFollows, type OrganizationEdgesInBlock } from './name-context.ts';

const MAX_ACRONYM = 6;

/** Whether the capitalized word at [start, end), which stands alone, is an organization's name. */
export function isSingleWordOrganization(article: Article, cues: NameCues, text: string, start: number, end: number, edges: OrganizationEdgesInBlock): boolean {
  const acronym = isAcronym(text, start, end);
  const cued =
    officeBefore(cues, text, start) ||
    possessiveItsFollows(text, end) ||
    (acronym ? acronymIsOrganization(cues, text, start, end, edges) : listedWithOrganization(text, start, end, edges, true));
  if (!cued) return false;
  const word = text.slice(start, end);
  if (cues.sentenceOpeners.has(word) || cues.titleWords.has(word) || cues.calendarWords.has(word) || cues.orgHeads.has(word) || cues.nameSuffixes.has(word))
    return false;
  // A country, a place, a given name or a name of the dataset is left to what knows it.
  return !cues.countryNames.has(word) && !article.lookup.isPlace(word) && !article.lookup.isGivenName(word) && !article.lookup.entriesFor(word);
}

/** Two to six capitals, alone ("EFF", not "EFF-backed" or "U.S."). */
function isAcronym(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > MAX_ACRONYM) return false;
  for (let k = start; k < end; k++) if (!isUpperCode(text.charCodeAt(k))) return false;
  const after = text.charCodeAt(end);
  return after !== 0x2e && after !== 0x2d && !isLetterOrDigitCode(after);
}

/**
 * An acronym is an organization's where organizations' words follow it ("the
 * EFF said", "EFF shares") or it is listed beside one of the dataset's ("the
 * EFF and the ACLU"); "GDP", "AI" and "USB" stand in neither place.
 */
function acronymIsOrganization(cues: NameCues, text: string, start: number, end: number, edges: OrganizationEdgesInBlock): boolean {
  if (text.charCodeAt(end) === 0x20) {
    let to = end + 1;
    while (isLetterOrDigitCode(text.charCodeAt(to))) to++;
    if (cues.organizationFollowers.has(text.slice(end + 1, to))) return true;
  }
  return listedWithOrganization(text, start, end, edges, false) || listedWithOrganization(text, start, end, edges, true);
}
