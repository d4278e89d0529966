/**
 * Dramatis is invisible where it has nothing to do: a page that is not an
 * article gets only the small first content script (no annotator, no marks,
 * though the popup still knows the site), and text that changes outside the
 * article starts no annotation pass. An article rendered after the page's
 * load is still found.
 */
import type { Worker } from '@playwright/test';
import { test, expect, marksOn } from './fixtures.ts';

/** What the page's content script answers the popup (through the worker, as the popup asks). */
const pageInfo = (serviceWorker: Worker, url: string) =>
  serviceWorker.evaluate(async (pageUrl) => {
    type Tabs = { query(q: { url: string }): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const [tab] = await tabs.query({ url: pageUrl });
    return tabs.sendMessage(tab!.id, { type: 'getPageInfo' });
  }, url);

test('a page that is not an article gets no annotator and no marks; the popup still knows the site', async ({ page, server, serviceWorker }) => {
  const url = `${server.url}pages/not-news.html`;
  await page.goto(url);
  // Past the first script's last look at the page (5 s after its load event).
  await page.waitForTimeout(6_000);
  expect(
    await page.evaluate(() => ({
      annotatorLoads: performance.getEntriesByName('dramatis:annotator-load').length,
      passes: performance.getEntriesByName('dramatis:annotate').length,
      highlights: CSS.highlights.size,
    })),
  ).toEqual({ annotatorLoads: 0, passes: 0, highlights: 0 });
  // The popup says the page has no article, and offers to mark it whole.
  expect(await pageInfo(serviceWorker, url)).toEqual({ host: '127.0.0.1', cast: [], article: false });
});

test('text that changes outside the article starts no pass; text that changes in it does', async ({ page, server }) => {
  await page.goto(`${server.url}pages/live-sidebar.html`);
  await marksOn(page, 4);
  const passes = () => page.evaluate(() => performance.getEntriesByName('dramatis:annotate').length);
  // The ticker beside the article has rewritten its text about 20 times meanwhile.
  await page.waitForTimeout(2_000);
  expect(await passes()).toBe(1);
  await page.evaluate(() => {
    document.getElementById('lede')!.textContent = 'The Bank of Canada kept its key rate unchanged on Wednesday, and Governor Tiff Macklem spoke of patience.';
  });
  await expect.poll(passes, { timeout: 5_000 }).toBe(2);
});

test('an article a page renders after its load is found when the first script looks again', async ({ page, server }) => {
  await page.goto(`${server.url}pages/late-article.html`);
  const marks = await marksOn(page, 2);
  expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['NATO', 'Mark Rutte']));
});
