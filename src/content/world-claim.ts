/**
 * One copy of Dramatis per content-script world: the manifest's copy and one
 * the worker injects into a tab that was open when the extension was
 * installed or updated (open-tabs.ts) can meet in the same world.
 */

/** Set in this script's own world, which the page's scripts never see. */
const RUNNING_KEY = Symbol.for('dramatis.content-script');

/** Claims this world for this copy of the script; false when it runs one already. */
export function claimWorld(): boolean {
  const world = globalThis as { [RUNNING_KEY]?: true };
  if (world[RUNNING_KEY]) return false;
  world[RUNNING_KEY] = true;
  return true;
}
