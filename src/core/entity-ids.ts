/**
 * The ids of the people and organizations a mark can point to besides the
 * dataset's own (kebab-case ids such as "mark-carney"): names the dataset
 * does not list ("unlisted:person:Renata Culpepper") and reporters credited
 * in a byline ("byline:Jane Doe@the-canadian-press"). The recognizer makes
 * them; the worker, the cards and the popup read them.
 */
import type { EntityType } from './entity-schema.ts';

export const UNLISTED_ID_PREFIX = 'unlisted:';
export const BYLINE_ID_PREFIX = 'byline:';

export function unlistedId(type: EntityType, name: string): string {
  return `${UNLISTED_ID_PREFIX}${type === 'person' ? 'person' : 'organization'}:${name}`;
}

export function parseUnlistedId(id: string): { type: EntityType; name: string } | undefined {
  const m = /^unlisted:(person|organization):(.+)$/s.exec(id);
  return m ? { type: m[1] as EntityType, name: m[2]! } : undefined;
}

/** A reporter's id, with the id of the news organization the byline names, if any. */
export function bylineId(name: string, organizationId?: string): string {
  return `${BYLINE_ID_PREFIX}${name}${organizationId ? `@${organizationId}` : ''}`;
}

export function parseBylineId(id: string): { name: string; organizationId?: string } | undefined {
  if (!id.startsWith(BYLINE_ID_PREFIX)) return undefined;
  const [name, organizationId] = id.slice(BYLINE_ID_PREFIX.length).split('@');
  if (!name) return undefined;
  return organizationId ? { name, organizationId } : { name };
}
