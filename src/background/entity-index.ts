/**
 * The bundled dataset, loaded once per worker life: `index.json` for
 * recognition, and for a card only the shard `entities-NN.json` that holds
 * the entity's record. The worker may be stopped at any moment, so these are
 * only caches of files in the package: after a restart the first request
 * loads them again.
 */
import { isCompiledDetails, isCompiledIndex, shardFile, shardOf } from '../core/compiled-index.ts';
import { EntityLookup } from '../core/entity-lookup.ts';
import { EntityDetails } from '../core/entity-details.ts';
import { INDEX_FILE, readPackageText } from './index-file.ts';

let lookup: Promise<EntityLookup> | undefined;
const shards = new Map<number, Promise<EntityDetails>>();

/**
 * The index, read and parsed on first use. Its load is measured as `dramatis:index-load`, from the
 * start of the read to the lookup tables ready, with each part in `detail`.
 */
export function entityLookup(): Promise<EntityLookup> {
  lookup ??= readPackageText(INDEX_FILE).then(({ text, started, read }) => {
    const parsing = performance.now();
    const json: unknown = JSON.parse(text);
    const parsed = performance.now();
    if (!isCompiledIndex(json)) throw new Error(`Dramatis: ${INDEX_FILE} is not an index this version reads`);
    const built = new EntityLookup(json);
    const end = performance.now();
    const detail = { readMs: read - started, parseMs: parsed - parsing, buildMs: end - parsed, chars: text.length };
    performance.measure('dramatis:index-load', { start: started, end, detail });
    return built;
  });
  // A failed load is retried on the next request rather than remembered.
  lookup.catch(() => (lookup = undefined));
  return lookup;
}

/** The details shard that holds the record of entity `id`. */
export function entityDetails(id: string): Promise<EntityDetails> {
  const shard = shardOf(id);
  let details = shards.get(shard);
  if (!details) {
    details = readPackageText(shardFile(shard)).then(({ text, started, read }) => {
      const json: unknown = JSON.parse(text);
      if (!isCompiledDetails(json)) throw new Error(`Dramatis: ${shardFile(shard)} is not a file this version reads`);
      const loaded = new EntityDetails([json]);
      const end = performance.now();
      performance.measure('dramatis:details-load', { start: started, end, detail: { readMs: read - started, parseMs: end - read, chars: text.length } });
      return loaded;
    });
    details.catch(() => shards.delete(shard));
    shards.set(shard, details);
  }
  return details;
}
