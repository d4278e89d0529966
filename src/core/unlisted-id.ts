/** Ids of the people and organizations an article names that the dataset does not list (see unlisted-names.ts). */
import type { EntityType } from './entity-schema.ts';

export const UNLISTED_ID_PREFIX = 'unlisted:';

export function unlistedId(type: EntityType, name: string): string {
  return `${UNLISTED_ID_PREFIX}${type === 'person' ? 'person' : 'organization'}:${name}`;
}

export function parseUnlistedId(id: string): { type: EntityType; name: string } | undefined {
  const m = /^unlisted:(person|organization):(.+)$/s.exec(id);
  return m ? { type: m[1] as EntityType, name: m[2]! } : undefined;
}
