/** Turns validated dataset records into the compact index shipped with the extension. */
import type { EntityRecord } from './entity-schema.ts';
import { INDEX_FORMAT, type CompiledIndex, type CompiledName } from './compiled-index.ts';
import { namesOf } from './entity-names.ts';

export function compileIndex(records: EntityRecord[], datasetDate: string): CompiledIndex {
  const entities = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const names: CompiledName[] = [];
  entities.forEach((record, entity) => {
    for (const name of namesOf(record)) names.push({ key: name.key, entity, strong: name.strong });
  });
  return { format: INDEX_FORMAT, datasetDate, entities, names };
}
