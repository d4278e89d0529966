/**
 * Scores a recognizer's mentions against gold annotations: exact spans with
 * their type (precision, recall, F1), and linking accuracy over the spans
 * found whose gold entity is in the dataset. Used by `npm run eval` and by
 * the unit tests' floors.
 */
import type { EntityLookup } from '../src/core/entity-lookup.ts';
import { findMentions } from '../src/core/recognizer/find-mentions.ts';
import { datasetIdFor } from './expected-marks.ts';
import { UNLISTED_ID_PREFIX } from '../src/core/entity-ids.ts';
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
  /** `link?`: a link to the dataset where the gold names an entity the dataset lacked when it was judged. */
  kind: 'miss' | 'false' | 'wrong-link' | 'link?';
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
  /** Recall apart for the names of entities the dataset has and of those it lacks. */
  byDataset: Record<'has' | 'lacks', { gold: number; correct: number }>;
  /** Marks inside a gold file's optional spans, which count neither way. */
  optionalMarks: number;
  problems: Problem[];
}

const emptyCounts = (): Counts => ({ gold: 0, found: 0, correct: 0, linkable: 0, linkedRight: 0 });

export function newScore(): Score {
  return {
    byType: { PER: emptyCounts(), ORG: emptyCounts(), all: emptyCounts() },
    byDataset: { has: { gold: 0, correct: 0 }, lacks: { gold: 0, correct: 0 } },
    optionalMarks: 0,
    problems: [],
  };
}

/**
 * Adds one article's result to `score`. A mark that no gold mention matches
 * but that lies inside one of the gold's optional spans counts neither way.
 * A mark that links to a dataset entity where the gold names one the dataset
 * lacked is listed for a look (a common first name linked to a famous bearer
 * is wrong; the dataset may also have gained the entity since).
 */
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
    const side = score.byDataset[datasetIdFor(m) === undefined ? 'lacks' : 'has'];
    side.gold += 1;
    if (foundKeys.has(key(m))) side.correct += 1;
    else score.problems.push({ article: gold.id, kind: 'miss', text: m.text, start: m.start, detail: `${m.type} ${m.entity}` });
  }
  const optional = gold.optional ?? [];
  for (const f of found) {
    const g = goldByKey.get(key(f));
    const text = gold.text.slice(f.start, f.end);
    if (!g) {
      if (optional.some((o) => o.start <= f.start && f.end <= o.end)) {
        score.optionalMarks += 1;
        continue;
      }
      bump(f.type, 'found');
      score.problems.push({ article: gold.id, kind: 'false', text, start: f.start, detail: `${f.type}${f.entityId ? ` ${f.entityId}` : ''}` });
      continue;
    }
    bump(f.type, 'found');
    bump(f.type, 'correct');
    if (!lookup || f.entityId === undefined) continue;
    const expected = datasetIdFor(g);
    if (expected === undefined) {
      // The dataset may have gained the entity since the gold was judged ("de Blasio"), so this is for a reader to look at, not a score.
      if (!f.entityId.startsWith(UNLISTED_ID_PREFIX))
        score.problems.push({
          article: gold.id,
          kind: 'link?',
          text,
          start: f.start,
          detail: `${f.entityId}, where the gold names an entity the dataset lacked`,
        });
      continue;
    }
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
  return findMentions(
    lookup,
    paragraphs.map((p) => p.text),
  ).map((m) => ({
    start: paragraphs[m.block]!.offset + m.start,
    end: paragraphs[m.block]!.offset + m.end,
    type: m.type === 'person' ? 'PER' : 'ORG',
    ...(m.entityId.startsWith('byline:') ? {} : { entityId: m.entityId }),
  }));
}
