/**
 * Reporters credited in an article's byline ("By Jane Doe, The Canadian Press",
 * "Jane Doe, Reuters"). Few reporters are in any dataset, yet the byline is
 * where a reader most often wonders "who wrote this?". A name counts as a
 * byline only in a short block of its own that is nothing but "By" and names,
 * or names followed by a news organization of the dataset, so a sentence
 * never produces one.
 */
import type { EntityLookup } from './entity-lookup.ts';
import type { EntitySummary } from './compiled-index.ts';
import type { Mention } from './mention.ts';
import { NAME_PARTICLES, bylineNames } from './byline-names.ts';

export const BYLINE_ID_PREFIX = 'byline:';

/** A capitalized word of a personal name: "Sarah", "O'Neil", "Jean-Luc", "J." (bylines themselves are read by `byline-names.ts`). */
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*)`;
const PARTICLE = `(?:${NAME_PARTICLES.join('|')})`;
/** A personal name of two to four words, as a RegExp source: credit lines are read with it. */
export const PERSONAL_NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){1,3}`;
const MAX_BYLINE_LENGTH = 120;
/** A wire story's credit line: "Reporting by Jane Doe in Kyiv; Editing by John Roe and Ann Poe". */
const CREDIT = new RegExp(String.raw`(?:^|[;.(]\s*)(?:Additional reporting|Reporting|Writing|Editing|Compiled|Reported|Written|Edited|Research)\s+by\s+((?:${PERSONAL_NAME})(?:\s*(?:,|and|&)\s*(?:${PERSONAL_NAME}))*)`, 'gu');
const CREDIT_NAME = new RegExp(PERSONAL_NAME, 'gu');
/** A cheap test that a block may hold a credit line at all. */
const CREDIT_CUE = /(?:porting|Writing|Editing|Compiled|Reported|Written|Edited|Research) by /;
const MAX_CREDIT_LENGTH = 400;
const NEWS_KIND = /news|newspaper|broadcast|magazine|wire|television|radio|press/i;

export function bylineId(name: string, organization?: EntitySummary): string {
  return `${BYLINE_ID_PREFIX}${name}${organization ? `@${organization.id}` : ''}`;
}

export function parseBylineId(id: string): { name: string; organizationId?: string } | undefined {
  if (!id.startsWith(BYLINE_ID_PREFIX)) return undefined;
  const [name, organizationId] = id.slice(BYLINE_ID_PREFIX.length).split('@');
  if (!name) return undefined;
  return organizationId ? { name, organizationId } : { name };
}

/** Byline mentions in `texts`, given the dataset mentions already found there. */
export function findBylines(lookup: EntityLookup, texts: readonly string[], found: readonly Mention[]): Mention[] {
  const bylines: Mention[] = [];
  const foundByBlock = new Map<number, Mention[]>();
  for (const m of found) {
    const list = foundByBlock.get(m.block);
    if (list) list.push(m);
    else foundByBlock.set(m.block, [m]);
  }
  texts.forEach((text, block) => {
    if (text.length <= MAX_CREDIT_LENGTH && CREDIT_CUE.test(text)) bylines.push(...creditsIn(text, block, foundByBlock.get(block) ?? []));
    if (text.length > MAX_BYLINE_LENGTH) return;
    const inBlock = foundByBlock.get(block) ?? [];
    const by = bylineNames(text, 'by');
    const match = by ?? bylineNames(text, 'plain');
    if (!match) return;
    // What follows the names must be empty (only with "By") or exactly one news organization.
    const rest = text.slice(match.length).trim().replace(/\.$/, '');
    let organization: EntitySummary | undefined;
    if (rest !== '') {
      const org = inBlock.find((m) => m.start >= match.length && text.slice(m.start, m.end) === rest);
      organization = org && lookup.entityById(org.entityId);
      if (!organization || organization.type !== 'organization' || !NEWS_KIND.test(organization.kind ?? '')) return;
    } else if (!by) {
      return;
    }
    const [first, second] = match.names;
    for (const name of match.names) {
      const start = text.indexOf(name, name === second ? text.indexOf(first) + first.length : 0);
      const end = start + name.length;
      if (inBlock.some((m) => m.start < end && start < m.end)) continue;
      bylines.push({ block, start, end, entityId: bylineId(name, organization), type: 'person' });
    }
  });
  return bylines;
}

/** The people a credit line names ("Reporting by …; Editing by …"), except names already found. */
function creditsIn(text: string, block: number, inBlock: readonly Mention[]): Mention[] {
  const credits: Mention[] = [];
  for (const credit of text.matchAll(CREDIT)) {
    const listStart = credit.index + credit[0].length - credit[1]!.length;
    for (const name of credit[1]!.matchAll(CREDIT_NAME)) {
      const start = listStart + name.index;
      const end = start + name[0].length;
      if (inBlock.some((m) => m.start < end && start < m.end)) continue;
      credits.push({ block, start, end, entityId: bylineId(name[0]), type: 'person' });
    }
  }
  return credits;
}
