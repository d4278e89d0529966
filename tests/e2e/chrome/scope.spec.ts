/**
 * Where names are marked: the article alone (the default), or the whole page
 * once the reader asks for it in the popup. Either way, never in form
 * controls, editable text, code, SVG, hidden text or overlays.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const PAGE = 'pages/page-scope.html';
const ARTICLE_NAMES = ['Christine Lagarde', 'Mark Carney', 'NATO'];
/** In the page's navigation, sidebar, comments and footer: marked only on the whole page. */
const FURNITURE_NAMES = ['Friedrich Merz', 'Giorgia Meloni', 'Anthony Albanese', 'Donald Tusk'];
/** In a search field, inline and block code, a textarea, an editable region, a button, hidden text, SVG and an overlay. */
const NEVER_NAMES = [
  'Emmanuel Macron',
  'Jerome Powell',
  'Ursula von der Leyen',
  'Keir Starmer',
  'Pierre Poilievre',
  'Narendra Modi',
  'Mark Rutte',
  'Chrystia Freeland',
  'Olaf Scholz',
  'Kaja Kallas',
];

interface PlacedMark {
  text: string;
  /** The id of the nearest element around the mark that has one. */
  place: string;
  /** Whether the mark sits in a part of the page that must never be read. */
  forbidden: boolean;
}

/** Runs in the page: every mark with where it stands. */
function placedMarks(): PlacedMark[] {
  const forbidden = 'input, textarea, [contenteditable], code, pre, svg, button, [hidden], [aria-hidden="true"], [role="dialog"]';
  return ['dramatis-person', 'dramatis-organization'].flatMap((name) =>
    [...((CSS.highlights.get(name) ?? []) as Iterable<Range>)].map((range) => {
      const node = range.startContainer;
      const el = node instanceof Element ? node : node.parentElement;
      return { text: range.toString(), place: el?.closest('[id]')?.id ?? '', forbidden: el?.closest(forbidden) !== null };
    }),
  );
}

const markedTexts = (page: Page) => page.evaluate(placedMarks).then((marks) => [...new Set(marks.map((m) => m.text))].sort());

async function openSettings(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator('body[data-ready="true"]').waitFor();
  await popup.locator('summary').click();
  return popup;
}

test('the whole-page setting marks names outside the article live, and never in controls, editable text, code or hidden text', async ({
  page,
  context,
  server,
  extensionId,
  serviceWorker,
}) => {
  await page.goto(server.url + PAGE);
  await expect.poll(() => markedTexts(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(ARTICLE_NAMES));
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  // Article mode: every mark stands in the article.
  const inArticle = await page.evaluate(placedMarks);
  expect(inArticle.filter((m) => m.place !== 'story')).toEqual([]);
  for (const name of [...FURNITURE_NAMES, ...NEVER_NAMES]) expect(inArticle.map((m) => m.text)).not.toContain(name);

  const popup = await openSettings(context, extensionId);
  const wholePage = popup.getByRole('switch', { name: 'Mark names on the whole page, not only the article' });
  await expect(wholePage).not.toBeChecked();
  await wholePage.check();
  expect(
    await serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<unknown> } } } }).chrome.storage.local.get('settings'),
    ),
  ).toMatchObject({ settings: { scope: 'page', schemaVersion: 5 } });

  // The open tab follows at once: the page's navigation, sidebar, comments and footer are read too.
  await expect.poll(() => markedTexts(page), { timeout: 5_000 }).toEqual(expect.arrayContaining([...ARTICLE_NAMES, ...FURNITURE_NAMES]));
  const onPage = await page.evaluate(placedMarks);
  const placeOf = (name: string) => onPage.filter((m) => m.text === name).map((m) => m.place);
  expect(placeOf('Friedrich Merz')).toEqual(['nav-story']);
  expect(placeOf('Giorgia Meloni')).toEqual(['teaser']);
  expect(placeOf('Donald Tusk')).toEqual(['footer-note']);
  expect(onPage.filter((m) => m.forbidden)).toEqual([]);
  for (const name of NEVER_NAMES) expect(onPage.map((m) => m.text)).not.toContain(name);
  await expect(popup.locator('.cast h2')).toHaveText('Cast of this page');
  await expect(popup.locator('.cast-entry', { hasText: 'Friedrich Merz' })).toHaveCount(1);

  // The same names in plain text are marked: only where they stand keeps them unmarked above.
  await page.evaluate(
    (names) => {
      const p = document.createElement('p');
      p.id = 'plain-copy';
      p.textContent = `Also at the meeting were ${names.join(', ')}.`;
      document.getElementById('comments')!.append(p);
    },
    NEVER_NAMES.slice(0, -1).concat(`and ${NEVER_NAMES.at(-1)!}`),
  );
  await expect
    .poll(
      async () =>
        (await page.evaluate(placedMarks))
          .filter((m) => m.place === 'plain-copy')
          .map((m) => m.text)
          .sort(),
      { timeout: 5_000 },
    )
    .toEqual([...NEVER_NAMES].sort());
  const withCopy = await page.evaluate(placedMarks);
  expect(withCopy.filter((m) => m.forbidden)).toEqual([]);
  for (const name of NEVER_NAMES) expect(withCopy.filter((m) => m.text === name).map((m) => m.place)).toEqual(['plain-copy']);

  // Typing into the editable region and the textarea still marks nothing there; a later
  // paragraph, marked in a pass after the typing, shows that the typed text has been read.
  await page.locator('#comment-draft').click();
  await page.keyboard.type(' Christine Lagarde agreed.');
  await page.locator('#comment-text').fill('Mark Carney and Christine Lagarde were both right.');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'after-typing';
    p.textContent = 'Donald Tusk spoke last.';
    document.getElementById('comments')!.append(p);
  });
  await expect
    .poll(async () => (await page.evaluate(placedMarks)).filter((m) => m.place === 'after-typing').map((m) => m.text), { timeout: 5_000 })
    .toEqual(['Donald Tusk']);
  expect((await page.evaluate(placedMarks)).filter((m) => m.forbidden)).toEqual([]);

  // Back to the article alone, again without a reload.
  await popup.bringToFront();
  await wholePage.uncheck();
  await expect.poll(async () => (await page.evaluate(placedMarks)).filter((m) => m.place !== 'story'), { timeout: 5_000 }).toEqual([]);
  expect(await markedTexts(page)).toEqual(expect.arrayContaining(ARTICLE_NAMES));
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('the whole-page setting holds for pages loaded after it is chosen', async ({ page, context, server, extensionId }) => {
  const popup = await openSettings(context, extensionId);
  await popup.getByRole('switch', { name: 'Mark names on the whole page, not only the article' }).check();
  await page.goto(server.url + PAGE);
  await expect.poll(() => markedTexts(page), { timeout: 10_000 }).toEqual(expect.arrayContaining([...ARTICLE_NAMES, ...FURNITURE_NAMES]));
  expect((await page.evaluate(placedMarks)).filter((m) => m.forbidden)).toEqual([]);
});
