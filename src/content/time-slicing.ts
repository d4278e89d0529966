/**
 * Long work on the page's main thread is cut into slices of at most SLICE_MS,
 * with a yield to the browser between them, so that a big page stays
 * scrollable and no task runs past 50 ms (the "long task" threshold).
 */

export const SLICE_MS = 12;

/** Lets the browser run input, rendering and the page's own tasks. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for one piece of work: `due()` says when the current slice is used up. */
export class Slicer {
  private sliceStart = performance.now();
  private calls = 0;

  /** Cheap to call in a hot loop: it reads the clock only every 64 calls. */
  due(): boolean {
    if (++this.calls % 64 !== 0) return false;
    return performance.now() - this.sliceStart > SLICE_MS;
  }

  async yield(): Promise<void> {
    await yieldToMain();
    this.sliceStart = performance.now();
  }
}
