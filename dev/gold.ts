/**
 * Gold articles in the format of ../shared/eval/seed-article.json, and the
 * bundled index compiled from data/, for tests that score the recognizer.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset, type DatasetFile } from '../src/core/dataset-validator.ts';
import { compileIndex, parseWordList } from '../src/core/index-compiler.ts';
import { EntityLookup } from '../src/core/entity-lookup.ts';
import { EntityDetails } from '../src/core/entity-details.ts';
import type { EntityRecord } from '../src/core/entity-schema.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The hand-marked article the product was conceived for; absent outside the team's workspace. */
export const SEED_ARTICLE_PATH = path.resolve(REPO_ROOT, '../shared/eval/seed-article.json');

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: 'PER' | 'ORG';
  entity: string;
  id?: string;
  /** The dataset record's id as the real-news gold gives it; `null` for a name the dataset lacked when it was judged. */
  datasetId?: string | null;
  tier?: string;
}

/** A name that is neither required nor penalized (a platform named as the place of a post, a product, a building). */
export interface OptionalSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldArticle {
  id: string;
  date: string;
  title: string | null;
  text: string;
  mentions: GoldMention[];
  /** Marks inside these spans count neither way. */
  optional?: OptionalSpan[];
}

export function readGold(file: string): GoldArticle {
  return JSON.parse(readFileSync(file, 'utf8')) as GoldArticle;
}

export function seedArticle(): GoldArticle | undefined {
  return existsSync(SEED_ARTICLE_PATH) ? readGold(SEED_ARTICLE_PATH) : undefined;
}

export function datasetFiles(): DatasetFile[] {
  const files: DatasetFile[] = [];
  for (const category of ['people', 'organizations']) {
    const dir = path.join(REPO_ROOT, 'data', category);
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      files.push({ path: `data/${category}/${name}`, content: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) });
    }
  }
  return files;
}

let bundled: { lookup: EntityLookup; details: EntityDetails; records: EntityRecord[] } | undefined;

/** The real dataset, validated and compiled as the build does it. */
function bundledDataset(): NonNullable<typeof bundled> {
  if (!bundled) {
    const { errors, records } = validateDataset(datasetFiles());
    if (errors.length > 0) throw new Error(errors.join('\n'));
    const wordList = (name: string) => parseWordList(readFileSync(path.join(REPO_ROOT, 'src/core/lexicon/en', name), 'utf8'));
    const { index, details } = compileIndex(records, '2026-01-01', { givenNames: wordList('given-names.txt'), places: wordList('places.txt') });
    bundled = { lookup: new EntityLookup(index), details: new EntityDetails(details), records: details.flatMap((d) => d.records) };
  }
  return bundled;
}

/** The recognition lookup over the real dataset, as the background worker builds it. */
export const bundledLookup = (): EntityLookup => bundledDataset().lookup;
/** The full records of the real dataset, for cards. */
export const bundledDetails = (): EntityDetails => bundledDataset().details;
export const bundledRecords = (): EntityRecord[] => bundledDataset().records;

/** Splits a gold text into paragraphs (blank-line separated), with each paragraph's offset. */
export function paragraphsOf(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n\n')) {
    out.push({ text: paragraph, offset });
    offset += paragraph.length + 2;
  }
  return out;
}
