/**
 * How marks and cards read, in Chromium: a right-to-left page, paper and
 * PDFs, high contrast (forced colours), the reader's language, and axe-core
 * on the card in light and dark.
 */
import type { Page } from '@playwright/test';
import { test, expect, marksOn, hoverMark, card } from './fixtures.ts';
import { AXE_SOURCE, axeInPage } from '../../../dev/axe.ts';
import type { PageMark } from '../../../dev/page-marks.ts';

async function openCardOf(page: Page, marks: PageMark[], text: string): Promise<void> {
  const mark = marks.find((m) => m.text === text);
  if (!mark) throw new Error(`${text} is not marked`);
  await hoverMark(page, mark);
  await expect(card(page)).toHaveAttribute('data-entity-id', /./);
}

test('on a right-to-left page the card is laid out right to left, and its English text still reads left to right', async ({ page, server }) => {
  await page.goto(`${server.url}pages/rtl.html`);
  const marks = await marksOn(page, 2);
  await openCardOf(page, marks, 'Tiff Macklem');
  const layout = await card(page).evaluate((el) => {
    const box = (selector: string) => el.querySelector(selector)!.getBoundingClientRect();
    const direction = (selector: string) => getComputedStyle(el.querySelector(selector)!).direction;
    return {
      card: getComputedStyle(el).direction,
      lang: el.getAttribute('lang'),
      monogramRight: box('.monogram').left > box('.titles').left,
      name: direction('.name'),
      when: direction('.roles-when'),
      description: direction('.description'),
      mentions: direction('.mentions'),
      position: direction('.position'),
    };
  });
  // The card speaks the reader's language (English here), not the page's (Arabic).
  expect(layout).toEqual({
    card: 'rtl',
    lang: expect.stringMatching(/^en/),
    monogramRight: true,
    name: 'ltr',
    when: 'ltr',
    description: 'ltr',
    mentions: 'ltr',
    position: 'ltr',
  });
  // The date and "1 / 2" stay in the order English puts them: they are not reordered by the page's direction.
  await expect(card(page).locator('.roles-when').first()).toHaveText(/2025$/);
  await expect(card(page).locator('.position')).toHaveText('1 / 2');
  await expect(card(page).locator('.mentions')).toHaveText('2 mentions in this article');
});

test("the card names the country in the reader's language, and draws no emoji flag", async ({ page, server }) => {
  await page.goto(server.url);
  const marks = await marksOn(page, 5);
  await openCardOf(page, marks, 'Tiff Macklem');
  await expect(card(page).locator('.kind')).toHaveText(/· Canada$/);
  await expect(card(page).locator('.flag')).toHaveCount(0);
  expect(await card(page).textContent()).not.toMatch(/[\u{1F1E6}-\u{1F1FF}]/u);
});

test('marks do not print: in print media the page looks the same with the marks as without them', async ({ page, server }) => {
  await page.goto(server.url);
  await marksOn(page, 20);
  const clip = await page.locator('article').boundingBox();
  if (!clip) throw new Error('no article');
  const shot = () => page.screenshot({ clip, animations: 'disabled' });
  // Control: on screen the marks show.
  const screenWithMarks = await shot();
  await page.emulateMedia({ media: 'print' });
  const printWithMarks = await shot();
  await page.evaluate(() => CSS.highlights.clear());
  const printWithout = await shot();
  await page.emulateMedia({ media: 'screen' });
  const screenWithout = await shot();
  expect(screenWithMarks.equals(screenWithout)).toBe(false);
  expect(printWithMarks.equals(printWithout)).toBe(true);
  // What Chromium prints to PDF follows the same style: no tint, no line.
  await page.emulateMedia({ media: 'print' });
  await page.reload();
  await marksOn(page, 20);
  const printed = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('article p')!, '::highlight(dramatis-person)');
    return { background: s.backgroundColor, line: s.textDecorationLine };
  });
  expect(printed).toEqual({ background: expect.stringMatching(/^rgba\(.*, 0\)$/), line: 'none' });
});

test('in forced colours the marks lose their tint, and people and organizations keep different lines', async ({ page, server }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(server.url);
  await marksOn(page, 20);
  const styles = await page.evaluate(() => {
    const p = document.querySelector('article p')!;
    const of = (name: string) => {
      const s = getComputedStyle(p, `::highlight(${name})`);
      return { background: s.backgroundColor, line: s.textDecorationLine, style: s.textDecorationStyle };
    };
    return { person: of('dramatis-person'), organization: of('dramatis-organization'), forced: matchMedia('(forced-colors: active)').matches };
  });
  expect(styles.forced).toBe(true);
  expect(styles.person).toMatchObject({ background: expect.stringMatching(/^rgba\(.*, 0\)$/), line: 'underline', style: 'solid' });
  expect(styles.organization).toMatchObject({ background: expect.stringMatching(/^rgba\(.*, 0\)$/), line: 'underline', style: 'double' });
});

test('the default look tells people and organizations apart by line style, not colour alone', async ({ page, server }) => {
  await page.goto(server.url);
  await marksOn(page, 20);
  const styles = await page.evaluate(() => {
    const p = document.querySelector('article p')!;
    return ['dramatis-person', 'dramatis-organization'].map((name) => getComputedStyle(p, `::highlight(${name})`).textDecorationStyle);
  });
  expect(styles).toEqual(['dotted', 'dashed']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds nothing on the card (${colorScheme})`, async ({ page, server }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(server.url);
    const marks = await marksOn(page, 5);
    await openCardOf(page, marks, 'Tiff Macklem');
    await page.evaluate(AXE_SOURCE);
    expect(await page.evaluate(axeInPage, 'card' as const)).toEqual([]);
  });
}
