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
