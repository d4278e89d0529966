/** The names the unlisted-names pass finds, and the marks made of them and of their later mentions. */
import type { EntityType } from '../entity-schema.ts';
import type { Article, Mark } from './article.ts';
import { unlistedId } from '../entity-ids.ts';

/** A name the unlisted-names pass found in prose. */
export interface Found {
  block: number;
  start: number;
  end: number;
  type: EntityType;
  /** The name as on the page: the card's title and the id of an unlisted entity. */
  name: string;
  /** The dataset person this turned out to be, under a form of the name the dataset lacks ("Joseph R. Biden Jr."). */
  entity?: number;
}

/** The mark of a name the pass found, or of a later mention of it: `owner` is the name it repeats. */
export function unlistedMark(article: Article, f: { block: number; start: number; end: number; type: EntityType }, owner: Found = f as Found): Mark {
  const mark: Mark = { block: f.block, start: f.start, end: f.end, type: f.type, entityId: unlistedId(f.type, owner.name) };
  if (owner.entity !== undefined) {
    mark.entity = owner.entity;
    mark.entityId = article.lookup.entities[owner.entity]!.id;
  }
  return mark;
}
