import path from 'node:path';
import { test, expect, marksOn } from './fixtures.ts';
import { readGold, REPO_ROOT, seedArticle, type GoldArticle } from '../../../dev/gold.ts';
import { expectedMarks } from '../../../dev/expected-marks.ts';
import type { PageMark } from '../../../dev/page-marks.ts';

const sampleGold = readGold(path.join(REPO_ROOT, 'tests/fixtures/gold/sample-article.json'));

function compare(marks: PageMark[], gold: GoldArticle) {
  const expected = expectedMarks(gold).map((m) => ({ start: m.start, end: m.end, text: m.text, highlight: m.highlight }));
  const actual = marks.map((m) => ({ start: m.start, end: m.end, text: m.text, highlight: m.highlight }));
  expect(actual).toEqual(expected);
}

test('the sample article is marked exactly as its gold annotations say, and nothing outside the article', async ({ page, server }) => {
  await page.goto(server.url);
  const marks = await marksOn(page, 20);
  compare(marks, sampleGold);
  // The DOM is never changed for a mark: no element of ours exists before a card opens.
  expect(await page.locator('[data-dramatis-ui]').count()).toBe(0);
  const measures = await page.evaluate(() => performance.getEntriesByName('dramatis:annotate').length);
  expect(measures).toBe(1);
});

test('the seed article: every gold mention of a dataset entity is marked with its type, nothing else', async ({ page, server }) => {
  const seed = seedArticle();
  test.skip(!seed, 'no ../shared/eval/seed-article.json beside this checkout');
  await page.goto(`${server.url}seed`);
  const marks = await marksOn(page, 30);
  compare(marks, seed!);
});
