import type { Page } from '@playwright/test';
import { test, expect, marksOn, card } from './fixtures.ts';
import { readMarksInPage } from '../../../dev/page-marks.ts';

const markCount = (page: Page) => page.evaluate(readMarksInPage).then((m) => m.length);

async function openPopup(context: import('@playwright/test').BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator('body[data-ready="true"]').waitFor();
  return popup;
}

test('the popup switch removes the marks from open tabs and brings them back, without a reload', async ({
  page,
  context,
  server,
  extensionId,
  serviceWorker,
}) => {
  await page.goto(server.url);
  const before = await marksOn(page, 20);

  const popup = await openPopup(context, extensionId);
  const toggle = popup.getByRole('switch', { name: 'Mark people and organizations' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(popup.locator('#status')).toHaveText(/Off/);
  expect(
    await serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<unknown> } } } }).chrome.storage.local.get('settings'),
    ),
  ).toMatchObject({ settings: { enabled: false } });

  await expect.poll(() => markCount(page)).toBe(0);

  await toggle.check();
  await expect(popup.locator('#status')).toHaveText(/On/);
  await expect.poll(() => markCount(page)).toBe(before.length);
});

test("the popup lists the article's cast by mentions; choosing one opens its card on the page", async ({ page, context, server, extensionId }) => {
  await page.goto(server.url);
  await marksOn(page, 20);
  const popup = await openPopup(context, extensionId);
  const entries = popup.locator('.cast-entry');
  await expect(entries.first()).toBeVisible();
  const counts = await popup.locator('.cast-count').allTextContents();
  expect(counts.length).toBeGreaterThan(10);
  // Most mentioned first, within each group.
  const people = (await popup.locator('.cast-entry.person .cast-count').allTextContents()).map(Number);
  expect(people).toEqual([...people].sort((a, b) => b - a));
  await expect(popup.locator('.cast-entry.person .cast-name').first()).toHaveText('Tiff Macklem');
  await popup.locator('.cast-entry', { hasText: 'NATO' }).click();
  await expect(card(page).locator('.name')).toHaveText('NATO');
});

test('pausing a site removes its marks at once; the settings choose what is marked', async ({ page, context, server, extensionId }) => {
  await page.goto(server.url);
  const all = await marksOn(page, 20);
  const popup = await openPopup(context, extensionId);

  await popup.getByRole('switch', { name: 'Pause on 127.0.0.1' }).check();
  await expect(popup.locator('#status')).toHaveText('Paused on this site');
  await expect.poll(() => markCount(page)).toBe(0);
  await popup.getByRole('switch', { name: 'Pause on 127.0.0.1' }).uncheck();
  await expect.poll(() => markCount(page)).toBe(all.length);

  await popup.locator('summary').click();
  await popup.getByRole('switch', { name: 'Organizations', exact: true }).uncheck();
  await expect.poll(() => page.evaluate(readMarksInPage).then((m) => m.every((x) => x.highlight === 'dramatis-person') && m.length > 0)).toBe(true);
  await popup.getByRole('switch', { name: 'Organizations', exact: true }).check();
  await popup.getByRole('radio', { name: 'First mention of each only' }).check();
  await expect
    .poll(async () => {
      const texts = (await page.evaluate(readMarksInPage)).map((m) => m.text);
      return texts.filter((t) => t === 'NATO').length;
    })
    .toBe(1);
  expect(await markCount(page)).toBeLessThan(all.length);
});

test('in "only while Alt is held" mode the marks show while the key is down', async ({ page, context, server, extensionId }) => {
  await page.goto(server.url);
  const all = await marksOn(page, 20);
  const popup = await openPopup(context, extensionId);
  await popup.locator('summary').click();
  await popup.getByRole('radio', { name: 'Every mention, only while Alt is held' }).check();
  await expect.poll(() => markCount(page)).toBe(0);
  await page.bringToFront();
  await page.keyboard.down('Alt');
  await expect.poll(() => markCount(page)).toBe(all.length);
  await page.keyboard.up('Alt');
  await expect.poll(() => markCount(page)).toBe(0);
});
