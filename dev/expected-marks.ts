/**
 * What a reader should see marked on a gold article: its mentions of entities
 * that are in the dataset, and the reporters credited in its byline (rarely in
 * any dataset, but marked from the byline itself).
 */
import type { EntityRecord } from '../src/core/entity-schema.ts';
import { bundledRecords, paragraphsOf, type GoldArticle, type GoldMention } from './gold.ts';

export interface ExpectedMark {
  start: number;
  end: number;
  text: string;
  highlight: 'dramatis-person' | 'dramatis-organization';
  /** The dataset id; for a byline, the id's prefix `byline:`. */
  entityId: string;
}

/** The dataset id of a gold mention's entity, or undefined when the dataset lacks it. */
export function datasetIdFor(mention: GoldMention, records: readonly EntityRecord[] = bundledRecords()): string | undefined {
  if (mention.id !== undefined) return records.find((e) => e.id === mention.id)?.id;
  if (typeof mention.datasetId === 'string') return records.find((e) => e.id === mention.datasetId)?.id;
  const title = mention.entity.replace(/\s*\([^)]*\)$/, '');
  const qid = (mention as GoldMention & { qid?: string }).qid;
  return records.find((e) => (qid !== undefined && e.qid === qid) || e.name === mention.entity || e.name === title || e.wikipedia === mention.entity)?.id;
}

/** A person in a short paragraph of their own: a byline or credit line ("Sarah Ritchie, The Canadian Press"). */
function isBylinePerson(gold: GoldArticle, mention: GoldMention): boolean {
  if (mention.type !== 'PER') return false;
  const paragraph = paragraphsOf(gold.text).find((p) => p.offset <= mention.start && mention.end <= p.offset + p.text.length);
  return paragraph !== undefined && paragraph.text.length <= 120 && !/[.!?]["”’]?$/.test(paragraph.text.trim());
}

export function expectedMarks(gold: GoldArticle): ExpectedMark[] {
  const marks: ExpectedMark[] = [];
  for (const m of gold.mentions) {
    const entityId = datasetIdFor(m) ?? (isBylinePerson(gold, m) ? 'byline:' : undefined);
    if (entityId === undefined) continue;
    marks.push({ start: m.start, end: m.end, text: m.text, highlight: m.type === 'PER' ? 'dramatis-person' : 'dramatis-organization', entityId });
  }
  return marks;
}
