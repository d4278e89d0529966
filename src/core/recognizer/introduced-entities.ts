/**
 * The entities an article has introduced with a mark, each with its marks in
 * reading order, and what they link to, so that "is this related to any of
 * them?" is a look-up rather than a walk over all of them.
 */
import type { EntityLookup } from '../entity-lookup.ts';
import type { Mark } from './article.ts';
import { byPosition } from './article.ts';
import { lastBeforePosition } from '../sorted-spans.ts';

export class IntroducedEntities {
  private readonly lists = new Map<number, Mark[]>();
  /**
   * The ids of the introduced entities and the ids they point to, gathered on the first `isRelatedTo`: most
   * articles ask it seldom or never, and an entity may point to dozens of others.
   */
  private relations: { ids: Set<string>; linkedFrom: Set<string> } | undefined;

  /** From the dataset's marks among `marks`. */
  constructor(
    private readonly lookup: EntityLookup,
    marks: readonly Mark[],
  ) {
    for (const mark of [...marks].sort(byPosition)) if (mark.entity !== undefined) this.add(mark);
  }

  /** Appends a mark of the dataset's entity `mark.entity`; the first one of an entity introduces it. */
  add(mark: Mark): void {
    const entity = mark.entity!;
    const list = this.lists.get(entity);
    if (list) {
      list.push(mark);
      return;
    }
    this.lists.set(entity, [mark]);
    if (this.relations) this.addRelations(this.relations, entity);
  }

  private addRelations(relations: { ids: Set<string>; linkedFrom: Set<string> }, entity: number): void {
    const record = this.lookup.entities[entity]!;
    relations.ids.add(record.id);
    for (const id of record.links ?? []) relations.linkedFrom.add(id);
  }

  has(entity: number): boolean {
    return this.lists.has(entity);
  }

  marksOf(entity: number): readonly Mark[] | undefined {
    return this.lists.get(entity);
  }

  /** The last mark of `entity` before a position, if any. */
  lastBefore(entity: number, at: { block: number; start: number }): Mark | undefined {
    const list = this.lists.get(entity);
    return list && lastBeforePosition(list, at.block, at.start);
  }

  /** Whether `entity` points to an introduced entity or one points to it (its relations and the organizations of its roles). */
  isRelatedTo(entity: number): boolean {
    const relations = this.relations ?? this.gatherRelations();
    const record = this.lookup.entities[entity]!;
    if (relations.linkedFrom.has(record.id)) return true;
    for (const id of record.links ?? []) if (relations.ids.has(id)) return true;
    return false;
  }

  private gatherRelations(): { ids: Set<string>; linkedFrom: Set<string> } {
    const relations = { ids: new Set<string>(), linkedFrom: new Set<string>() };
    for (const entity of this.lists.keys()) this.addRelations(relations, entity);
    this.relations = relations;
    return relations;
  }

  /** Of several introduced entities, the one marked last before `at`; failing that, the first marked after it. */
  mostRecent(candidates: readonly number[], at: { block: number; start: number }): number | undefined {
    let best: { entity: number; before: boolean; mark: Mark } | undefined;
    for (const entity of candidates) {
      const last = this.lastBefore(entity, at);
      const candidate = last ? { entity, before: true, mark: last } : { entity, before: false, mark: this.lists.get(entity)![0]! };
      if (
        !best ||
        (candidate.before && !best.before) ||
        (candidate.before === best.before && (candidate.before ? byPosition(candidate.mark, best.mark) > 0 : byPosition(candidate.mark, best.mark) < 0))
      ) {
        best = candidate;
      }
    }
    return best?.entity;
  }
}
