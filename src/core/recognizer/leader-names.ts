/**
 * "The Obama administration", "the Carter presidency": a surname before a
 * word that only a political leader's name takes. The dataset's short name
 * there is its one politician who bears it (a person of a party), never a
 * namesake athlete; with none, the surname is a person the dataset lacks.
 */
import type { EntityLookup, NameEntry } from '../entity-lookup.ts';
import type { NameCues } from './name-cues.ts';
import { isLowerCode } from '../char-codes.ts';

/** Whether a leader's word ("administration") follows the name that ends at `end`. */
export function leaderWordFollows(cues: NameCues, text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20 || !isLowerCode(text.charCodeAt(end + 1))) return false;
  let to = end + 1;
  while (isLowerCode(text.charCodeAt(to))) to++;
  return cues.leaderFollowers.has(text.slice(end + 1, to));
}

/** The one person of a party among `entries`, or undefined (none, or several). */
export function onePolitician(lookup: EntityLookup, entries: readonly NameEntry[]): number | undefined {
  let found: number | undefined;
  for (const e of entries) {
    if (!isPolitician(lookup, e.entity)) continue;
    if (found !== undefined) return undefined;
    found = e.entity;
  }
  return found;
}

export function isPolitician(lookup: EntityLookup, entity: number): boolean {
  const summary = lookup.entities[entity]!;
  return summary.type === 'person' && (summary.links ?? []).some((id) => /\bparty\b/i.test(lookup.entityById(id)?.kind ?? ''));
}
