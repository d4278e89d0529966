/**
 * Short names ("Carney", "Shell", "Labour") are marked only with evidence
 * from the same article: a full mention of the entity anywhere in it (a
 * headline often says "Carney" before the body says "Mark Carney"), an
 * introduced entity it is related to ("Apple" beside "Tim Cook"), or a title
 * right before it ("President Trump", "Mr. Carney"; see `title-evidence.ts`
 * for when a title is not enough), or a word only a leader's name takes
 * after it ("the Obama administration", `leader-names.ts`). When several introduced
 * entities share a short name, the one marked most recently before it wins.
 * An organization's short name is also marked where its context says so
 * (`organization-context.ts`).
 */
import { byPosition, datasetMark, type Article, type Mark, type NameSpan } from './article.ts';
import { IntroducedEntities } from './introduced-entities.ts';
import { OrganizationEdges, bodyOfTheCountry, bodyOfTheCountryNamedBefore, countryCounts, organizationInContext } from './organization-context.ts';
import { isMisread } from './misread-names.ts';
import { beginsPersonName, continuesIntoUnknownName } from './longer-names.ts';
import { nameCues, type NameCues } from './name-cues.ts';
import { isCommonWordUse } from './common-word-names.ts';
import { entriesAfterTitle, surnameOfAnotherNamed, titleBefore, type Title } from './title-evidence.ts';
import { isSpaceCode, isUpperCode } from '../char-codes.ts';
import type { BlockShape } from './block-shape.ts';
import { leaderWordFollows, onePolitician } from './leader-names.ts';

export function findShortNames(article: Article): Mark[] {
  if (article.shortNames.length === 0) return [];
  const { lookup, lexicon } = article;
  const cues = lexicon && nameCues(lexicon);
  // The marks so far and this pass's own, which never overlap.
  const taken = article.marks.copy();
  const introduced = new IntroducedEntities(lookup, taken.all());
  const organizations = new OrganizationEdges(lookup, taken);
  // Counted only when a name needs its country, from the marks before this pass (`article.marks` holds no mark of this one).
  let countries: Map<string, number> | undefined;
  const marks: Mark[] = [];
  /** Where a short name last stood in someone else's full name ("Jack Altman"): later it may mean them. */
  const otherBearer = new Map<string, { block: number; start: number }>();
  for (const span of [...article.shortNames].sort(byPosition)) {
    if (taken.overlaps(span.block, span.start, span.end)) continue;
    const text = article.folded[span.block]!;
    // "Anna Kelly" is not John Kelly; "William" in "Captain William Hobson" is not Prince William.
    if (followsAnotherName(cues, text, span.start, article.shapes[span.block]!) || (lexicon && beginsPersonName(article, span.block, span.start, span.end))) {
      if (span.entries.every((e) => lookup.entities[e.entity]!.type === 'person')) otherBearer.set(text.slice(span.start, span.end), span);
      continue;
    }
    // "Cambridge" in "Cambridge Analytica" is not the university.
    if (lexicon && continuesIntoUnknownName(article, span.block, span.end)) continue;
    // "Prince George" is no Prince, "The Atlantic Ocean" no magazine, whatever the article says of them.
    if (isCommonWordUse(article, span)) continue;
    // After a title only people, and only those of its gender, may bear the name: "Ms. Trump" is not Donald Trump.
    const title = lexicon && cues ? titleBefore(lexicon, cues, text, span.start) : undefined;
    const entries = title ? entriesAfterTitle(lookup, span.entries, title) : span.entries;
    if (entries.length === 0) continue;
    const candidates = entries === span.entries ? span : { ...span, entries };
    // "Austria's Bundesrat" after "Germany's Bundesrat": the country named decides, not the body named before.
    const ofCountry = lexicon ? bodyOfTheCountryNamedBefore(lexicon, lookup, candidates, text) : undefined;
    if (ofCountry === null) continue;
    const entity =
      ofCountry ??
      chooseEntity(article, cues, candidates, introduced, text, title) ??
      (lexicon &&
        (organizationInContext(lexicon, lookup, candidates, text, organizations, article.shapes[span.block]!.titleCase) ??
          bodyOfTheCountry(lexicon, lookup, candidates, text, (countries ??= countryCounts(lookup, article.marks.all())))));
    if (entity === undefined || isMisread(article, span.block, span.start, span.end, entity)) continue;
    // "Sam Altman … Jack Altman … Altman said": the nearest full name decides, even one we do not know.
    const bearer = otherBearer.size > 0 ? otherBearer.get(text.slice(span.start, span.end)) : undefined;
    const last = introduced.lastBefore(entity, span);
    if (bearer && (!last || byPosition(last, bearer) < 0)) continue;
    const mark = datasetMark(article, span.block, span.start, span.end, entity);
    marks.push(mark);
    taken.add(mark);
    if (!introduced.has(entity)) introduced.add(mark);
  }
  return marks;
}

function chooseEntity(
  article: Article,
  cues: NameCues | undefined,
  span: NameSpan,
  introduced: IntroducedEntities,
  text: string,
  title: Title | undefined,
): number | undefined {
  const { lookup } = article;
  const entries = span.entries;
  let candidates: number[] | undefined;
  let only: number | undefined;
  for (const e of entries) {
    if (!introduced.has(e.entity)) continue;
    if (only === undefined) only = e.entity;
    else (candidates ??= [only]).push(e.entity);
  }
  if (candidates) return introduced.mostRecent(candidates, span);
  if (only !== undefined) return only;
  // No full mention: a related entity named in the article is evidence too ("Apple" beside "Tim Cook").
  // Only for organizations: a person related to a hub such as the White House would match every surname.
  let related: number | undefined;
  for (const e of entries) {
    if (lookup.entities[e.entity]!.type !== 'organization' || !introduced.isRelatedTo(e.entity)) continue;
    if (related !== undefined) {
      related = undefined;
      break;
    }
    related = e.entity;
  }
  if (related !== undefined) return related;
  // A title alone says who only when the surname is one person's: "Mr. Zardari" after "Bilawal Bhutto Zardari" is not Asif Ali Zardari.
  if (title && cues && entries.length === 1 && !surnameOfAnotherNamed(lookup, cues, text.slice(span.start, span.end), entries[0]!.entity, title, introduced))
    return entries[0]!.entity;
  // "the Obama administration": only a politician has one.
  if (cues && leaderWordFollows(cues, text, span.end)) return onePolitician(lookup, entries);
  return undefined;
}

/**
 * A short name right after a capitalized word belongs to someone else's name:
 * "Anna Kelly" is not John Kelly, "Jack Altman" not Sam Altman, the "Kansas
 * City Fed" not the Fed. Titles ("President Trump") and the first word of a
 * sentence ("When Trump…") do not count, nor does text set in title case.
 */
function followsAnotherName(cues: NameCues | undefined, text: string, start: number, shape: BlockShape): boolean {
  const from = tokenBeforeSpace(text, start);
  // Most words before a short name are lowercase ("said Trump"): no string is made for those.
  if (from < 0 || !isUpperCode(text.charCodeAt(from))) return false;
  const word = text.slice(from, start - 1);
  // A possessive ("Thursday's Trump–Xi meeting") or a day or month is no first name.
  if (!word || !/^\p{Lu}[\p{Ll}\p{M}-]+$/u.test(word) || cues?.calendarWords.has(word)) return false;
  if (cues && isTitleWord(cues, word)) return false;
  const wordStart = start - 1 - word.length;
  const earlier = text.slice(Math.max(0, wordStart - 3), wordStart);
  const sentenceStart = wordStart <= 0 || /(?:[.!?:;"“—]\s*|^\s*)$/u.test(earlier) || /[—–-] $/.test(earlier);
  // At a sentence start, "When Trump…" is an ordinary word; "Jack Altman…" is still a name.
  if (sentenceStart && cues?.sentenceOpeners.has(word)) return false;
  return !shape.titleCase;
}

/** Whether a word is a title, whole or after a hyphen ("Ex-President"). */
function isTitleWord(cues: NameCues, word: string): boolean {
  if (cues.titleWords.has(word)) return true;
  for (let at = word.indexOf('-'); at >= 0; at = word.indexOf('-', at + 1)) if (cues.titleWords.has(word.slice(at + 1))) return true;
  return false;
}

/**
 * Where the token before the space at `start - 1` starts (any characters up to the space before it, at most 40 back),
 * or -1. What `wordStartBefore` finds with those rules, written out: through its callbacks, each character cost a call.
 * (Not `descriptors.ts`'s `wordBeforeSpace`, which takes only a word's characters.)
 */
function tokenBeforeSpace(text: string, start: number): number {
  const end = start - 1;
  const floor = Math.max(0, start - 40);
  if (end < floor || text.charCodeAt(end) !== 0x20) return -1;
  let from = end;
  while (from > floor && !isSpaceCode(text.charCodeAt(from - 1))) from--;
  return from < end ? from : -1;
}
