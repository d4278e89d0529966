/**
 * The popup's marking settings in firefox-esr: which types to mark, which
 * mentions (every one, the first of each, only while Alt is held), and the
 * look of the marks. Each takes effect on an open tab without a reload.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import type { RunningServer } from '../../../dev/server.ts';
import { firefoxSuite } from './firefox-suite.ts';
import { hover, marksOn, openCard, openPage, openPopup, POLL } from './firefox-session.ts';
import { readMarksInPage } from '../../../dev/page-marks.ts';
import { markedTexts } from '../page-state.ts';

let browser: Browser;
let server: RunningServer;

firefoxSuite(
  (b, s) => {
    browser = b;
    server = s;
  },
  { resetSettings: true },
);

const LOOK_NAMES = {
  dotted: ['dramatis-person', 'dramatis-organization'],
  tint: ['dramatis-person-tint', 'dramatis-organization-tint'],
  line: ['dramatis-person-line', 'dramatis-organization-line'],
} as const;
const EVERY_NAME = Object.values(LOOK_NAMES).flat();

/** The marked texts under each highlight name, sorted, read in the page's own world. */
function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(markedTexts, EVERY_NAME);
}

/** Polls until `check` holds for the page's highlights; fails with the last value seen. */
async function waitForHighlights(page: Page, check: (texts: Record<string, string[]>) => boolean, what: string): Promise<Record<string, string[]>> {
  const deadline = Date.now() + POLL.timeout;
  for (;;) {
    const texts = await highlightTexts(page);
    if (check(texts)) return texts;
    if (Date.now() > deadline) assert.fail(`${what}; the page has ${JSON.stringify(texts)}`);
    await new Promise((resolve) => setTimeout(resolve, POLL.polling));
  }
}

const count = (texts: Record<string, string[]>, names: readonly string[] = EVERY_NAME) => names.reduce((sum, name) => sum + (texts[name]?.length ?? 0), 0);

async function openSettings(): Promise<Page> {
  const popup = await openPopup(browser);
  await popup.click('details.settings summary');
  return popup;
}

test('the settings choose which types are marked', async () => {
  const page = await openPage(browser, server.url);
  await marksOn(page, 20);
  const all = await highlightTexts(page);
  assert.ok(all['dramatis-person']!.length > 5 && all['dramatis-organization']!.length > 5);
  const popup = await openSettings();

  await popup.click('#dramatis-mark-organizations');
  await waitForHighlights(
    page,
    (t) => t['dramatis-organization']!.length === 0 && t['dramatis-person']!.length === all['dramatis-person']!.length,
    'people only',
  );
  await popup.click('#dramatis-mark-people');
  await waitForHighlights(page, (t) => count(t) === 0, 'nothing marked');
  await popup.click('#dramatis-mark-organizations');
  await waitForHighlights(
    page,
    (t) => t['dramatis-person']!.length === 0 && t['dramatis-organization']!.length === all['dramatis-organization']!.length,
    'organizations only',
  );
  await popup.click('#dramatis-mark-people');
  const back = await waitForHighlights(page, (t) => count(t) === count(all), 'both types again');
  assert.deepEqual(back, all);
  await popup.close();
  await page.close();
});

test('the settings choose which mentions are marked: the first of each, or every one while Alt is held', async () => {
  const page = await openPage(browser, server.url);
  await marksOn(page, 20);
  const all = await highlightTexts(page);
  const natoCount = all['dramatis-organization']!.filter((text) => text === 'NATO').length;
  assert.ok(natoCount > 1, 'NATO is mentioned more than once on the sample article');
  const popup = await openSettings();

  await popup.click('input[name="mark-mode"][value="first"]');
  const first = await waitForHighlights(page, (t) => t['dramatis-organization']!.filter((text) => text === 'NATO').length === 1, 'NATO marked once');
  assert.ok(count(first) < count(all));

  await popup.click('input[name="mark-mode"][value="modifier"]');
  await waitForHighlights(page, (t) => count(t) === 0, 'no marks until Alt is held');
  await page.bringToFront();
  await page.keyboard.down('Alt');
  await waitForHighlights(page, (t) => count(t) === count(all), 'every mark while Alt is held');
  await page.keyboard.up('Alt');
  await waitForHighlights(page, (t) => count(t) === 0, 'no marks once Alt is released');

  await popup.bringToFront();
  await popup.click('input[name="mark-mode"][value="every"]');
  await waitForHighlights(page, (t) => count(t) === count(all), 'every mark again');
  await popup.close();
  await page.close();
});

test("the look of the marks moves them to that look's highlight names at once, and a new page load keeps it", async () => {
  const page = await openPage(browser, server.url);
  await marksOn(page, 20);
  const dotted = await highlightTexts(page);
  const carney = (await page.evaluate(readMarksInPage)).find((m) => m.text === 'Mark Carney');
  assert.ok(carney, 'Mark Carney is marked');
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const popup = await openSettings();
  assert.equal(await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[name="mark-look"]:checked')?.value), 'dotted');

  const inLook = (look: keyof typeof LOOK_NAMES) => (t: Record<string, string[]>) =>
    EVERY_NAME.every((name) => {
      const [person, organization] = LOOK_NAMES[look];
      const expected = name === person ? dotted['dramatis-person']! : name === organization ? dotted['dramatis-organization']! : [];
      return JSON.stringify(t[name]) === JSON.stringify(expected);
    });
  for (const look of ['tint', 'line', 'dotted', 'tint'] as const) {
    await popup.click(`input[name="mark-look"][value="${look}"]`);
    await waitForHighlights(page, inLook(look), `marks in the ${look} look`);
  }
  assert.equal(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), true, 'the page was not reloaded');

  // Cards work the same in another look, and the open mention paints over its mark.
  await page.bringToFront();
  await hover(page, carney);
  assert.equal((await openCard(page)).name, 'Mark Carney');
  const active = await page.evaluate(() => {
    const highlight = CSS.highlights.get('dramatis-active');
    return highlight && { priority: highlight.priority, texts: [...(highlight as unknown as Iterable<Range>)].map((r) => r.toString()) };
  });
  assert.deepEqual(active, { priority: 1, texts: ['Mark Carney'] });
  await page.keyboard.press('Escape');
  await popup.bringToFront();

  await page.reload();
  await waitForHighlights(page, inLook('tint'), 'the tint look after a reload');
  await popup.click('input[name="mark-look"][value="dotted"]');
  await waitForHighlights(page, inLook('dotted'), 'the dotted look again');
  await popup.close();
  await page.close();
});

test("the whole-page setting marks the page's navigation and sidebar too, live, but never a textarea, editable text or code", async () => {
  const page = await openPage(browser, `${server.url}pages/page-scope.html`);
  const marked = (t: Record<string, string[]>) => [...t['dramatis-person']!, ...t['dramatis-organization']!];
  const articleOnly = await waitForHighlights(
    page,
    (t) => ['Christine Lagarde', 'Mark Carney', 'NATO'].every((name) => marked(t).includes(name)),
    "the article's names",
  );
  for (const name of ['Friedrich Merz', 'Giorgia Meloni', 'Keir Starmer'])
    assert.ok(!marked(articleOnly).includes(name), `${name} is not marked in article mode`);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const popup = await openSettings();
  await popup.click('#dramatis-whole-page');
  const whole = await waitForHighlights(
    page,
    (t) => ['Friedrich Merz', 'Giorgia Meloni', 'Mark Carney'].every((name) => marked(t).includes(name)),
    "the navigation's and the sidebar's names",
  );
  // The textarea, the editable draft and the code hold names that plain text would have marked (see the Chromium spec).
  for (const name of ['Keir Starmer', 'Pierre Poilievre', 'Ursula von der Leyen', 'Jerome Powell', 'Emmanuel Macron'])
    assert.ok(!marked(whole).includes(name), `${name} is not marked`);

  await popup.click('#dramatis-whole-page');
  await waitForHighlights(
    page,
    (t) => !marked(t).includes('Friedrich Merz') && !marked(t).includes('Giorgia Meloni') && marked(t).includes('Mark Carney'),
    'the article alone again',
  );
  assert.equal(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), true, 'the page was not reloaded');
  await popup.close();
  await page.close();
});
