import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { startServer, type RunningServer } from '../../../dev/server.ts';
import { readMarksInPage } from '../../../dev/page-marks.ts';
import { footprint } from '../page-state.ts';
import { cardClosed, hover, launchFirefox, marksOn, openCard, openPage, openPopup, POLL } from './firefox-session.ts';

let browser: Browser;
let server: RunningServer;

before(async () => {
  // Cacheable pages: the test server's usual `no-store` would keep them out of the back-forward cache.
  const cacheable = { 'cache-control': 'no-cache' };
  server = await startServer(0, {}, { headers: { '/': cacheable, '/pages/live-updates.html': cacheable } });
  browser = await launchFirefox();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

const markTexts = (page: Page) => page.evaluate(readMarksInPage).then((marks) => [...new Set(marks.map((m) => m.text))].sort());

async function waitForMarkTexts(page: Page, expected: string[]): Promise<void> {
  await page
    .waitForFunction(
      (wanted: string) => {
        const texts = new Set<string>();
        for (const name of ['dramatis-person', 'dramatis-organization'])
          for (const r of (CSS.highlights.get(name) ?? []) as Iterable<Range>) texts.add(r.toString());
        return JSON.stringify([...texts].sort()) === wanted;
      },
      POLL,
      JSON.stringify(expected),
    )
    .catch(async (error: unknown) => {
      assert.deepEqual(await markTexts(page), expected, String(error));
    });
}

test('a tab restored from the back-forward cache keeps its marks and the next hover opens a card', async () => {
  const page = await openPage(browser, server.url);
  const errors = collectPageErrors(page);
  const marks = await marksOn(page, 20);
  await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
  await page.goto(`${server.url}pages/live-updates.html`);
  await marksOn(page, 1);
  // Not page.goBack(): it waits for a load event, which a page restored from the cache does not fire.
  await page.evaluate(() => history.back());
  await page.waitForFunction(() => document.readyState === 'complete' && location.pathname === '/', POLL);
  const restored = await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument === true);
  console.log(restored ? 'firefox: restored from the back-forward cache' : 'firefox: not restored from the back-forward cache');
  assert.equal(restored, true, 'Dramatis must not keep the page out of the back-forward cache');

  const after = await marksOn(page, marks.length);
  assert.deepEqual(
    after.map((m) => m.text),
    marks.map((m) => m.text),
  );
  await hover(
    page,
    after.find((m) => m.text === 'Mark Carney')!,
  );
  assert.equal((await openCard(page)).name, 'Mark Carney');
  assert.deepEqual(errors, []);
  await page.close();
});

test("a single-page app's move to another article: its marks, the cast and the date follow", async () => {
  const page = await openPage(browser, `${server.url}pages/spa-news.html`);
  await waitForMarkTexts(page, ['Emmanuel Macron', 'Macron', 'Mark Rutte', 'Rutte']);
  await page.click('#to-ministers');
  await waitForMarkTexts(page, ['Friedrich Merz', 'Mark Rutte', 'NATO']);

  const popup = await openPopup(browser);
  await popup.waitForFunction(() => document.querySelectorAll('.cast-entry').length > 0, POLL).catch(() => {});
  const cast = await popup.evaluate(async (pageUrl: string) => {
    const api = (
      globalThis as unknown as {
        browser: {
          tabs: { query(q: object): Promise<{ id: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<{ cast: { label: string }[] }> };
        };
      }
    ).browser;
    const tab = (await api.tabs.query({})).find((t) => t.url?.startsWith(pageUrl));
    return (await api.tabs.sendMessage(tab!.id, { type: 'getPageInfo' })).cast.map((c) => c.label).sort();
  }, `${server.url}pages/spa-news.html`);
  assert.deepEqual(cast, ['Friedrich Merz', 'Mark Rutte', 'NATO']);
  await popup.close();

  await page.bringToFront();
  await page.mouse.move(1, 1);
  const rutte = (await page.evaluate(readMarksInPage)).find((m) => m.text === 'Mark Rutte')!;
  await hover(page, rutte);
  const card = await openCard(page);
  assert.match(card.text, /Secretary General of NATO/);
  assert.match(card.text, /20 Jun 2025|Jun 20, 2025/);
  await page.close();
});

test('a page that is not an article gets no annotator and no marks, and text changing beside an article starts no pass', async () => {
  const quiet = await openPage(browser, `${server.url}pages/not-news.html`);
  // Past the first script's last look at the page (5 s after its load event).
  await quiet.evaluate(() => new Promise((resolve) => setTimeout(resolve, 6_000)));
  assert.deepEqual(await quiet.evaluate(footprint), { highlights: [], hosts: 0, passes: 0 });
  assert.equal(await quiet.evaluate(() => performance.getEntriesByName('dramatis:annotator-load').length), 0);
  await quiet.close();

  const page = await openPage(browser, `${server.url}pages/live-sidebar.html`);
  await marksOn(page, 4);
  // The ticker beside the article rewrites its text ten times a second.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 2_000)));
  assert.equal((await page.evaluate(footprint)).passes, 1);
  await page.close();
});

test('our own work starts no further annotation pass', async () => {
  const page = await openPage(browser, server.url);
  const marks = await marksOn(page, 20);
  const passes = () => page.evaluate(() => performance.getEntriesByName('dramatis:annotate').length);
  assert.equal(await passes(), 1);
  for (const name of ['NATO', 'Mark Carney']) {
    await hover(
      page,
      marks.find((m) => m.text === name)!,
    );
    assert.equal((await openCard(page)).name, name);
    await page.keyboard.press('Escape');
    await cardClosed(page);
  }
  // Several times the text watcher's throttle: a pass our own changes started would have run by now.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  assert.equal(await passes(), 1);
  await page.evaluate(() => document.querySelector('article p')!.append(' The Bank of Canada said so too.'));
  await page.waitForFunction(() => performance.getEntriesByName('dramatis:annotate').length === 2, POLL);
  await page.close();
});

// Last: it replaces the running extension for the rest of this browser's life.
test('after the extension is reloaded under an open page, the new version takes over and the next hover opens a card', async () => {
  const page = await openPage(browser, server.url);
  const errors = collectPageErrors(page);
  const marks = await marksOn(page, 20);
  await hover(
    page,
    marks.find((m) => m.text === 'NATO')!,
  );
  const first = await openCard(page);
  await page.keyboard.press('Escape');
  await cardClosed(page);
  await page.evaluate(() => ((window as { oldMarks?: unknown }).oldMarks = CSS.highlights.get('dramatis-person')));
  assert.deepEqual(await page.evaluate(footprint), { highlights: ['dramatis-organization', 'dramatis-person'], hosts: 1, passes: 1 });

  const popup = await openPopup(browser);
  await popup
    .evaluate(() => void (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload())
    .catch(() => {
      // The popup goes away with the old version.
    });

  // Firefox runs the new version's content script in the open tab: it clears what the stopped one left and marks again.
  await page.waitForFunction(() => performance.getEntriesByName('dramatis:annotate').length === 2, POLL);
  assert.equal(await page.evaluate(() => CSS.highlights.get('dramatis-person') !== (window as { oldMarks?: unknown }).oldMarks), true);
  assert.equal((await page.evaluate(footprint)).hosts, 0, 'the old card host is gone');
  const after = await marksOn(page, marks.length);
  assert.deepEqual(
    after.map((m) => m.text),
    marks.map((m) => m.text),
  );

  await page.bringToFront();
  await page.mouse.move(1, 1);
  await hover(
    page,
    after.find((m) => m.text === 'Mark Carney')!,
  );
  const second = await openCard(page);
  assert.equal(second.name, 'Mark Carney');
  assert.notEqual(second.workerStartedAt, first.workerStartedAt);
  assert.deepEqual(await page.evaluate(footprint), { highlights: ['dramatis-active', 'dramatis-organization', 'dramatis-person'], hosts: 1, passes: 2 });
  assert.deepEqual(errors, []);
  await page.close();
});
