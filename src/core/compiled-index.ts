/**
 * The compact index the build writes (`index.json`) and the background worker
 * loads. It is plain JSON so that a cold start is one `JSON.parse`: no source
 * data is parsed or validated at run time.
 */
import type { EntityRecord } from './entity-schema.ts';

export const INDEX_FORMAT = 1;

/** One name under which entities can be found. */
export interface CompiledName {
  /** The name's lookup key (see `nameKey`). */
  key: string;
  /** Index into `entities`. */
  entity: number;
  /** Strong names match anywhere; weak ones (surnames) need evidence in the article. */
  strong: boolean;
}

export interface CompiledIndex {
  format: typeof INDEX_FORMAT;
  /** Date the dataset was last reviewed, `YYYY-MM-DD`: cards show it. */
  datasetDate: string;
  entities: EntityRecord[];
  names: CompiledName[];
}

/** A shallow check that a parsed file is an index of the format this code reads. */
export function isCompiledIndex(value: unknown): value is CompiledIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CompiledIndex>;
  return v.format === INDEX_FORMAT && typeof v.datasetDate === 'string' && Array.isArray(v.entities) && Array.isArray(v.names);
}
