/**
 * When an annotation's next pass runs after the page changed its text:
 * batched (the changes of MIN_GAP_MS make one pass), when the page is idle,
 * one pass at a time, and within a budget: passes take at most
 * BUDGET_MS_PER_S of the page's main thread per second on average, however
 * often the page changes. A pass that followed a change and took `b` ms is
 * followed by a rest of b × 1000 / BUDGET_MS_PER_S ms before the next one
 * (10 ms: a second). The first pass, the annotation itself, leaves no rest.
 */
export const MIN_GAP_MS = 300;
export const BUDGET_MS_PER_S = 10;
/** A page that never goes idle gets its pass this long after it is due. */
const IDLE_WAIT_MS = 1_000;

export class PassScheduler {
  private running = false;
  private pending = false;
  private scheduled = false;
  private notBefore = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idle = 0;

  /** `pass` resolves to its main-thread time in ms. */
  constructor(
    private readonly view: Window,
    private readonly pass: () => Promise<number>,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener(
      'abort',
      () => {
        if (this.timer !== undefined) clearTimeout(this.timer);
        if (this.idle !== 0) view.cancelIdleCallback(this.idle);
      },
      { once: true },
    );
  }

  /** Runs a pass now (the first one of an annotation); its failure is the caller's. */
  runNow(): Promise<void> {
    return this.run(true);
  }

  /** The text changed: a pass follows, and one more if it changes while that pass runs. */
  request(): void {
    this.pending = true;
    if (this.running || this.scheduled || this.signal.aborted) return;
    this.scheduled = true;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.idle = this.view.requestIdleCallback(
          () => {
            this.idle = 0;
            this.scheduled = false;
            void this.run();
          },
          { timeout: IDLE_WAIT_MS },
        );
      },
      Math.max(MIN_GAP_MS, this.notBefore - performance.now()),
    );
  }

  /** `first`: the annotation's first pass, whose failure is the caller's and which leaves no rest. */
  private async run(first = false): Promise<void> {
    if (this.signal.aborted) return;
    this.running = true;
    this.pending = false;
    try {
      const busyMs = await this.pass();
      if (!first) this.notBefore = performance.now() + (busyMs * 1000) / BUDGET_MS_PER_S;
    } catch (error) {
      if (first) throw error;
      if (!this.signal.aborted) console.warn('Dramatis:', error);
    } finally {
      this.running = false;
      if (this.pending) this.request();
    }
  }
}
