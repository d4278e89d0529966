import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_GAP_MS, PassScheduler } from './pass-scheduler.ts';

/** A window whose idle callbacks run on the next timer turn. */
const view = {
  requestIdleCallback: (callback: () => void) => setTimeout(callback, 0) as unknown as number,
  cancelIdleCallback: (handle: number) => clearTimeout(handle),
} as unknown as Window;

/** Lets timers and the promise jobs they start run. */
async function advance(ms: number): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  mock.timers.tick(ms);
  for (let i = 0; i < 5; i++) await Promise.resolve();
  mock.timers.tick(0);
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

test('changes close together make one pass, and a change during a pass makes one more', async (t) => {
  mock.timers.enable({ apis: ['setTimeout'] });
  t.after(() => mock.timers.reset());
  let passes = 0;
  let finish: (() => void) | undefined;
  const scheduler = new PassScheduler(
    view,
    () => {
      passes++;
      return new Promise<number>((resolve) => (finish = () => resolve(0)));
    },
    new AbortController().signal,
  );

  scheduler.request();
  scheduler.request();
  await advance(MIN_GAP_MS - 1);
  assert.equal(passes, 0, 'not before the gap');
  await advance(1);
  assert.equal(passes, 1, 'the changes of the gap made one pass');

  scheduler.request();
  scheduler.request();
  await advance(MIN_GAP_MS * 3);
  assert.equal(passes, 1, 'one pass at a time');
  finish!();
  await advance(MIN_GAP_MS);
  assert.equal(passes, 2, 'the changes during the pass made one more');
  finish!();
  await advance(MIN_GAP_MS * 3);
  assert.equal(passes, 2, 'and no more without a change');
});

test('no pass after the annotation is aborted', async (t) => {
  mock.timers.enable({ apis: ['setTimeout'] });
  t.after(() => mock.timers.reset());
  const controller = new AbortController();
  let passes = 0;
  const scheduler = new PassScheduler(
    view,
    async () => {
      passes++;
      return 0;
    },
    controller.signal,
  );
  scheduler.request();
  controller.abort();
  await advance(MIN_GAP_MS * 3);
  assert.equal(passes, 0);
});
