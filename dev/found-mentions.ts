/**
 * The recognizer's mentions of a few short texts as one readable line each,
 * for unit tests that state what a reader should see marked: "Mara Lind=P:Mara Lind"
 * for a person the dataset lacks, "NATO=nato" for a dataset entity.
 */
import type { EntityLookup } from '../src/core/entity-lookup.ts';
import { parseUnlistedId } from '../src/core/entity-ids.ts';
import { findMentions } from '../src/core/recognizer/find-mentions.ts';

export function foundMentions(lookup: EntityLookup, texts: string[]): string[] {
  return findMentions(lookup, texts).map((m) => {
    const unlisted = parseUnlistedId(m.entityId);
    const who = unlisted ? `${unlisted.type === 'person' ? 'P' : 'O'}:${unlisted.name}` : m.entityId;
    return `${texts[m.block]!.slice(m.start, m.end)}=${who}`;
  });
}
