/** The article's cast, for the popup: who is marked, how often, under which name. */
import type { CastEntry } from '../shared/page-messages.ts';
import type { Marks } from './marks.ts';

/** Each entity once, named by its longest form in the article, most mentioned first. */
export function castOf(marks: Marks): CastEntry[] {
  const cast = new Map<string, CastEntry>();
  for (let i = 0; i < marks.length; i++) {
    const entityId = marks.entityIdAt(i);
    const label = marks.textOf(i);
    const entry = cast.get(entityId);
    if (!entry) cast.set(entityId, { entityId, label, type: marks.typeAt(i), mentions: 1 });
    else {
      entry.mentions += 1;
      if (label.length > entry.label.length) entry.label = label;
    }
  }
  return [...cast.values()].sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label));
}
