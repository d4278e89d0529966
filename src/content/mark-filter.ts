/**
 * Which of the article's mentions the reader wants marked, by the popup's
 * settings: people, organizations, or both; every mention or only the first
 * of each entity.
 */
import type { Mention } from '../core/mention.ts';
import type { Settings } from '../shared/settings.ts';

/** What the reader chose to see marked, and where (the popup's settings). */
export type MarkView = Pick<Settings, 'markPeople' | 'markOrganizations' | 'markMode' | 'scope'>;

export function markViewOf(settings: Settings): MarkView {
  return { markPeople: settings.markPeople, markOrganizations: settings.markOrganizations, markMode: settings.markMode, scope: settings.scope };
}

export function visibleMentions(mentions: readonly Mention[], view: MarkView): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    if (m.type === 'person' ? !view.markPeople : !view.markOrganizations) return false;
    if (view.markMode === 'first') {
      if (seen.has(m.entityId)) return false;
      seen.add(m.entityId);
    }
    return true;
  });
}
