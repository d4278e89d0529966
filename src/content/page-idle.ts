/**
 * When the first content script may start anything that costs: after the
 * page's load event (nothing of ours may delay it), when the browser is idle.
 * A page whose load never ends (a request that hangs) is not waited for past
 * LOAD_WAIT_MS; a page that keeps its main thread busy gets us after IDLE_WAIT_MS.
 */
export const LOAD_WAIT_MS = 5_000;
const IDLE_WAIT_MS = 1_000;

export function whenPageIdle(view: Window): Promise<void> {
  return new Promise((resolve) => {
    let waiting = true;
    const idle = () => {
      if (!waiting) return;
      waiting = false;
      view.removeEventListener('load', idle);
      view.requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
    };
    if (view.document.readyState === 'complete') return idle();
    view.addEventListener('load', idle, { once: true });
    view.setTimeout(idle, LOAD_WAIT_MS);
  });
}
