/**
 * Organizations named by one word that carries no organization word: an
 * acronym the article uses without spelling it out ("the EFF said", "the
 * EFF and the ACLU"), or a name listed between the dataset's organizations
 * ("Instagram, Atlas, WhatsApp"). Runs of two words or more are read by
 * `run-names.ts`; a single capitalized word says too little alone.
 */
import type { Article } from './article.ts';
import type { NameCues } from './name-cues.ts';
import type { Found } from './found-names.ts';
import { isLetterOrDigitCode, isUpperCode } from '../char-codes.ts';
import { listedWithOrganization, type OrganizationEdgesInBlock } from './name-context.ts';

const MAX_ACRONYM = 6;

/** The one-word organizations of a block, around the marks so far. */
export function singleWordOrganizations(article: Article, cues: NameCues, block: number, edges: OrganizationEdgesInBlock): Found[] {
  const text = article.folded[block]!;
  const words = article.words[block]!;
  const taken = article.marks.inBlock(block);
  const out: Found[] = [];
  let next = 0; // the first mark that does not end before the current word
  for (let i = 0; i < words.count; i++) {
    const start = words.starts[i]!;
    const end = words.ends[i]!;
    if (!isUpperCode(text.charCodeAt(start))) continue;
    while (next < taken.length && taken[next]!.end <= start) next++;
    if ((next < taken.length && taken[next]!.start < end) || joinedToNeighbour(text, words, i)) continue;
    const acronym = isAcronym(text, start, end);
    if (acronym ? !acronymIsOrganization(cues, text, start, end, edges) : !listedWithOrganization(text, start, end, edges, true)) continue;
    const word = text.slice(start, end);
    if (cues.sentenceOpeners.has(word) || cues.titleWords.has(word) || cues.calendarWords.has(word) || cues.orgHeads.has(word) || cues.nameSuffixes.has(word))
      continue;
    // A country, a place, a given name or a name of the dataset is left to what knows it.
    if (cues.countryNames.has(word) || article.lookup.isPlace(word) || article.lookup.isGivenName(word) || article.lookup.entriesFor(word)) continue;
    out.push({ block, start, end, type: 'organization', name: article.texts[block]!.slice(start, end) });
  }
  return out;
}

/** Whether word `i` belongs to a run of capitalized words: a capitalized word stands right before or after it, joined by a space, a hyphen, an apostrophe or a period. */
function joinedToNeighbour(text: string, words: Article['words'][number], i: number): boolean {
  if (i > 0 && isUpperCode(text.charCodeAt(words.starts[i - 1]!)) && joins(text, words.ends[i - 1]!, words.starts[i]!)) return true;
  return i + 1 < words.count && isUpperCode(text.charCodeAt(words.starts[i + 1]!)) && joins(text, words.ends[i]!, words.starts[i + 1]!);
}

function joins(text: string, gapStart: number, gapEnd: number): boolean {
  const c = text.charCodeAt(gapStart);
  if (gapEnd - gapStart === 1) return c === 0x20 || c === 0x2d || c === 0x27 || c === 0x2e;
  return gapEnd - gapStart === 2 && c === 0x2e && text.charCodeAt(gapStart + 1) === 0x20;
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
