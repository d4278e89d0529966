/**
 * Where a short name of an organization is marked without a full mention:
 * its context says it is the organization ("Apple said", "Shell's", "Apple
 * and Netflix"), or, of several bodies with one name ("Supreme Court",
 * "Foreign Ministry"), the article's country picks one.
 */
import type { EntityLookup } from '../entity-lookup.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Mark, NameSpan } from './article.ts';
import { lastStartingBefore, type SortedSpans } from '../sorted-spans.ts';
import { countryNamedBefore, countryNamedEarlier } from './country-cues.ts';
import { capitalizedArticles } from './common-word-names.ts';
import { nameCues } from './name-cues.ts';
import { officeBefore } from './name-context.ts';

/** How often the article's marked entities belong to each country. */
export function countryCounts(lookup: EntityLookup, marks: readonly Mark[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mark of marks) {
    if (mark.entity === undefined) continue;
    const country = lookup.entities[mark.entity]!.country;
    if (country !== undefined) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/**
 * Of several bodies with one name, the one of the country named right before
 * it ("Ukraine's Foreign Ministry") or last named before it in the same
 * paragraph; failing that, the one whose country the article names far more
 * often than the others'. A name that many countries give a body ("Supreme
 * Court", "Bundesrat") is resolved so even where the dataset holds one body
 * of that name: then any other country, named or counted, may be the one meant.
 */
export function bodyOfTheCountry(lexicon: Lexicon, lookup: EntityLookup, span: NameSpan, text: string, counts: Map<string, number>): number | undefined {
  const orgs = span.entries.filter((e) => lookup.entities[e.entity]!.type === 'organization');
  if (orgs.length === 0 || orgs.length !== span.entries.length) return undefined;
  const countryOf = (e: { entity: number }) => lookup.entities[e.entity]!.country ?? '';
  const onlyOne = orgs.length === 1;
  if (onlyOne && !lexicon.isSharedBody(text.slice(span.start, span.end))) return undefined;
  const rivals = onlyOne ? allCountries(lexicon) : new Set(orgs.map(countryOf));
  const named = countryNamedBefore(lexicon, text, span.start) ?? countryNamedEarlier(lexicon, text, span.start, rivals);
  if (named !== undefined) {
    const matching = orgs.filter((e) => countryOf(e) === named);
    return matching.length === 1 ? matching[0]!.entity : undefined;
  }
  const scored = orgs.map((e) => ({ entity: e.entity, n: counts.get(countryOf(e)) ?? 0 })).sort((a, b) => b.n - a.n);
  const best = scored[0]!;
  const runnerUp = onlyOne ? Math.max(0, ...[...counts].filter(([country]) => country !== countryOf(best)).map(([, n]) => n)) : scored[1]!.n;
  return best.n >= 3 && best.n >= 2 * runnerUp ? best.entity : undefined;
}

/**
 * A body of several countries' name with a country right before it ("Austria's
 * Bundesrat", "the Canadian Supreme Court"): that country's body, or `null`
 * when the dataset holds none of that country, whatever body of that name the
 * article named before. `undefined` where no country is named right before it,
 * or the name is no such body.
 */
export function bodyOfTheCountryNamedBefore(lexicon: Lexicon, lookup: EntityLookup, span: NameSpan, text: string): number | null | undefined {
  if (span.entries.some((e) => lookup.entities[e.entity]!.type !== 'organization')) return undefined;
  if (span.entries.length === 1 && !lexicon.isSharedBody(text.slice(span.start, span.end))) return undefined;
  const named = countryNamedBefore(lexicon, text, span.start);
  if (named === undefined) return undefined;
  const matching = span.entries.filter((e) => lookup.entities[e.entity]!.country === named);
  return matching.length === 1 ? matching[0]!.entity : null;
}

function allCountries(lexicon: Lexicon): ReadonlySet<string> {
  return lexicon.memo('all-countries', () => new Set(Object.keys(lexicon.countries)));
}

/** Where the organizations marked so far start and end, to see names listed beside them ("Apple and Netflix"). */
export class OrganizationEdges {
  constructor(
    private readonly lookup: EntityLookup,
    private readonly taken: SortedSpans<Mark>,
  ) {}

  startsAt(block: number, at: number): boolean {
    const list = this.taken.inBlock(block);
    const i = lastStartingBefore(list, at + 1);
    return i >= 0 && list[i]!.start === at && this.isOrganization(list[i]!);
  }

  endsAt(block: number, at: number): boolean {
    // Marks never overlap, so one that ends at `at` is the last to start before it.
    const list = this.taken.inBlock(block);
    const i = lastStartingBefore(list, at);
    return i >= 0 && list[i]!.end === at && this.isOrganization(list[i]!);
  }

  private isOrganization(mark: Mark): boolean {
    return mark.entity !== undefined && this.lookup.entities[mark.entity]!.type === 'organization';
  }
}

/** The patterns of an organization's context, built once per lexicon. */
function contextPatterns(lexicon: Lexicon): { followers: RegExp; joinerAfter: RegExp; joinerBefore: RegExp } {
  return lexicon.memo('organization-context', () => {
    const followers = [...lexicon.words('org-follower')].join('|');
    const joiners = [...lexicon.words('list-joiner')].join('|');
    return {
      // Words after a name that only a company or a body takes: "Apple said", "Shell's", "Amazon shares".
      followers: new RegExp(`^(?:'s?(?![\\p{L}])|, whose | (?:${followers})(?![\\p{L}]))`, 'u'),
      joinerAfter: new RegExp(`^(?:,? (?:${joiners}|&) |, )`),
      joinerBefore: new RegExp(`(?:,? (?:${joiners}|&) |, )$`),
    };
  });
}

/**
 * An organization's short name with no full mention is still the organization
 * where its context says so: a word only organizations take after it, a
 * role held in one before it ("an economist at Harvard"), another
 * organization listed beside it, or a capital "The" kept inside a
 * sentence ("wrote in The Atlantic"). "the Amazon" stays the river.
 */
export function organizationInContext(
  lexicon: Lexicon,
  lookup: EntityLookup,
  span: NameSpan,
  text: string,
  organizations: OrganizationEdges,
  titleCase: boolean,
): number | undefined {
  const orgs = span.entries.filter((e) => lookup.entities[e.entity]!.type === 'organization');
  if (orgs.length !== 1 || orgs.length !== span.entries.length) return undefined;
  if (/(?:^|[^\p{L}])the $/iu.test(text.slice(Math.max(0, span.start - 4), span.start))) return undefined;
  if (!titleCase && writtenAsTitle(lexicon, text, span)) return orgs[0]!.entity;
  const { followers, joinerAfter, joinerBefore } = contextPatterns(lexicon);
  const after = text.slice(span.end, span.end + 40);
  const before = text.slice(Math.max(0, span.start - 8), span.start);
  const listedAfter = joinerAfter.exec(after);
  const listedBefore = joinerBefore.exec(before);
  if (
    followers.test(after) ||
    // "an economist at Harvard", "a graduate of Mount Holyoke"
    officeBefore(nameCues(lexicon), text, span.start) ||
    (listedAfter && organizations.startsAt(span.block, span.end + listedAfter[0].length)) ||
    (listedBefore && organizations.endsAt(span.block, span.start - listedBefore[0].length))
  ) {
    return orgs[0]!.entity;
  }
  return undefined;
}

/**
 * Whether a name that begins with "The" keeps its capital inside a sentence,
 * as the name of a publication is written ("an essay in The Atlantic"); at a
 * sentence's start ("The Atlantic is warming") the capital says nothing.
 */
function writtenAsTitle(lexicon: Lexicon, text: string, span: NameSpan): boolean {
  const space = text.indexOf(' ', span.start);
  if (space < 0 || space >= span.end || !capitalizedArticles(lexicon).has(text.slice(span.start, space))) return false;
  // A word, a figure or a comma before it: the sentence goes on.
  return /[\p{L}\p{N},] $/u.test(text.slice(Math.max(0, span.start - 2), span.start));
}
