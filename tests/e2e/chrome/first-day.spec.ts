/**
 * A reader's first day, in Chromium: the first-run page, the options page,
 * the popup within Chrome's 600 px, site access withheld, and axe-core on
 * every page Dramatis shows.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, marksOn } from './fixtures.ts';
import { firstRunPage, launchChromiumWithExtension } from '../../../dev/chromium-extension.ts';
import { readMarksInPage } from '../../../dev/page-marks.ts';
import { AXE_SOURCE, axeInPage, contrastRatio, over, parseRgb, type AxeScope } from '../../../dev/axe.ts';

async function axe(page: Page, scope: AxeScope = 'document') {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(axeInPage, scope);
}

async function openExtensionPage(context: BrowserContext, extensionId: string, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${file}`);
  await page.locator('body[data-ready="true"]').waitFor();
  return page;
}

const highlightTexts = (page: Page, name: string) => page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);

test('a fresh install opens the first-run page: a sample marked like a news page, the keys, the privacy promise', async () => {
  const browser = await launchChromiumWithExtension({ keepFirstRunPage: true });
  try {
    const page = await firstRunPage(browser.context);
    await page.locator('body[data-ready="true"]').waitFor();
    await expect.poll(() => highlightTexts(page, 'dramatis-person')).toEqual(['Tiff Macklem', 'Kristalina Georgieva']);
    expect(await highlightTexts(page, 'dramatis-organization')).toEqual(expect.arrayContaining(['Bank of Canada', 'International Monetary Fund', 'NATO']));
    await expect(page.locator('[data-command="toggle-site"] kbd')).toHaveText('Alt+Shift+D');
    await expect(page.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', 'privacy.html');
    expect(await axe(page)).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('the options page pauses and resumes sites, runs only on chosen sites, changes the look, and resets', async ({
  page,
  context,
  server,
  extensionId,
  serviceWorker,
}) => {
  // Two axe runs and four waits for an open tab to follow the settings: more than the default 30 s on a loaded machine.
  test.slow();
  await page.goto(server.url);
  const all = await marksOn(page, 20);
  const options = await openExtensionPage(context, extensionId, 'options.html');
  expect(await axe(options)).toEqual([]);

  // Pausing a site from the options: typed as an address, kept as a host name.
  await options.getByLabel('Pause a site').fill('http://127.0.0.1/some/article');
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(options.getByRole('button', { name: 'Resume on 127.0.0.1' })).toBeVisible();
  await expect.poll(() => page.evaluate(readMarksInPage).then((m) => m.length)).toBe(0);
  await options.getByLabel('Pause a site').fill('not a site');
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(options.getByRole('alert')).toHaveText(/Type a site's address/);
  await options.getByRole('button', { name: 'Resume on 127.0.0.1' }).click();
  await expect(options.locator('#site-list-empty')).toBeVisible();
  await expect.poll(() => page.evaluate(readMarksInPage).then((m) => m.length)).toBe(all.length);

  // Only the chosen sites: this one is not chosen until it is added.
  await options.getByRole('radio', { name: 'Only on the sites I choose' }).check();
  await expect.poll(() => page.evaluate(readMarksInPage).then((m) => m.length)).toBe(0);
  await options.getByLabel('Add a site').fill('127.0.0.1');
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(options.getByRole('button', { name: 'Remove 127.0.0.1' })).toBeVisible();
  await expect.poll(() => page.evaluate(readMarksInPage).then((m) => m.length)).toBe(all.length);

  await options.getByRole('radio', { name: /Soft highlight/ }).check();
  await expect.poll(async () => (await highlightTexts(page, 'dramatis-person-tint')).length).toBeGreaterThan(0);
  expect(await axe(options)).toEqual([]);

  await options.getByRole('button', { name: 'Reset all settings' }).click();
  await options.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(options.getByRole('radio', { name: 'On every site, except the ones I pause' })).toBeChecked();
  const stored = await serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings'),
  );
  expect(stored.settings).toMatchObject({ siteMode: 'all', allowedSites: [], pausedSites: [], markLook: 'dotted' });
  await expect.poll(async () => (await highlightTexts(page, 'dramatis-person')).length).toBeGreaterThan(0);
});

test('the popup fits in the 600 px Chrome gives it: its cast scrolls on its own, the settings and the privacy line stay in view', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  await page.goto(`${server.url}pages/big-cast.html`);
  await marksOn(page, 20);
  const popup = await context.newPage();
  // Chrome's largest popup: 800 x 600. Nothing may need the window itself to scroll.
  await popup.setViewportSize({ width: 300, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator('body[data-ready="true"]').waitFor();
  await expect.poll(() => popup.locator('.cast-entry').count()).toBeGreaterThanOrEqual(16);

  const layout = () =>
    popup.evaluate(() => {
      const list = document.querySelector('.cast-list')!;
      const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().bottom;
      return {
        scrollHeight: document.documentElement.scrollHeight,
        castScrolls: list.scrollHeight > list.clientHeight,
        settings: bottom('.settings summary'),
        privacy: bottom('.privacy .links'),
      };
    });
  const closed = await layout();
  expect(closed.scrollHeight).toBeLessThanOrEqual(600);
  expect(closed.castScrolls).toBe(true);
  expect(closed.settings).toBeLessThanOrEqual(600);
  expect(closed.privacy).toBeLessThanOrEqual(600);

  // Plurals come from the messages: "1 mention", never "1 mentions".
  const once = popup.locator('.cast-entry', { hasText: 'Claudia Sheinbaum' });
  await expect(once).toHaveAccessibleName(/Claudia Sheinbaum\s*1 mention$/);
  expect(await axe(popup)).toEqual([]);

  // The policy ships in the extension: the link opens it in a tab, with no request to any server.
  const [policy] = await Promise.all([context.waitForEvent('page'), popup.getByRole('link', { name: 'Privacy policy' }).click()]);
  await expect(policy).toHaveURL(/\/privacy\.html$/);
  await expect(policy.locator('h1')).toHaveText('Dramatis privacy policy');
  await expect(policy.getByRole('heading', { name: 'What a web page can notice' })).toBeVisible();
});

test('the popup says when the browser withholds site access, and offers to ask for it', async ({ page, context, server, extensionId }) => {
  // As a reader does on chrome://extensions: "Site access: On click" withholds the host permissions.
  const settings = await context.newPage();
  await settings.goto(`chrome://extensions/?id=${extensionId}`);
  await settings.locator('select#hostAccess').selectOption('ON_CLICK');
  await settings.close();
  await page.goto(server.url);
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.locator('#status')).toHaveText('Your browser gives Dramatis no access to this site');
  await expect(popup.getByRole('button', { name: 'Allow on all sites' })).toBeVisible();
  expect(await axe(popup)).toEqual([]);
});

test("contrast that axe cannot judge: the switch in its off position, the card's small date label", async ({ page, context, server, extensionId }) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await popup.locator('summary').click();
  const off = await popup.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#dramatis-mark-people')!;
    input.checked = false;
    return { track: getComputedStyle(input).backgroundColor, page: getComputedStyle(document.body).backgroundColor };
  });
  const background = parseRgb(off.page);
  // WCAG 1.4.11: a control's boundary needs 3:1 against what is around it.
  expect(contrastRatio(over(parseRgb(off.track), background), background)).toBeGreaterThanOrEqual(3);

  await page.goto(server.url);
  const marks = await marksOn(page, 5);
  const macklem = marks.find((m) => m.text === 'Tiff Macklem')!;
  await page.mouse.move(macklem.rect.x + macklem.rect.width / 2, macklem.rect.y + macklem.rect.height / 2, { steps: 2 });
  const label = page.locator('#dramatis-card-host .card .roles-when').first();
  await expect(label).toBeVisible();
  const colors = await label.evaluate((el) => ({ text: getComputedStyle(el).color, box: getComputedStyle(el.parentElement!).backgroundColor }));
  expect(contrastRatio(parseRgb(colors.text), parseRgb(colors.box))).toBeGreaterThanOrEqual(4.5);
});
