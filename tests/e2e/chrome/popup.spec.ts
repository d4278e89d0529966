import { test, expect, marksOn } from './fixtures.ts';
import { readMarksInPage } from '../../support/page-marks.ts';

test('the popup switch removes the marks from open tabs and brings them back, without a reload', async ({ page, context, server, extensionId, serviceWorker }) => {
  await page.goto(server.url);
  const before = await marksOn(page, 20);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const toggle = popup.getByRole('switch', { name: 'Mark people and organizations' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(popup.locator('#status')).toHaveText(/Off/);
  expect(await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<unknown> } } } }).chrome.storage.local.get('settings'))).toMatchObject({ settings: { enabled: false } });

  await expect.poll(() => page.evaluate(readMarksInPage).then((m) => m.length)).toBe(0);

  await toggle.check();
  await expect(popup.locator('#status')).toHaveText(/On/);
  await expect.poll(() => page.evaluate(readMarksInPage).then((m) => m.length)).toBe(before.length);
});
