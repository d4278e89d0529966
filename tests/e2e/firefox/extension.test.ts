import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { RunningServer } from '../../../dev/server.ts';
import { firefoxSuite } from './firefox-suite.ts';
import { readGold, REPO_ROOT, seedArticle, type GoldArticle } from '../../../dev/gold.ts';
import { expectedMarks } from '../../../dev/expected-marks.ts';
import { readMarksInPage, type PageMark } from '../../../dev/page-marks.ts';
import { cardClosed, hover, marksOn, openCard, openPage, openPopup, POLL, stepMentions } from './firefox-session.ts';

let browser: Browser;
let server: RunningServer;

firefoxSuite((b, s) => {
  browser = b;
  server = s;
});

function assertMarksMatchGold(marks: PageMark[], gold: GoldArticle): void {
  const expected = expectedMarks(gold).map((m) => ({ start: m.start, end: m.end, text: m.text, highlight: m.highlight }));
  assert.deepEqual(
    marks.map((m) => ({ start: m.start, end: m.end, text: m.text, highlight: m.highlight })),
    expected,
  );
}

test('the sample article is marked exactly as its gold annotations say', async () => {
  const page = await openPage(browser, server.url);
  const marks = await marksOn(page, 20);
  assertMarksMatchGold(marks, readGold(path.join(REPO_ROOT, 'tests/fixtures/gold/sample-article.json')));
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-dramatis-ui]').length), 0);
  await page.close();
});

test('the seed article: every gold mention of a dataset entity is marked with its type, nothing else', async (t) => {
  const seed = seedArticle();
  if (!seed) return t.skip('no ../shared/eval/seed-article.json beside this checkout');
  const page = await openPage(browser, `${server.url}seed`);
  assertMarksMatchGold(await marksOn(page, 30), seed);
  await page.close();
});

test('hovering a name opens its card with the role on the article date; Escape closes it', async () => {
  const page = await openPage(browser, server.url);
  const marks = await marksOn(page, 20);
  const carney = marks.find((m) => m.text === 'Mark Carney');
  assert.ok(carney, 'Mark Carney is marked');
  await hover(page, carney);
  const card = await openCard(page);
  assert.equal(card.name, 'Mark Carney');
  assert.match(card.text, /Person/);
  assert.match(card.text, /Prime Minister of Canada/);
  await page.keyboard.press('Escape');
  await cardClosed(page);
  await page.close();
});

test('the suspended event page wakes up for the next lookup', async () => {
  const page = await openPage(browser, server.url);
  const marks = await marksOn(page, 20);
  await hover(
    page,
    marks.find((m) => m.text === 'NATO')!,
  );
  const first = await openCard(page);
  await page.keyboard.press('Escape');
  await cardClosed(page);
  // The idle timeout is 1.5 s in this profile: wait well past it.
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  await page.mouse.move(1, 1);
  await hover(
    page,
    marks.find((m) => m.text === 'Mark Carney')!,
  );
  const second = await openCard(page);
  assert.equal(second.name, 'Mark Carney');
  assert.notEqual(second.workerStartedAt, first.workerStartedAt, 'the background was restarted');
  const lookupMs = await page.evaluate(() => performance.getEntriesByName('dramatis:card-lookup').at(-1)?.duration ?? -1);
  console.log(`firefox cold start: suspended event page to card data in ${Math.round(lookupMs)} ms`);
  await page.close();
});

test('the popup switch removes the marks from an open tab and brings them back, without a reload', async () => {
  const page = await openPage(browser, server.url);
  const before = await marksOn(page, 20);
  const popup = await openPopup(browser);
  assert.equal(await popup.evaluate(() => (document.getElementById('dramatis-enabled') as HTMLInputElement).checked), true);
  await popup.click('#dramatis-enabled');
  await page.waitForFunction(
    () => (CSS.highlights.get('dramatis-person')?.size ?? 0) === 0 && (CSS.highlights.get('dramatis-organization')?.size ?? 0) === 0,
    POLL,
  );
  await popup.click('#dramatis-enabled');
  await marksOn(page, before.length);
  assert.equal((await page.evaluate(readMarksInPage)).length, before.length);
  await popup.close();
  await page.close();
});

test('the shortcuts step through the mentions and the card takes focus; Escape closes it', async () => {
  const page = await openPage(browser, server.url);
  await marksOn(page, 20);
  assert.equal(await stepMentions(browser, page, 1), true);
  const card = await openCard(page);
  assert.equal(card.name, 'Tiff Macklem');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'dramatis-card-host');
  await page.keyboard.press('Escape');
  await cardClosed(page);
  await page.close();
});

test("the popup pauses Dramatis on the current site and lists the article's cast", async () => {
  const page = await openPage(browser, server.url);
  const before = await marksOn(page, 20);
  const popup = await openPopup(browser);
  await popup.waitForFunction(() => document.querySelectorAll('.cast-entry').length > 10, POLL);
  assert.equal(await popup.evaluate(() => document.querySelector('.cast-entry.person .cast-name')?.textContent), 'Tiff Macklem');
  await popup.click('#dramatis-site');
  await page.waitForFunction(() => (CSS.highlights.get('dramatis-person')?.size ?? 0) === 0, POLL);
  await popup.click('#dramatis-site');
  await marksOn(page, before.length);
  await popup.close();
  await page.close();
});

test('a name the dataset does not list gets a card that says so, with how the article describes it', async () => {
  const page = await openPage(browser, `${server.url}pages/unlisted-names.html`);
  const marks = await marksOn(page, 5);
  const culpepper = marks.find((m) => m.text === 'Renata Culpepper');
  assert.ok(culpepper && culpepper.highlight === 'dramatis-person', `marks: ${marks.map((m) => m.text).join(', ')}`);
  assert.ok(marks.some((m) => m.text === 'Brightwater Equity Partners' && m.highlight === 'dramatis-organization'));
  await hover(page, culpepper);
  const card = await openCard(page);
  assert.equal(card.name, 'Renata Culpepper');
  assert.match(card.text, /not in the dataset/);
  assert.match(card.text, /In this article\s*a partner at Brightwater Equity Partners/i);
  assert.match(card.text, /2 mentions/);
  await page.keyboard.press('Escape');
  await cardClosed(page);
  await page.close();
});
