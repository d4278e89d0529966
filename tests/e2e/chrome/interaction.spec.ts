/**
 * Dramatis must not change how a page behaves: clicks reach the page's own
 * listeners, links under a name still navigate, and text selection gives the
 * same text as in a browser without the extension (a plain Chromium, launched
 * beside it). On a touch screen a tap opens a card and a tap elsewhere closes
 * it. The look of the marks changes which highlight names hold the ranges,
 * live.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { test as base, expect, card } from './fixtures.ts';
import { launchChromiumWithExtension } from '../../../dev/chromium-extension.ts';
import { markedTexts } from '../page-state.ts';

const PAGE = 'pages/interaction.html';
const MARK_NAMES = ['dramatis-person', 'dramatis-organization'];

const test = base.extend<{ plainPage: Page }, { plainBrowser: Browser }>({
  plainBrowser: [
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  /** The same page in the same window size, in a browser without Dramatis. */
  plainPage: async ({ plainBrowser, server }, use) => {
    const context = await plainBrowser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
    await context.route(/^https?:\/\//, (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The line box of the first occurrence of `text` inside `selector`, found in the page's text nodes. */
function textBox(page: Page, selector: string, text: string): Promise<Box> {
  return page.evaluate(
    ([selector, text]) => {
      const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const { x, y, width, height } = range.getClientRects()[0]!;
        return { x, y, width, height };
      }
      throw new Error(`"${text}" is not in ${selector}`);
    },
    [selector, text] as const,
  );
}

const middle = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** The texts of the ranges under each highlight name, read in the page's own world. */
function highlightTexts(page: Page, names: string[]): Promise<Record<string, string[]>> {
  return page.evaluate(markedTexts, names);
}

async function waitUntilMarked(page: Page, text: string): Promise<void> {
  await expect.poll(async () => Object.values(await highlightTexts(page, MARK_NAMES)).flat(), { timeout: 10_000 }).toContain(text);
}

/** Loads the test page; with Dramatis, waits until the names the tests use are marked. */
async function load(page: Page, url: string, withDramatis: boolean): Promise<void> {
  await page.goto(url);
  if (withDramatis) for (const name of ['Christine Lagarde', 'Mark Carney', 'NATO']) await waitUntilMarked(page, name);
  else expect(await page.evaluate(() => CSS.highlights.size), 'the plain browser runs no extension').toBe(0);
}

test("a click on a marked name reaches the page's own listeners exactly as without Dramatis", async ({ page, plainPage, server }) => {
  const clickName = async (p: Page, withDramatis: boolean) => {
    await load(p, server.url + PAGE, withDramatis);
    const at = middle(await textBox(p, '#clickable', 'Lagarde'));
    await p.mouse.move(at.x, at.y, { steps: 2 });
    // The card is open over the page while the reader clicks the name it belongs to.
    if (withDramatis) await expect(card(p).locator('.name')).toHaveText('Christine Lagarde', { timeout: 5_000 });
    await p.mouse.click(at.x, at.y);
    await p.mouse.click(at.x, at.y, { button: 'right' });
    await expect(p.locator('#event-log')).toHaveText('The page saw a click on the paragraph.');
    return p.evaluate(() => (window as unknown as { pageEvents: unknown[] }).pageEvents);
  };
  const without = await clickName(plainPage, false);
  const withDramatis = await clickName(page, true);
  expect(without).toContainEqual(expect.objectContaining({ where: 'paragraph', type: 'click', target: 'clickable', defaultPrevented: false }));
  expect(without).toContainEqual(expect.objectContaining({ where: 'window', type: 'contextmenu' }));
  expect(withDramatis).toEqual(without);
});

test('a link whose text holds a marked name still navigates, with or without its card open', async ({ page, server }) => {
  for (const restFirst of [true, false]) {
    await load(page, server.url + PAGE, true);
    const at = middle(await textBox(page, '#story-link', 'Carney'));
    await page.mouse.move(at.x, at.y, { steps: 2 });
    if (restFirst) await expect(card(page).locator('.name')).toHaveText('Mark Carney', { timeout: 5_000 });
    await page.mouse.click(at.x, at.y);
    await page.waitForURL(/\?followed=link$/, { timeout: 5_000 });
    // Somewhere neutral, so the next round starts with no card.
    await page.mouse.move(2, 2);
  }
});

test('selecting across a marked name by dragging or double-clicking gives the same text as without Dramatis', async ({ page, plainPage, server }) => {
  const select = async (p: Page, withDramatis: boolean) => {
    await load(p, server.url + PAGE, withDramatis);
    const selections: string[] = [];
    const nato = await textBox(p, '#selectable', 'NATO');
    const from = await textBox(p, '#selectable', 'ministers');
    // A drag that rests on the name long enough for a card to open, then ends on the line below it, where a card goes.
    await p.mouse.move(from.x + 2, middle(from).y);
    await p.mouse.down();
    await p.mouse.move(middle(nato).x, middle(nato).y, { steps: 4 });
    await p.waitForTimeout(900);
    await p.mouse.move(nato.x + nato.width, nato.y + nato.height * 1.6, { steps: 4 });
    await p.mouse.up();
    selections.push(await p.evaluate(() => getSelection()!.toString()));
    // A quick drag over another name.
    const bank = await textBox(p, '#selectable', 'Bank of Canada');
    const economists = await textBox(p, '#selectable', 'economists');
    await p.mouse.move(economists.x + 1, middle(economists).y);
    await p.mouse.down();
    await p.mouse.move(bank.x + bank.width + 20, middle(bank).y, { steps: 6 });
    await p.mouse.up();
    selections.push(await p.evaluate(() => getSelection()!.toString()));
    // Double-clicks on a word of a name, one right away and one after the card has opened.
    for (const [selector, word, rest] of [
      ['#clickable', 'Lagarde', false],
      ['#linked', 'Across', false],
      ['#selectable', 'NATO', true],
    ] as const) {
      await p.mouse.move(5, 5);
      await p.evaluate(() => getSelection()!.removeAllRanges());
      const at = middle(await textBox(p, selector, word));
      await p.mouse.move(at.x, at.y, { steps: 2 });
      if (rest && withDramatis) await expect(card(p)).toBeVisible({ timeout: 5_000 });
      await p.mouse.dblclick(at.x, at.y);
      selections.push(await p.evaluate(() => getSelection()!.toString()));
    }
    return selections;
  };
  const without = await select(plainPage, false);
  const withDramatis = await select(page, true);
  expect(without[0]).toContain('NATO');
  expect(without[1]).toContain('Bank of Canada');
  expect(without.slice(2)).toEqual(['Lagarde', 'Across', 'NATO']);
  expect(withDramatis).toEqual(without);
});

test('on a touch screen a tap on a name opens its card and a tap elsewhere closes it', async ({ server }) => {
  const touch = await launchChromiumWithExtension({ hasTouch: true });
  try {
    await touch.context.route(/^https?:\/\//, (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    const page = await touch.context.newPage();
    await load(page, server.url + PAGE, true);
    /** Taps the middle of `text`; the point must not lie under the open card, or the tap would be the card's. */
    const tap = async (selector: string, text: string) => {
      const at = middle(await textBox(page, selector, text));
      expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, at), `"${text}" is under the card`).not.toBe('dramatis-card-host');
      await page.touchscreen.tap(at.x, at.y);
    };
    await tap('#selectable', 'Bank of Canada');
    await expect(card(page).locator('.name')).toHaveText('Bank of Canada', { timeout: 5_000 });
    // Another name: its card replaces the first.
    await tap('#clickable', 'Lagarde');
    await expect(card(page).locator('.name')).toHaveText('Christine Lagarde', { timeout: 5_000 });
    // Plain text elsewhere: the card closes.
    await tap('h1', 'allies weigh');
    await expect(card(page)).toBeHidden({ timeout: 5_000 });
    // A tap on plain text opens nothing.
    await tap('#selectable', 'headquarters');
    await expect(card(page)).toBeHidden();
  } finally {
    await touch.close();
  }
});

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator('body[data-ready="true"]').waitFor();
  await popup.locator('summary').click();
  return popup;
}

test("the look setting moves the marks to that look's highlight names, live, and is remembered", async ({ page, context, server, extensionId }) => {
  const LOOKS = {
    'Dotted and dashed underline': ['dramatis-person', 'dramatis-organization'],
    'Soft highlight': ['dramatis-person-tint', 'dramatis-organization-tint'],
    'Thin underline': ['dramatis-person-line', 'dramatis-organization-line'],
  } as const;
  const everyName = Object.values(LOOKS).flat();
  await load(page, server.url + PAGE, true);
  const marked = await highlightTexts(page, MARK_NAMES);
  expect(marked['dramatis-person']).toContain('Christine Lagarde');
  expect(marked['dramatis-organization']).toContain('NATO');
  // Proof that the page is never reloaded by a change of look.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const popup = await openPopup(context, extensionId);
  await expect(popup.getByRole('radio', { name: 'Dotted and dashed underline' })).toBeChecked();
  const expectLook = async (look: keyof typeof LOOKS) => {
    const [person, organization] = LOOKS[look];
    const expected = Object.fromEntries(
      everyName.map((name) => [name, name === person ? marked['dramatis-person'] : name === organization ? marked['dramatis-organization'] : []]),
    );
    await expect.poll(() => highlightTexts(page, everyName), { timeout: 5_000 }).toEqual(expected);
    // marks.css styles the look's names: a tint or an underline, never nothing.
    const styles = await page.evaluate(
      (names) =>
        names.map((name) => {
          const style = getComputedStyle(document.body, `::highlight(${name})`);
          return style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.textDecorationLine.includes('underline');
        }),
      [person, organization],
    );
    expect(styles).toEqual([true, true]);
  };

  for (const look of ['Soft highlight', 'Thin underline', 'Dotted and dashed underline', 'Thin underline'] as const) {
    await popup.getByRole('radio', { name: look }).check();
    await expectLook(look);
  }
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // Cards work the same in another look, and the open mention paints over its mark.
  await page.bringToFront();
  const lagarde = middle(await textBox(page, '#clickable', 'Lagarde'));
  await page.mouse.move(lagarde.x, lagarde.y, { steps: 2 });
  await expect(card(page).locator('.name')).toHaveText('Christine Lagarde', { timeout: 5_000 });
  const active = await page.evaluate(() => {
    const highlight = CSS.highlights.get('dramatis-active');
    return highlight && { priority: highlight.priority, texts: [...(highlight as unknown as Iterable<Range>)].map((r) => r.toString()) };
  });
  expect(active).toEqual({ priority: 1, texts: ['Christine Lagarde'] });
  await page.keyboard.press('Escape');

  // The choice is stored: a new page load shows the same look.
  await page.reload();
  await expectLook('Thin underline');
  await popup.getByRole('radio', { name: 'Dotted and dashed underline' }).check();
  await expectLook('Dotted and dashed underline');
});
