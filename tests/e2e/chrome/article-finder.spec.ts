/**
 * The article, not the page. Our own pages, written to the patterns of real
 * news markup: marks stand only in the story (its headline, byline, body,
 * captions and pull quotes), never in the rails, teasers, link lists,
 * navigation or footers around it; pages that are not articles get no marks,
 * and the popup says so beside a switch to mark the whole page.
 */
import { build } from 'esbuild';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { REPO_ROOT } from '../../../dev/gold.ts';
import { ARTICLE_PAGES, marksWithZones, NOT_ARTICLE_PAGES } from '../finder-pages.ts';
import { annotationSettled } from '../page-state.ts';

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator('body[data-ready="true"]').waitFor();
  return popup;
}

/**
 * What the popup shows for `key`: its message, or the key itself. On this machine Chromium's
 * i18n.getMessage sometimes answers "" in a popup for longer than the popup waits (i18n.ts
 * messagesReady), even after a reload, and the popup then shows its keys; popup.spec fails the same way.
 */
const shownAs = (key: string, text: string) => new RegExp(`^(${key}|${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})$`);

const marked = (page: Page) => page.evaluate(marksWithZones);
const annotated = (page: Page) => page.waitForFunction(annotationSettled, undefined, { timeout: 10_000 });

for (const { file, what, story, in: places } of ARTICLE_PAGES) {
  test(`${what}: marks only in the story`, async ({ page, server }) => {
    await page.goto(`${server.url}pages/${file}`);
    await expect.poll(async () => (await marked(page)).map((m) => m.text), { timeout: 10_000 }).toEqual(expect.arrayContaining(story));
    const marks = await marked(page);
    expect(marks.filter((m) => m.zone !== 'story')).toEqual([]);
    for (const place of places ?? [])
      expect(
        marks.map((m) => m.element),
        `a mark in ${place}`,
      ).toContain(place);
  });
}

for (const { file, what } of NOT_ARTICLE_PAGES) {
  test(`${what} has no article: nothing is marked`, async ({ page, server }) => {
    await page.goto(`${server.url}pages/${file}`);
    await annotated(page);
    expect(await marked(page)).toEqual([]);
  });
}

test('the popup says a page has no article, and the switch beside it marks the whole page', async ({ page, context, server, extensionId }) => {
  await page.goto(`${server.url}pages/finder-home.html`);
  await annotated(page);
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('#no-article')).toHaveText(shownAs('popupNoArticle', 'This page has no article, so nothing is marked.'));
  await expect(popup.locator('label[for="dramatis-whole-page-here"]')).toHaveText(shownAs('popupNoArticleWholePage', 'Mark names on this whole page'));
  // The switch goes with the notice once the whole page is marked: a click, not a check that waits to see it checked.
  await popup.locator('#dramatis-whole-page-here').click();
  await expect
    .poll(async () => (await marked(page)).map((m) => m.text), { timeout: 10_000 })
    .toEqual(expect.arrayContaining(['Christine Lagarde', 'Mark Carney']));
  await expect(popup.locator('#no-article')).toHaveCount(0);
  await popup.locator('summary').click();
  await expect(popup.locator('#dramatis-whole-page')).toBeChecked();
});

test('an article page does not show the notice', async ({ page, context, server, extensionId }) => {
  await page.goto(`${server.url}pages/finder-rails.html`);
  await expect.poll(async () => (await marked(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('.cast-entry', { hasText: 'Christine Lagarde' })).toHaveCount(1);
  await expect(popup.locator('#no-article')).toHaveCount(0);
});

test('the cheap first look says which pages may hold an article', async ({ page, server }) => {
  const bundle = await build({
    entryPoints: [path.join(REPO_ROOT, 'src/content/article/may-hold-article.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'dramatisFirstLook',
  });
  const script = bundle.outputFiles[0]!.text;
  const verdicts: Record<string, boolean> = {};
  for (const file of [
    ...ARTICLE_PAGES.map((p) => p.file),
    'finder-home.html',
    'finder-search.html',
    'finder-shop.html',
    'finder-app.html',
    'live-updates.html',
  ]) {
    await page.goto(`${server.url}pages/${file}`);
    await page.addScriptTag({ content: script });
    verdicts[file] = await page.evaluate(() =>
      (window as unknown as { dramatisFirstLook: { mayHoldArticle(d: Document): boolean } }).dramatisFirstLook.mayHoldArticle(document),
    );
  }
  // Every article may hold one, and so may a home page of teasers and a search page; a shop's grid and an app do not.
  for (const { file } of ARTICLE_PAGES) expect(verdicts[file], file).toBe(true);
  expect(verdicts).toMatchObject({
    'finder-home.html': true,
    'finder-search.html': true,
    'finder-shop.html': false,
    'finder-app.html': false,
    'live-updates.html': true,
  });
});
