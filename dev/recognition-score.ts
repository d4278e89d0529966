/**
 * Scores a recognizer's mentions against gold annotations: exact spans with
 * their type (precision, recall, F1), and linking accuracy over the spans
 * found whose gold entity is in the dataset. Used by `npm run eval` and by
 * the unit tests' floors.
 */
import type { EntityLookup } from '../src/core/entity-lookup.ts';
import { findMentions } from '../src/core/recognizer/find-mentions.ts';
import { datasetIdFor } from './expected-marks.ts';
import { paragraphsOf, type GoldArticle } from './gold.ts';

export type GoldType = 'PER' | 'ORG';

export interface SystemMention {
  start: number;
  end: number;
  type: GoldType;
  /** Dataset id, when the system links. */
  entityId?: string;
}

export interface Problem {
  article: string;
  kind: 'miss' | 'false' | 'wrong-link';
  text: string;
  start: number;
  detail: string;
}

export interface Counts {
  gold: number;
  found: number;
  correct: number;
  linkable: number;
  linkedRight: number;
}

export interface Score {
  byType: Record<GoldType | 'all', Counts>;
  problems: Problem[];
}

const emptyCounts = (): Counts => ({ gold: 0, found: 0, correct: 0, linkable: 0, linkedRight: 0 });

export function newScore(): Score {
  return { byType: { PER: emptyCounts(), ORG: emptyCounts(), all: emptyCounts() }, problems: [] };
}

/** Adds one article's result to `score`. */
export function scoreArticle(score: Score, lookup: EntityLookup | undefined, gold: GoldArticle, found: SystemMention[]): void {
  const key = (m: { start: number; end: number; type: GoldType }) => `${m.start}:${m.end}:${m.type}`;
  const goldByKey = new Map(gold.mentions.map((m) => [key(m), m]));
  const foundKeys = new Set(found.map(key));
  const bump = (type: GoldType, field: keyof Counts) => {
    score.byType[type][field] += 1;
    score.byType.all[field] += 1;
  };
  for (const m of gold.mentions) {
    bump(m.type, 'gold');
    if (!foundKeys.has(key(m))) score.problems.push({ article: gold.id, kind: 'miss', text: m.text, start: m.start, detail: `${m.type} ${m.entity}` });
  }
  for (const f of found) {
    bump(f.type, 'found');
    const g = goldByKey.get(key(f));
    const text = gold.text.slice(f.start, f.end);
    if (!g) {
      score.problems.push({ article: gold.id, kind: 'false', text, start: f.start, detail: `${f.type}${f.entityId ? ` ${f.entityId}` : ''}` });
      continue;
    }
    bump(f.type, 'correct');
    if (!lookup || f.entityId === undefined) continue;
    const expected = datasetIdFor(g);
    if (expected === undefined) continue;
    bump(f.type, 'linkable');
    if (expected === f.entityId) bump(f.type, 'linkedRight');
    else score.problems.push({ article: gold.id, kind: 'wrong-link', text, start: f.start, detail: `${f.entityId} instead of ${expected}` });
  }
}

export function ratios(c: Counts): { precision: number; recall: number; f1: number; linking: number } {
  const precision = c.found === 0 ? 1 : c.correct / c.found;
  const recall = c.gold === 0 ? 1 : c.correct / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, linking: c.linkable === 0 ? 1 : c.linkedRight / c.linkable };
}

/** Dramatis's recognizer on one gold article, blocks being its paragraphs. */
export function dramatisMentions(lookup: EntityLookup, gold: GoldArticle): SystemMention[] {
  const paragraphs = paragraphsOf(gold.text);
  return findMentions(lookup, paragraphs.map((p) => p.text)).map((m) => ({
    start: paragraphs[m.block]!.offset + m.start,
    end: paragraphs[m.block]!.offset + m.end,
    type: m.type === 'person' ? 'PER' : 'ORG',
    ...(m.entityId.startsWith('byline:') ? {} : { entityId: m.entityId }),
  }));
}
