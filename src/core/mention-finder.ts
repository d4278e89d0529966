/**
 * Finds the mentions of known entities in the blocks of text of one article.
 *
 * Full names and unambiguous aliases ("Mark Carney", "NATO") are strong: they
 * are marked wherever they stand. Short names ("Carney") are weak: they are
 * marked only with evidence from the same article, either a strong mention of
 * the entity anywhere in it (a headline often says "Carney" before the body
 * says "Mark Carney"), or a title right before them ("President Trump",
 * "Mr. Carney"). When several introduced entities share a short name, the one
 * mentioned most recently before it wins. The longest name wins at a position,
 * and mentions never overlap.
 */
import type { Mention } from './mention.ts';
import type { EntityLookup, NameEntry } from './entity-lookup.ts';
import { wordSpansOfBlocks, type WordSpans } from './word-spans.ts';
import { foldText } from './text-fold.ts';
import { findBylines } from './byline-finder.ts';
import { findUnlistedNames } from './unlisted-names.ts';
import { addDescriptors } from './descriptor-finder.ts';
import { countryNamedBefore, countryNamedEarlier } from './country-names.ts';
import { CALENDAR_WORDS, ORG_NAME_WORD, SENTENCE_OPENERS, blockShape, withAbbreviationPeriod, type BlockShape } from './text-cues.ts';
import { SortedSpans, lastBeforePosition, lastStartingBefore } from './sorted-spans.ts';
import { isSpaceCode, isUpperCode, wordStartBefore } from './char-codes.ts';

interface Span {
  block: number;
  start: number;
  end: number;
  entries: readonly NameEntry[];
}

interface Accepted {
  block: number;
  start: number;
  end: number;
  entity: number;
}

/** Titles written before a name ("President Trump", "Mr. Carney"): evidence that a short name is a person's. */
const TITLES = [
  'President', 'Vice President', 'Prime Minister', 'Premier', 'Chancellor', 'Minister', 'Secretary', 'Secretary-General', 'Secretary General',
  'Senator', 'Sen', 'Representative', 'Rep', 'Congressman', 'Congresswoman', 'Governor', 'Gov', 'Mayor', 'Speaker', 'Leader', 'King', 'Queen',
  'Prince', 'Princess', 'Pope', 'Sheikh', 'Emir', 'Ambassador', 'Envoy', 'Commissioner', 'Judge', 'Justice', 'Chief Justice', 'General', 'Gen',
  'Admiral', 'Adm', 'Colonel', 'Col', 'Lt', 'Sgt', 'Director', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof',
  'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Father', 'Coach',
];
/** A title right before a name and its space, at the end of a piece of text. */
const TITLE_CUE = new RegExp(`(?:^|[^\\p{L}])(?:${TITLES.join('|')})\\.? $`, 'u');
const ONE_WORD_TITLES = new Set(TITLES.filter((t) => !t.includes(' ')));

/** Whether a word is a title, whole or after a hyphen ("Ex-President"), as `TITLE_CUE` would find it. */
function isTitleWord(word: string): boolean {
  if (ONE_WORD_TITLES.has(word)) return true;
  for (let at = word.indexOf('-'); at >= 0; at = word.indexOf('-', at + 1)) if (ONE_WORD_TITLES.has(word.slice(at + 1))) return true;
  return false;
}

export type { Mention };

/** What the recognizer is told about the article besides its text. */
export interface RecognitionOptions {
  /** The article's language as the page declares it (a BCP 47 tag such as "en-GB"), or absent when it declares none. */
  lang?: string;
}

/** Finds the mentions in `texts`, the blocks of one article in reading order. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the language is read by the pipeline (issue #12)
export function findMentions(lookup: EntityLookup, texts: readonly string[], _options: RecognitionOptions = {}): Mention[] {
  const accepted: Accepted[] = [];
  const weak: Span[] = [];
  const folded = texts.map(foldText);
  const blockWords = wordSpansOfBlocks(folded);
  const shapes: BlockShape[] = [];

  folded.forEach((text, block) => {
    const words = blockWords[block]!;
    const shape = blockShape(text, words);
    const caps = shape.caps;
    shapes.push(shape);
    for (let i = 0; i < words.count; ) i = readNamesAt(lookup, text, words, i, block, caps, accepted, weak);
  });

  // The marked spans, kept up to date by the passes that add to `accepted`.
  const taken = new SortedSpans(accepted);
  resolveWeak(lookup, weak, accepted, taken, folded, shapes);
  addIntroducedAcronyms(lookup, accepted, taken, folded);
  addTeamCities(lookup, accepted, taken, folded);
  const kept = accepted.filter((a) => !isPlaceOfAPost(lookup, a, folded) && !isBuildingVisited(lookup, a, folded[a.block]!) && !startsLongerName(lookup, a, folded[a.block]!));
  const mentions: Mention[] = kept.map((a) => {
    const entity = lookup.entities[a.entity]!;
    return { block: a.block, start: a.start, end: withAbbreviationPeriod(texts[a.block]!, a.end), entityId: entity.id, type: entity.type };
  });
  mentions.push(...findBylines(lookup, texts, mentions));
  const unlisted = findUnlistedNames(lookup, { texts, folded, words: blockWords, shapes }, mentions);
  const all = mentions.filter((m) => !unlisted.absorbed.has(m)).concat(unlisted.mentions);
  addDescriptors(texts, folded, all);
  return all.sort(byPosition);
}

/**
 * The known names that start at word `i`: the longest strong one is marked
 * and the words it covers skipped; failing one, its short names are kept in
 * `weak` for the evidence of the whole article. Returns the next word to read.
 */
function readNamesAt(lookup: EntityLookup, text: string, words: WordSpans, i: number, block: number, caps: boolean, accepted: Accepted[], weak: Span[]): number {
  const start = words.starts[i]!;
  if (!lookup.mayStartName(text, start, words.ends[i]!, caps)) return i + 1;
  const lengths = lookup.nameLengthsAt(text, start, words.ends[i]!, caps);
  if (!lengths) return i + 1;
  const weakBefore = weak.length;
  for (const length of lengths) {
    if (i + length > words.count) continue;
    const last = i + length - 1;
    const end = words.ends[last]!;
    // Keys have single spaces; text with more between the words is looked up as a string made single-spaced.
    const entries = hasDoubleSpace(text, words, i, last) ? lookup.entriesFor(text.slice(start, end).replace(/ {2,}/g, ' '), caps) : lookup.entriesAt(text, start, end, caps);
    if (!entries) continue;
    if (entries.some(isStrong)) {
      // Lengths come longest first: this is the longest strong name here, and the short names kept above lose to it.
      weak.length = weakBefore;
      accepted.push({ block, start, end, entity: pickStrong(entries) });
      return indexAfter(words, i, end);
    }
    weak.push({ block, start, end, entries });
  }
  return i + 1;
}

const isStrong = (entry: NameEntry) => entry.strong;

/** Whether two spaces stand together between words `first` and `last`. */
function hasDoubleSpace(text: string, words: WordSpans, first: number, last: number): boolean {
  for (let j = first; j < last; j++) {
    const gapEnd = words.starts[j + 1]!;
    for (let k = words.ends[j]! + 1; k < gapEnd; k++) if (text.charCodeAt(k) === 0x20 && text.charCodeAt(k - 1) === 0x20) return true;
  }
  return false;
}



function indexAfter(words: WordSpans, i: number, end: number): number {
  let j = i;
  while (j < words.count && words.starts[j]! < end) j++;
  return j;
}

/** Strong names are unique across entities (the validator sees to it); take the strong owner. */
function pickStrong(entries: readonly NameEntry[]): number {
  return (entries.find((e) => e.strong) ?? entries[0]!).entity;
}

function resolveWeak(lookup: EntityLookup, weak: Span[], accepted: Accepted[], taken: SortedSpans<Accepted>, folded: string[], shapes: readonly BlockShape[]): void {
  if (weak.length === 0) return;
  // Positions of the strong mentions of each entity, in reading order.
  const introduced = new IntroducedEntities(lookup);
  for (const a of [...accepted].sort(byPosition)) introduced.add(a);
  const organizations = new OrganizationEdges(lookup, taken);
  const countries = countryCounts(lookup, accepted);
  /** Where a short name last stood in someone else's full name ("Jack Altman"): later it may mean them. */
  const otherBearer = new Map<string, { block: number; start: number }>();
  for (const span of weak.sort(byPosition)) {
    if (taken.overlaps(span.block, span.start, span.end)) continue;
    const text = folded[span.block]!;
    if (followsAnotherName(text, span.start, shapes[span.block]!)) {
      if (span.entries.every((e) => lookup.entities[e.entity]!.type === 'person')) otherBearer.set(text.slice(span.start, span.end), span);
      continue;
    }
    const entity = chooseEntity(lookup, span, introduced, text) ?? organizationInContext(lookup, span, text, organizations) ?? bodyOfTheCountry(lookup, span, text, countries);
    if (entity === undefined) continue;
    // "Sam Altman … Jack Altman … Altman said": the nearest full name decides, even one we do not know.
    const bearer = otherBearer.size > 0 ? otherBearer.get(text.slice(span.start, span.end)) : undefined;
    const last = lastMentionBefore(introduced.mentionsOf(entity), span);
    if (bearer && (!last || byPosition(last, bearer) < 0)) continue;
    const mention = { block: span.block, start: span.start, end: span.end, entity };
    accepted.push(mention);
    taken.add(mention);
    if (!introduced.has(entity)) introduced.add(mention);
  }
}

/** How often the article's named entities belong to each country. */
function countryCounts(lookup: EntityLookup, accepted: readonly Accepted[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of accepted) {
    const country = lookup.entities[a.entity]!.country;
    if (country !== undefined) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/**
 * Of several bodies with one name ("Supreme Court", "Foreign Ministry"), the
 * one of the country named right before it ("Ukraine's Foreign Ministry") or
 * last named before it in the same paragraph; failing that, the one whose country the article names far more often than
 * the others'.
 */
function bodyOfTheCountry(lookup: EntityLookup, span: Span, text: string, counts: Map<string, number>): number | undefined {
  const orgs = span.entries.filter((e) => lookup.entities[e.entity]!.type === 'organization');
  if (orgs.length < 2 || orgs.length !== span.entries.length) return undefined;
  const countries = new Set(orgs.map((e) => lookup.entities[e.entity]!.country ?? ''));
  const named = countryNamedBefore(text, span.start) ?? countryNamedEarlier(text, span.start, countries);
  if (named !== undefined) {
    const matching = orgs.filter((e) => lookup.entities[e.entity]!.country === named);
    return matching.length === 1 ? matching[0]!.entity : undefined;
  }
  const scored = orgs.map((e) => ({ entity: e.entity, n: counts.get(lookup.entities[e.entity]!.country ?? '') ?? 0 })).sort((a, b) => b.n - a.n);
  return scored[0]!.n >= 3 && scored[0]!.n >= 2 * scored[1]!.n ? scored[0]!.entity : undefined;
}

/** Where the organizations marked so far start and end, to see names listed beside them ("Apple and Netflix"). */
class OrganizationEdges {
  constructor(
    private readonly lookup: EntityLookup,
    private readonly taken: SortedSpans<Accepted>,
  ) {}

  startsAt(block: number, at: number): boolean {
    const list = this.taken.inBlock(block);
    const i = lastStartingBefore(list, at + 1);
    return i >= 0 && list[i]!.start === at && this.isOrganization(list[i]!);
  }

  endsAt(block: number, at: number): boolean {
    // Marked spans never overlap, so one that ends at `at` is the last to start before it.
    const list = this.taken.inBlock(block);
    const i = lastStartingBefore(list, at);
    return i >= 0 && list[i]!.end === at && this.isOrganization(list[i]!);
  }

  private isOrganization(a: Accepted): boolean {
    return this.lookup.entities[a.entity]!.type === 'organization';
  }
}

/** Words after a name that only a company or a body takes: "Apple said", "Shell's", "Amazon shares". */
const ORGANIZATION_FOLLOWERS = /^(?:'s?(?![\p{L}])|, whose | (?:said|says|announced|reported|sued|posted|shares|stock|executives?|spokesperson|spokesman|spokeswoman|CEO|Inc|Corp|chief executive)(?![\p{L}]))/u;
const LIST_JOINER_AFTER = /^(?:,? (?:and|or|&) |, )/;
const LIST_JOINER_BEFORE = /(?:,? (?:and|or|&) |, )$/;

/**
 * An organization's short name with no full mention is still the organization
 * where its context says so: a word only organizations take after it, or
 * another organization listed beside it. "the Amazon" stays the river.
 */
function organizationInContext(lookup: EntityLookup, span: Span, text: string, organizations: OrganizationEdges): number | undefined {
  const orgs = span.entries.filter((e) => lookup.entities[e.entity]!.type === 'organization');
  if (orgs.length !== 1 || orgs.length !== span.entries.length) return undefined;
  if (/(?:^|[^\p{L}])the $/iu.test(text.slice(Math.max(0, span.start - 4), span.start))) return undefined;
  const after = text.slice(span.end, span.end + 40);
  const before = text.slice(Math.max(0, span.start - 8), span.start);
  const listedAfter = LIST_JOINER_AFTER.exec(after);
  const listedBefore = LIST_JOINER_BEFORE.exec(before);
  if (
    ORGANIZATION_FOLLOWERS.test(after) ||
    (listedAfter && organizations.startsAt(span.block, span.end + listedAfter[0].length)) ||
    (listedBefore && organizations.endsAt(span.block, span.start - listedBefore[0].length))
  ) {
    return orgs[0]!.entity;
  }
  return undefined;
}

/** The last of `list` (in reading order) before `span`. */
function lastMentionBefore(list: readonly Accepted[] | undefined, span: { block: number; start: number }): Accepted | undefined {
  return list && lastBeforePosition(list, span.block, span.start);
}

function chooseEntity(lookup: EntityLookup, span: Span, introduced: IntroducedEntities, text: string): number | undefined {
  const entries = span.entries;
  let candidates: number[] | undefined;
  let only: number | undefined;
  for (const e of entries) {
    if (!introduced.has(e.entity)) continue;
    if (only === undefined) only = e.entity;
    else (candidates ??= [only]).push(e.entity);
  }
  if (candidates) return mostRecent(candidates, introduced, span);
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
  if (entries.length === 1 && TITLE_CUE.test(text.slice(Math.max(0, span.start - 40), span.start))) {
    return entries[0]!.entity;
  }
  return undefined;
}

/** Of several introduced entities, the one mentioned last before `span`; failing that, the first after it. */
function mostRecent(candidates: number[], introduced: IntroducedEntities, span: Span): number | undefined {
  let best: { entity: number; before: boolean; at: Accepted } | undefined;
  for (const entity of candidates) {
    const list = introduced.mentionsOf(entity)!;
    const last = lastMentionBefore(list, span);
    const candidate = last ? { entity, before: true, at: last } : { entity, before: false, at: list[0]! };
    if (!best || (candidate.before && !best.before) || (candidate.before === best.before && (candidate.before ? byPosition(candidate.at, best.at) > 0 : byPosition(candidate.at, best.at) < 0))) {
      best = candidate;
    }
  }
  return best?.entity;
}

/**
 * The entities the article has introduced so far, each with its mentions in
 * reading order, and what they link to, so that "is this related to any of
 * them?" is a look-up rather than a walk over all of them.
 */
class IntroducedEntities {
  private readonly lists = new Map<number, Accepted[]>();
  private readonly ids = new Set<string>();
  /** The ids that introduced entities point to. */
  private readonly linkedFrom = new Set<string>();

  constructor(private readonly lookup: EntityLookup) {}

  /** Appends a mention; the first one of an entity introduces it. */
  add(a: Accepted): void {
    const list = this.lists.get(a.entity);
    if (list) {
      list.push(a);
      return;
    }
    this.lists.set(a.entity, [a]);
    const entity = this.lookup.entities[a.entity]!;
    this.ids.add(entity.id);
    for (const id of entity.links ?? []) this.linkedFrom.add(id);
  }

  has(entity: number): boolean {
    return this.lists.has(entity);
  }

  mentionsOf(entity: number): readonly Accepted[] | undefined {
    return this.lists.get(entity);
  }

  /** Whether `entity` points to an introduced entity or one points to it (its relations and the organizations of its roles). */
  isRelatedTo(entity: number): boolean {
    const record = this.lookup.entities[entity]!;
    if (this.linkedFrom.has(record.id)) return true;
    for (const id of record.links ?? []) if (this.ids.has(id)) return true;
    return false;
  }
}

function byPosition(a: { block: number; start: number }, b: { block: number; start: number }): number {
  return a.block - b.block || a.start - b.start;
}

/**
 * A short name right after a capitalized word belongs to someone else's name:
 * "Anna Kelly" is not John Kelly, "Jack Altman" not Sam Altman, the "Kansas
 * City Fed" not the Fed. Titles ("President Trump") and the first word of a
 * sentence ("When Trump…") do not count, nor does text set in title case.
 */
function followsAnotherName(text: string, start: number, shape: BlockShape): boolean {
  const from = wordBeforeSpace(text, start);
  // Most words before a short name are lowercase ("said Trump"): no string is made for those.
  if (from < 0 || !isUpperCode(text.charCodeAt(from))) return false;
  const word = text.slice(from, start - 1);
  // A possessive ("Thursday's Trump–Xi meeting") or a day or month is no first name.
  if (!word || !/^\p{Lu}[\p{Ll}\p{M}-]+$/u.test(word) || CALENDAR_WORDS.test(word)) return false;
  if (isTitleWord(word)) return false;
  const wordStart = start - 1 - word.length;
  const earlier = text.slice(Math.max(0, wordStart - 3), wordStart);
  const sentenceStart = wordStart <= 0 || /(?:[.!?:;"“—]\s*|^\s*)$/u.test(earlier) || /[—–-] $/.test(earlier);
  // At a sentence start, "When Trump…" is an ordinary word; "Jack Altman…" is still a name.
  if (sentenceStart && SENTENCE_OPENERS.has(word)) return false;
  return !shape.titleCase;
}

/** Where the run of non-space characters that ends right before the space at `start - 1` starts (looking back at most 40 characters), or -1. */
function wordBeforeSpace(text: string, start: number): number {
  return wordStartBefore(text, start, Math.max(0, start - 40), isPlainSpace, isNotSpace, isAnything);
}

const isPlainSpace = (code: number) => code === 0x20;
const isNotSpace = (code: number) => !isSpaceCode(code);
const isAnything = () => true;

/**
 * An organization's name followed by words that continue it into the name of
 * another body ("Shell Petroleum Development Company of Nigeria") is not a
 * mention of the first one.
 */
function startsLongerName(lookup: EntityLookup, a: Accepted, text: string): boolean {
  if (lookup.entities[a.entity]!.type !== 'organization') return false;
  // Most names are followed by anything but a space and a capital: answer those without a slice.
  if (text.charCodeAt(a.end) !== 0x20 || !isUpperCode(text.charCodeAt(a.end + 1))) return false;
  const next = /^ ((?:\p{Lu}[\p{L}&-]*\s?){1,3})/u.exec(text.slice(a.end, a.end + 60));
  if (!next) return false;
  return next[1]!.trim().split(/\s+/).some((w) => ORG_NAME_WORD.test(w));
}

const PLATFORM_KIND = /social (?:network|media)|messaging|video-sharing|streaming platform|microblog/i;

/**
 * A social platform named only as the place of a post ("she wrote on X", "posted on
 * Truth Social") is where something was said, not an actor in the story: not marked.
 */
function isPlaceOfAPost(lookup: EntityLookup, a: Accepted, folded: string[]): boolean {
  const record = lookup.entities[a.entity]!;
  if (record.type !== 'organization' || !PLATFORM_KIND.test(record.kind ?? '')) return false;
  return /(?:^|[^\p{L}])(?:on|On|via|Via|to|To)(?: (?:his|her|their|its|the))?(?: own)? $/u.test(folded[a.block]!.slice(Math.max(0, a.start - 24), a.start));
}

/** Seats of government whose name stands for the government too ("the White House said"). */
const SEATS_OF_GOVERNMENT = new Set(['White House', 'Kremlin', 'Pentagon', 'Elysee', 'Elysee Palace', 'Downing Street', 'Capitol', 'Blue House', 'Zhongnanhai']);
const PLACE_OF_A_VISIT = /(?:^|[^\p{L}])(?:at|At|inside|outside|into|near|visited|visiting|visit|visits|toured|entered|leaving|left|reached|arrived at|returned to|lawn of|steps of|gates of) the $/u;

/** "visited the White House", "protesters outside the Kremlin": the building, not the government, so not marked. */
function isBuildingVisited(lookup: EntityLookup, a: Accepted, text: string): boolean {
  return lookup.entities[a.entity]!.type === 'organization' && SEATS_OF_GOVERNMENT.has(text.slice(a.start, a.end)) && PLACE_OF_A_VISIT.test(text.slice(Math.max(0, a.start - 24), a.start));
}

const TEAM_KIND = /(?:^|\s)(?:team|club)$/;
/** Words before a place that make it the place itself ("in Boston"), not its team ("Boston won"). */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|In|at|At|to|To|from|From|near|outside|around|across|into|toward|towards|through|throughout|via|of|Of|downtown|suburban|greater|Greater|leave|leaving|left|visit|visited|visiting|moved|move|based|born|native)(?: the)? $/u;

/**
 * "Boston built a 21-point lead": in an article that names the Boston
 * Celtics, their city standing alone is the team, unless a preposition makes
 * it the place ("in Boston"). Two teams of one city make the city say neither.
 */
function addTeamCities(lookup: EntityLookup, accepted: Accepted[], taken: SortedSpans<Accepted>, folded: string[]): void {
  const cities = new Map<string, number | undefined>();
  for (const a of accepted) {
    const entity = lookup.entities[a.entity]!;
    if (entity.type !== 'organization' || !TEAM_KIND.test(entity.kind ?? '') || /national/.test(entity.kind ?? '')) continue;
    const words = folded[a.block]!.slice(a.start, a.end).split(' ');
    for (let k = words.length - 1; k >= 1; k--) {
      const city = words.slice(0, k).join(' ');
      if (!lookup.isPlace(city) && !TEAM_PLACES.has(city)) continue;
      cities.set(city, cities.has(city) && cities.get(city) !== a.entity ? undefined : a.entity);
      break;
    }
  }
  if (cities.size === 0) return;
  for (const [city, entity] of cities) {
    if (entity === undefined) continue;
    folded.forEach((text, block) => {
      for (let at = text.indexOf(city); at >= 0; at = text.indexOf(city, at + 1)) {
        const end = at + city.length;
        if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
        // Part of a longer name ("Boston Globe", "Dallas Cowboys") or after a locative word: the place, not the team.
        if (/^ \p{Lu}/u.test(text.slice(end, end + 2)) || /\p{Lu}[\p{L}.]* $/u.test(text.slice(Math.max(0, at - 20), at))) continue;
        if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - 20), at)) || /^-based/.test(text.slice(end, end + 6))) continue;
        if (taken.overlaps(block, at, end)) continue;
        const mention = { block, start: at, end, entity };
        accepted.push(mention);
        taken.add(mention);
      }
    });
  }
}

/** Team names whose place is a region the places list does not hold. */
const TEAM_PLACES = new Set(['Golden State', 'New England', 'Tampa Bay', 'Green Bay', 'Bay Area']);

const INTRODUCED_ACRONYM = /^ \(([A-Z][A-Z0-9&]{1,9})\)/;

/**
 * "the International Energy Agency (IEA)": an acronym that the article
 * introduces right after a full name means that entity for the rest of the
 * article, even when the dataset does not list it.
 */
function addIntroducedAcronyms(lookup: EntityLookup, accepted: Accepted[], taken: SortedSpans<Accepted>, folded: string[]): void {
  const acronyms = new Map<string, number>();
  for (const a of accepted) {
    const text = folded[a.block]!;
    if (text.charCodeAt(a.end) !== 0x20 || text.charCodeAt(a.end + 1) !== 0x28) continue; // no " (" after the name
    const m = INTRODUCED_ACRONYM.exec(text.slice(a.end, a.end + 14));
    if (!m) continue;
    const owners = lookup.entriesFor(m[1]!);
    if (owners && !owners.every((o) => o.entity === a.entity)) continue;
    if (!acronyms.has(m[1]!)) acronyms.set(m[1]!, a.entity);
  }
  // Acronyms already found everywhere as strong names need no search.
  for (const acronym of [...acronyms.keys()]) if (lookup.entriesFor(acronym)?.some(isStrong)) acronyms.delete(acronym);
  if (acronyms.size === 0) return;
  // One pass over the article for all of them, in the order they were introduced (the first alternative wins at a position).
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...acronyms.keys()].join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  folded.forEach((text, block) => {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.overlaps(block, start, end)) continue;
      const mention = { block, start, end, entity: acronyms.get(m[0])! };
      accepted.push(mention);
      taken.add(mention);
    }
  });
}
