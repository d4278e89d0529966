/**
 * The bundled dataset, loaded once per worker life: `index.json` for
 * recognition, and for a card only the shard `entities-NN.json` that holds
 * the entity's record. The worker may be stopped at any moment, so these are
 * only caches of files in the package: after a restart the first request
 * loads them again.
 */
import browser from '../shared/browser-api.ts';
import { isCompiledDetails, isCompiledIndex, shardFile, shardOf } from '../core/compiled-index.ts';
import { EntityLookup } from '../core/entity-lookup.ts';
import { EntityDetails } from '../core/entity-details.ts';

export const INDEX_FILE = 'index.json';
let lookup: Promise<EntityLookup> | undefined;
const shards = new Map<number, Promise<EntityDetails>>();

export function entityLookup(): Promise<EntityLookup> {
  lookup ??= readPackageJson(INDEX_FILE, 'dramatis:index-load').then((json) => {
    if (!isCompiledIndex(json)) throw new Error(`Dramatis: ${INDEX_FILE} is not an index this version reads`);
    return new EntityLookup(json);
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
    details = readPackageJson(shardFile(shard), 'dramatis:details-load').then((json) => {
      if (!isCompiledDetails(json)) throw new Error(`Dramatis: ${shardFile(shard)} is not a file this version reads`);
      return new EntityDetails([json]);
    });
    details.catch(() => shards.delete(shard));
    shards.set(shard, details);
  }
  return details;
}

async function readPackageJson(file: string, measure: string): Promise<unknown> {
  const started = performance.now();
  // A file inside the extension package: this is not a network request.
  const response = await fetch(browser.runtime.getURL(file));
  const json: unknown = JSON.parse(await response.text());
  performance.measure(measure, { start: started, end: performance.now() });
  return json;
}
