/**
 * Marks on the worker's own timeline, for the cold-start benchmark: when its
 * script began and finished evaluating, and how a first answer was spent.
 * `performance.mark` costs microseconds; the benchmark reads the entries over
 * the DevTools protocol and lines them up with the page's by `timeOrigin`.
 */
performance.mark('dramatis:worker-script-start');

export function markWorkerReady(): void {
  performance.mark('dramatis:worker-script-end');
}
