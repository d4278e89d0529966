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
  /** Main-thread time of the slices that ended, without the yields and waits between them. */
  private busy = 0;

  /** Cheap to call in a hot loop: it reads the clock only every 64 calls. */
  due(): boolean {
    if (++this.calls % 64 !== 0) return false;
    return performance.now() - this.sliceStart > SLICE_MS;
  }

  async yield(): Promise<void> {
    this.busy += performance.now() - this.sliceStart;
    await yieldToMain();
    this.sliceStart = performance.now();
  }

  /** Waits for `promise` (say, the worker's answer) without counting the wait as main-thread time. */
  async wait<T>(promise: Promise<T>): Promise<T> {
    this.busy += performance.now() - this.sliceStart;
    try {
      return await promise;
    } finally {
      this.sliceStart = performance.now();
    }
  }

  /** Main-thread time spent so far: the slices, not the yields or waits between them. */
  busyMs(): number {
    return this.busy + performance.now() - this.sliceStart;
  }
}
