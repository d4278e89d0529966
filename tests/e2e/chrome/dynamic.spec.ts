import { test, expect } from './fixtures.ts';

const marked = () =>
  ['dramatis-person', 'dramatis-organization'].flatMap((name) => [...((CSS.highlights.get(name) ?? []) as Iterable<Range>)].map((r) => r.toString())).sort();

test('text a page adds later gets its marks, and text it rewrites loses its stale marks', async ({ page, server }) => {
  await page.goto(`${server.url}pages/live-updates.html`);
  await expect.poll(() => page.evaluate(marked)).toEqual(['NATO']);
  const started = Date.now();
  await page.click('#add');
  await expect.poll(() => page.evaluate(marked), { timeout: 3_000 }).toEqual(['Mark Rutte']);
  console.log(`new text marked ${Date.now() - started} ms after it appeared`);
  // The rewritten paragraph keeps no range pointing at text that is gone.
  const collapsed = await page.evaluate(() => [...((CSS.highlights.get('dramatis-organization') ?? []) as Iterable<Range>)].filter((r) => r.collapsed).length);
  expect(collapsed).toBe(0);
});

interface FrameworkState {
  renders: number;
  checks: number;
  failures: string[];
  step: number;
  renderedAt: number;
}
const framework = () => (window as unknown as { __framework: FrameworkState }).__framework;
/** Marks whose range no longer lies in the page's text: collapsed, or in nodes the page has removed. */
const staleMarks = () =>
  ['dramatis-person', 'dramatis-organization']
    .flatMap((name) => [...((CSS.highlights.get(name) ?? []) as Iterable<Range>)])
    .filter((r) => r.collapsed || !r.startContainer.isConnected || !r.endContainer.isConnected).length;

test('a page that hydrates and re-renders like React keeps working, and the marks follow each re-render', async ({ page, server }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}pages/react-rerender.html`);
  await page.locator('#root[data-hydrated="true"]').waitFor({ state: 'attached' });
  // Hydration found the server's nodes as it rendered them, marks or not.
  await expect.poll(() => page.evaluate(marked), { timeout: 10_000 }).toEqual(['Christine Lagarde', 'European Central Bank', 'Mark Carney', 'NATO']);

  // Each re-render: text changed in place, a keyed element replaced, text nodes swapped, an inline element's text changed.
  const steps = [
    ['Friedrich Merz', 'Giorgia Meloni', 'NATO'],
    ['European Commission', 'Keir Starmer', 'Pedro Sánchez'],
  ];
  for (const [i, expected] of steps.entries()) {
    await page.click('#next');
    expect(await page.evaluate(framework)).toMatchObject({ step: i + 1, failures: [] });
    await expect.poll(() => page.evaluate(marked), { timeout: 3_000 }).toEqual(expected);
    expect(await page.evaluate(staleMarks)).toBe(0);
  }

  // The page's own ticking component keeps re-rendering and checking its nodes while marks are redrawn around it.
  const checks = (await page.evaluate(framework)).checks;
  await expect.poll(async () => (await page.evaluate(framework)).checks, { timeout: 5_000 }).toBeGreaterThan(checks + 8);
  const state = await page.evaluate(framework);
  expect(state.failures).toEqual([]);
  expect(state.renders).toBe(3);
  expect(pageErrors).toEqual([]);
  expect(await page.evaluate(marked)).toEqual(steps.at(-1));
});

test('a re-render while the first pass waits for the worker is marked as the page ends up, not as it was read', async ({ page, server, serviceWorker }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // The worker is kept busy for a while when the first request for mentions arrives, as a cold start on a
  // loaded machine can keep it: the page's first pass waits.
  await serviceWorker.evaluate(() => {
    type Listener = (message: { type?: string }) => undefined;
    const api = (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(l: Listener): void } } } }).chrome;
    let first = true;
    api.runtime.onMessage.addListener((message) => {
      if (!first || message?.type !== 'findMentions') return undefined;
      first = false;
      const until = Date.now() + 4_000;
      while (Date.now() < until);
      return undefined;
    });
  });
  // #still: the page changes only when clicked, so no later change of its own can hide a missed one.
  await page.goto(`${server.url}pages/react-rerender.html#still`);
  await page.locator('#root[data-hydrated="true"]').waitFor({ state: 'attached' });
  // The annotator is loaded, and its first pass asks for the mentions at once.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('dramatis:annotator-load').length), { timeout: 10_000 }).toBe(1);
  await page.waitForTimeout(1_000);
  await page.click('#next');
  await expect.poll(() => page.evaluate(marked), { timeout: 10_000 }).toEqual(['Friedrich Merz', 'Giorgia Meloni', 'NATO']);
  expect(await page.evaluate(staleMarks)).toBe(0);

  // The race did happen: the first pass asked the worker before the re-render and had its answer after it.
  const { renderedAt, failures } = await page.evaluate(framework);
  const first = await page.evaluate(
    () => performance.getEntriesByName('dramatis:find-mentions')[0]?.toJSON() as { startTime: number; duration: number } | undefined,
  );
  expect(first).toBeDefined();
  expect(first!.startTime).toBeLessThan(renderedAt);
  expect(first!.startTime + first!.duration).toBeGreaterThan(renderedAt);
  expect(failures).toEqual([]);
  expect(pageErrors).toEqual([]);
});
