/**
 * The bundled entity index, loaded once per worker life. The worker may be
 * stopped at any moment, so this is only a cache of a file in the package:
 * after a restart the first request loads it again.
 */
import browser from '../shared/browser-api.ts';
import { isCompiledIndex } from '../core/compiled-index.ts';
import { EntityLookup } from '../core/entity-lookup.ts';

export const INDEX_FILE = 'index.json';

let loading: Promise<EntityLookup> | undefined;

export function entityLookup(): Promise<EntityLookup> {
  loading ??= loadIndex();
  // A failed load is retried on the next request rather than remembered.
  loading.catch(() => (loading = undefined));
  return loading;
}

async function loadIndex(): Promise<EntityLookup> {
  const started = performance.now();
  // A file inside the extension package: this is not a network request.
  const response = await fetch(browser.runtime.getURL(INDEX_FILE));
  const index: unknown = await response.json();
  if (!isCompiledIndex(index)) throw new Error(`Dramatis: ${INDEX_FILE} is not an index this version reads`);
  const lookup = new EntityLookup(index);
  performance.measure('dramatis:index-load', { start: started, end: performance.now() });
  return lookup;
}
