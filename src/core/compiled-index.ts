/**
 * The compact index the build writes (`index.json`) and the background worker
 * loads. Everything the recognizer needs is precomputed into plain JSON
 * objects, so that a cold start is one `JSON.parse` and no loop over the
 * dataset: Chrome stops idle workers, and a restarted worker runs its first
 * request in a cold, unoptimized engine.
 */
import type { EntityRecord, EntityType } from './entity-schema.ts';

export const INDEX_FORMAT = 3;

export interface CompiledIndex {
  format: typeof INDEX_FORMAT;
  /** Date the dataset was last reviewed, `YYYY-MM-DD`: cards show it. */
  datasetDate: string;
  /** What recognition needs to know of each entity, sorted by id; the full records are in `CompiledDetails`. */
  entities: EntitySummary[];
  /**
   * Lookup key of a name (see `nameKey`) → the entities it names, flattened as
   * pairs [entity index, 1 for a strong name or 0 for a short name, ...].
   */
  names: Record<string, number[]>;
  /** First word of a name key → the word counts of the names that start with it, longest first. */
  firstWords: Record<string, number[]>;
  /** Given names, folded (see `foldText`) and sorted: a capitalized run starting with one may be a person the dataset does not list. */
  givenNames: string[];
  /** Place names, folded and sorted: a capitalized run that is or starts with one is no person ("Hong Kong"). */
  places: string[];
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  kind?: string;
  /** ISO 3166-1 alpha-2 code: the article's country tells apart bodies of the same name. */
  country?: string;
  /** Ids the entity points to: relation targets and the organizations of its roles. */
  links?: string[];
}

/** Someone holding an office of an organization, denormalized so that a card needs one shard only. */
export interface OfficeHolder {
  id: string;
  name: string;
  title: string;
  start?: string;
  end?: string;
}

/**
 * One shard of the full records, for cards. The records are split over
 * DETAIL_SHARDS files by a hash of their id, so that a card asked of a cold
 * worker reads a small file, not the whole dataset.
 */
export interface CompiledDetails {
  format: typeof INDEX_FORMAT;
  datasetDate: string;
  records: EntityRecord[];
  /** Organization id → the people of the dataset holding its offices (for organizations in this shard). */
  holders: Record<string, OfficeHolder[]>;
  /** Names of the entities the records of this shard refer to, by id. */
  names: Record<string, string>;
}

export const DETAIL_SHARDS = 16;

/** Which shard holds an entity's record. */
export function shardOf(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % DETAIL_SHARDS;
}

export function shardFile(shard: number): string {
  return `entities-${String(shard).padStart(2, '0')}.json`;
}

export function isCompiledDetails(value: unknown): value is CompiledDetails {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CompiledDetails>;
  return v.format === INDEX_FORMAT && typeof v.datasetDate === 'string' && Array.isArray(v.records) &&
    typeof v.holders === 'object' && v.holders !== null && typeof v.names === 'object' && v.names !== null;
}

/** A shallow check that a parsed file is an index of the format this code reads. */
export function isCompiledIndex(value: unknown): value is CompiledIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CompiledIndex>;
  return (
    v.format === INDEX_FORMAT && typeof v.datasetDate === 'string' && Array.isArray(v.entities) &&
    typeof v.names === 'object' && v.names !== null && typeof v.firstWords === 'object' && v.firstWords !== null &&
    Array.isArray(v.givenNames) && Array.isArray(v.places)
  );
}
