/**
 * The article, not the page, in firefox-esr: on our pages for real markup
 * (tests/e2e/finder-pages.ts), marks stand only in the story; a home page, a
 * search page and a shop get none, and the popup says so beside a switch that
 * marks the whole page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import type { RunningServer } from '../../../dev/server.ts';
import { firefoxSuite } from './firefox-suite.ts';
import { openPage, openPopup, POLL } from './firefox-session.ts';
import { ARTICLE_PAGES, marksWithZones, NOT_ARTICLE_PAGES, type ZonedMark } from '../finder-pages.ts';
import { annotationSettled } from '../page-state.ts';

let browser: Browser;
let server: RunningServer;

firefoxSuite(
  (b, s) => {
    browser = b;
    server = s;
  },
  { resetSettings: true },
);

/** Polls the page's marks until `done` holds for them; fails with the last marks seen. */
async function marksUntil(page: Page, done: (marks: ZonedMark[]) => boolean, what: string): Promise<ZonedMark[]> {
  const deadline = Date.now() + POLL.timeout;
  for (;;) {
    const marks = await page.evaluate(marksWithZones);
    if (done(marks)) return marks;
    if (Date.now() > deadline) assert.fail(`${what}; the page has ${JSON.stringify(marks)}`);
    await new Promise((resolve) => setTimeout(resolve, POLL.polling));
  }
}

/** Waits for the first annotation pass to end, or for the first content script to find no article to load it for. */
async function annotated(page: Page): Promise<void> {
  await page.waitForFunction(annotationSettled, POLL);
}

for (const { file, what, story, in: places } of ARTICLE_PAGES) {
  test(`${what}: marks only in the story`, async () => {
    const page = await openPage(browser, `${server.url}pages/${file}`);
    try {
      const marks = await marksUntil(page, (m) => story.every((name) => m.some((x) => x.text === name)), `the story's names (${story.join(', ')}) marked`);
      assert.deepEqual(
        marks.filter((m) => m.zone !== 'story'),
        [],
      );
      for (const place of places ?? [])
        assert.ok(
          marks.some((m) => m.element === place),
          `a mark in ${place}`,
        );
    } finally {
      await page.close();
    }
  });
}

for (const { file, what } of NOT_ARTICLE_PAGES) {
  test(`${what} has no article: nothing is marked`, async () => {
    const page = await openPage(browser, `${server.url}pages/${file}`);
    try {
      await annotated(page);
      assert.deepEqual(await page.evaluate(marksWithZones), []);
    } finally {
      await page.close();
    }
  });
}

test('the popup says a page has no article, and the switch beside it marks the whole page', async () => {
  const page = await openPage(browser, `${server.url}pages/finder-home.html`);
  try {
    await annotated(page);
    const popup = await openPopup(browser);
    const notice = await popup.waitForFunction(() => document.getElementById('no-article')?.textContent ?? false, POLL);
    assert.equal(await notice.jsonValue(), 'This page has no article, so nothing is marked.');
    await popup.click('#dramatis-whole-page-here');
    await popup.waitForFunction(() => document.getElementById('no-article') === null, POLL);
    await popup.close();
    await page.bringToFront();
    await marksUntil(page, (m) => m.some((x) => x.text === 'Christine Lagarde'), 'names marked on the whole page');
  } finally {
    await page.close();
  }
});
