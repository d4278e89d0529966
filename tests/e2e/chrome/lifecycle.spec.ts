import { test as base, expect, marksOn, hoverMark, card, runCommand } from './fixtures.ts';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { RunningServer } from '../../../dev/server.ts';
import { launchChromiumWithExtension } from '../../../dev/chromium-extension.ts';
import { readMarksInPage } from '../../../dev/page-marks.ts';
import { footprint } from '../page-state.ts';
import { startServer } from '../../../dev/server.ts';

// Developer mode, as for anyone who loads the extension unpacked: without it a reloaded extension stays
// disabled. The back-forward cache on, as readers have it.
const test = base.extend<object, { cacheableServer: RunningServer }>({
  // The test server's usual `no-store` would keep pages out of the back-forward cache.
  cacheableServer: [
    async ({}, use) => {
      const cacheable = { 'cache-control': 'no-cache' };
      const server = await startServer(0, {}, { headers: { '/': cacheable, '/pages/live-updates.html': cacheable } });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ server }, use) => {
    const { context, close } = await launchChromiumWithExtension({ developerMode: true, backForwardCache: true });
    await context.route(/^https?:\/\//, (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    await use(context);
    await close();
  },
});

/** Errors the page's own world can see: uncaught errors and rejections. */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Reloads the extension as an update would, and returns its new service worker. */
async function reloadExtension(context: BrowserContext, worker: Worker): Promise<Worker> {
  const replaced = new Promise<Worker>((resolve) => {
    const onWorker = (next: Worker) => {
      if (next === worker) return;
      context.off('serviceworker', onWorker);
      resolve(next);
    };
    context.on('serviceworker', onWorker);
  });
  await worker.evaluate('chrome.runtime.reload()').catch(() => {
    // The worker goes away while answering.
  });
  return replaced;
}

test('after the extension is reloaded under an open page, the new version takes over its marks and the next hover opens a card', async ({
  page,
  server,
  context,
  serviceWorker,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(server.url);
  const marks = await marksOn(page, 20);
  await hoverMark(
    page,
    marks.find((m) => m.text === 'NATO')!,
  );
  await expect(card(page)).toBeVisible({ timeout: 3_000 });
  const workerBefore = await card(page).getAttribute('data-worker-started-at');
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  // The page keeps a reference to the old version's highlight to tell it from the new one's.
  await page.evaluate(() => ((window as { oldMarks?: unknown }).oldMarks = CSS.highlights.get('dramatis-person')));
  expect(await page.evaluate(footprint)).toMatchObject({ hosts: 1, passes: 1 });

  await reloadExtension(context, serviceWorker);

  // The new version's content script annotates the page again; the old one's marks and host are gone.
  await expect.poll(() => page.evaluate(footprint), { timeout: 10_000 }).toMatchObject({ passes: 2, hosts: 0 });
  await expect
    .poll(() =>
      page.evaluate(
        () => CSS.highlights.get('dramatis-person') !== undefined && CSS.highlights.get('dramatis-person') !== (window as { oldMarks?: unknown }).oldMarks,
      ),
    )
    .toBe(true);
  const after = await marksOn(page, marks.length);
  expect(after.map((m) => m.text)).toEqual(marks.map((m) => m.text));

  await page.mouse.move(5, 5);
  await hoverMark(
    page,
    after.find((m) => m.text === 'Mark Carney')!,
  );
  await expect(card(page).locator('.name')).toHaveText('Mark Carney', { timeout: 5_000 });
  await expect(card(page)).toHaveAttribute('data-worker-started-at', /\d+/);
  expect(await card(page).getAttribute('data-worker-started-at')).not.toBe(workerBefore);
  // One script marks and shows cards: one host, and one pass since the takeover.
  expect(await page.evaluate(footprint)).toMatchObject({ hosts: 1, passes: 2 });
  expect(errors).toEqual([]);
});

test('after the extension is removed under an open page, the orphaned script leaves the page as it was', async ({ page, server, serviceWorker }) => {
  const errors = collectPageErrors(page);
  await page.goto(server.url);
  const marks = await marksOn(page, 20);
  const pageBefore = await page.evaluate(() => document.documentElement.outerHTML);
  await hoverMark(
    page,
    marks.find((m) => m.text === 'NATO')!,
  );
  // Filled in: a lookup cut off by the removal would be another matter (its error stays in the content script's console).
  await expect(card(page)).toHaveAttribute('data-worker-started-at', /\d+/, { timeout: 5_000 });
  expect((await page.evaluate(footprint)).hosts).toBe(1);

  await serviceWorker.evaluate('chrome.management.uninstallSelf()').catch(() => {
    // The worker goes away with the extension.
  });
  // The reader's next move finds the script orphaned: it removes its card, marks and listeners.
  await expect
    .poll(
      async () => {
        await page.mouse.move(20 + Math.random() * 100, 20 + Math.random() * 100);
        return page.evaluate(footprint);
      },
      { timeout: 10_000 },
    )
    .toEqual({ highlights: [], hosts: 0, passes: 1 });
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pageBefore);

  // Nothing of Dramatis answers any more: a hover opens nothing and the page rewriting its text starts no pass.
  await hoverMark(
    page,
    marks.find((m) => m.text === 'Mark Carney')!,
  );
  await page.evaluate(() => document.querySelector('article p')!.append(' NATO and the Bank of Canada were not mentioned here before.'));
  await page.waitForTimeout(1_500);
  expect(await page.evaluate(footprint)).toEqual({ highlights: [], hosts: 0, passes: 1 });
  expect(errors).toEqual([]);
});

test('a tab restored from the back-forward cache keeps its marks and the next hover opens a card', async ({ page, context, cacheableServer: server }) => {
  await context.route(/^https?:\/\//, (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  const errors = collectPageErrors(page);
  await page.goto(server.url);
  const marks = await marksOn(page, 20);
  await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
  const cdp = await context.newCDPSession(page);
  const notRestored: string[] = [];
  cdp.on('Page.backForwardCacheNotUsed', (event) => notRestored.push(...event.notRestoredExplanations.map((e) => e.reason)));
  await cdp.send('Page.enable');

  await page.goto(`${server.url}pages/live-updates.html`);
  await marksOn(page, 1);
  // A page restored from the cache fires no load event.
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
  const restored = await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument === true);
  console.log(restored ? 'restored from the back-forward cache' : `not restored from the back-forward cache: ${notRestored.join(', ')}`);
  // Dramatis must not make the page ineligible (an open port, an unload listener...).
  expect(notRestored).toEqual([]);
  expect(restored).toBe(true);

  const after = await marksOn(page, marks.length);
  expect(after.map((m) => m.text)).toEqual(marks.map((m) => m.text));
  await hoverMark(
    page,
    after.find((m) => m.text === 'Mark Carney')!,
  );
  await expect(card(page).locator('.name')).toHaveText('Mark Carney', { timeout: 5_000 });
  await expect(card(page)).toContainText('Prime Minister of Canada');
  expect(errors).toEqual([]);
});

const texts = (page: Page) => page.evaluate(readMarksInPage).then((marks) => [...new Set(marks.map((m) => m.text))].sort());

test("a single-page app's move to another article: its marks within about a second, the old ones gone, the cast and the date follow", async ({
  page,
  server,
  context,
  extensionId,
}) => {
  await page.goto(`${server.url}pages/spa-news.html`);
  await expect.poll(() => texts(page)).toEqual(['Emmanuel Macron', 'Macron', 'Mark Rutte', 'Rutte']);
  await hoverMark(
    page,
    (await marksOn(page)).find((m) => m.text === 'Mark Rutte')!,
  );
  await expect(card(page)).toContainText('Prime Minister of the Netherlands', { timeout: 5_000 });
  await page.keyboard.press('Escape');

  const started = Date.now();
  await page.click('#to-ministers');
  await expect.poll(() => texts(page), { timeout: 3_000 }).toEqual(['Friedrich Merz', 'Mark Rutte', 'NATO']);
  console.log(`single-page navigation: new article marked ${Date.now() - started} ms after the click`);
  // No range of the old article is left, not even a collapsed one.
  expect(
    await page.evaluate(() =>
      [...CSS.highlights.values()].reduce((n, h) => n + [...(h as Iterable<Range>)].filter((r) => r.collapsed || !r.startContainer.isConnected).length, 0),
    ),
  ).toBe(0);

  // The popup's cast is the new article's.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const askPage = `(async () => {
    const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(`${server.url}pages/*`)} });
    return chrome.tabs.sendMessage(tab.id, { type: 'getPageInfo' });
  })()`;
  const info = (await popup.evaluate(askPage)) as { cast: { label: string }[] };
  expect(info.cast.map((c) => c.label).sort()).toEqual(['Friedrich Merz', 'Mark Rutte', 'NATO']);
  await popup.close();

  // The card reads roles on the new article's date.
  await page.bringToFront();
  await page.mouse.move(5, 5);
  await hoverMark(
    page,
    (await marksOn(page)).find((m) => m.text === 'Mark Rutte')!,
  );
  await expect(card(page)).toContainText('Secretary General of NATO', { timeout: 5_000 });
  await expect(card(page).locator('.roles-when').first()).toHaveText(/20 Jun 2025|Jun 20, 2025/);

  // Back within the app: the first article again.
  await page.keyboard.press('Escape');
  await page.goBack();
  await expect.poll(() => texts(page), { timeout: 3_000 }).toEqual(['Emmanuel Macron', 'Macron', 'Mark Rutte', 'Rutte']);
});

test('our own work starts no further annotation pass: hovering, opening cards and stepping leave the page idle', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url);
  const marks = await marksOn(page, 20);
  const passes = () => page.evaluate(() => performance.getEntriesByName('dramatis:annotate').length);
  expect(await passes()).toBe(1);

  for (const name of ['NATO', 'Mark Carney', 'Tiff Macklem']) {
    await hoverMark(
      page,
      marks.find((m) => m.text === name)!,
    );
    await expect(card(page).locator('.name')).toHaveText(name, { timeout: 5_000 });
    if (name !== 'Tiff Macklem') {
      await page.keyboard.press('Escape');
      await expect(card(page)).toBeHidden();
    }
  }
  await card(page).getByRole('button', { name: 'Next mention' }).click();
  await page.keyboard.press('Escape');
  await runCommand(page, serviceWorker, 'next-mention');
  await expect(card(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  // Several times the text watcher's throttle: a pass our own changes started would have run by now.
  await page.waitForTimeout(3_000);
  expect(await passes()).toBe(1);

  // The same watcher does start a pass for a change of the page's own, so the count above could move.
  await page.evaluate(() => document.querySelector('article p')!.append(' The Bank of Canada said so too.'));
  await expect.poll(passes, { timeout: 5_000 }).toBe(2);
});
