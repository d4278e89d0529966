/**
 * `npm run screenshots`: what a reader sees, for the README. Loads the built
 * extension into Chromium, hovers a name on the sample article and saves the
 * card, in light and dark, and the popup.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromiumWithExtension } from '../dev/chromium-extension.ts';
import { startServer } from '../dev/server.ts';
import { readMarksInPage } from '../dev/page-marks.ts';
import { REPO_ROOT } from '../dev/gold.ts';

const OUT = path.join(REPO_ROOT, 'assets/screenshots');
await mkdir(OUT, { recursive: true });
const server = await startServer();

for (const scheme of ['light', 'dark'] as const) {
  const browser = await launchChromiumWithExtension({ colorScheme: scheme });
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => (CSS.highlights.get('dramatis-person')?.size ?? 0) > 0);
  const target = (await page.evaluate(readMarksInPage)).find((m) => m.text === 'Tiff Macklem');
  if (!target) throw new Error('Tiff Macklem is not marked on the sample article');
  await page.mouse.move(target.rect.x + target.rect.width / 2, target.rect.y + target.rect.height / 2);
  await page.locator('#dramatis-card-host .card[data-entity-id]').waitFor();
  await page.waitForTimeout(200);
  const file = path.join(OUT, `card-${scheme}.png`);
  await page.screenshot({ path: file, clip: { x: 0, y: 80, width: 1200, height: 640 } });
  console.log(`wrote ${path.relative(REPO_ROOT, file)}`);

  if (scheme === 'light') {
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 300, height: 720 });
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    await popup.locator('body[data-ready="true"]').waitFor();
    await popup.locator('.cast-entry').first().waitFor();
    const popupFile = path.join(OUT, 'popup.png');
    await popup.locator('.popup').screenshot({ path: popupFile });
    console.log(`wrote ${path.relative(REPO_ROOT, popupFile)}`);
  }
  await browser.close();
}
await server.close();
