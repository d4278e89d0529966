/**
 * `npm run screenshots`: what a reader sees, from the built extension in
 * Chromium on the bundled sample article.
 *   assets/screenshots/   for the README: the card in light and dark, the popup
 *   assets/store/         for the stores: five 1280x800 screenshots (the size
 *                         both stores recommend) and the Chrome Web Store's
 *                         440x280 small promo tile
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { firstRunPage, launchChromiumWithExtension } from '../dev/chromium-extension.ts';
import { startServer } from '../dev/server.ts';
import { readMarksInPage } from '../dev/page-marks.ts';
import { REPO_ROOT } from '../dev/gold.ts';

const README_DIR = path.join(REPO_ROOT, 'assets/screenshots');
const STORE_DIR = path.join(REPO_ROOT, 'assets/store');
const STORE_SIZE = { width: 1280, height: 800 };
await mkdir(README_DIR, { recursive: true });
await mkdir(STORE_DIR, { recursive: true });
const server = await startServer();
const wrote = (file: string) => console.log(`wrote ${path.relative(REPO_ROOT, file)}`);

async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** The sample article at the store's size, scrolled to Tiff Macklem's first mention, with his card open. */
async function cardOnSample(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.goto(server.url);
  await page.waitForFunction(() => (CSS.highlights.get('dramatis-person')?.size ?? 0) > 0);
  const target = (await page.evaluate(readMarksInPage)).find((m) => m.text === 'Tiff Macklem');
  if (!target) throw new Error('Tiff Macklem is not marked on the sample article');
  await page.mouse.move(target.rect.x + target.rect.width / 2, target.rect.y + target.rect.height / 2, { steps: 2 });
  await page.locator('#dramatis-card-host .card[data-entity-id]').waitFor();
  await page.waitForTimeout(200);
  return page;
}

async function popupImage(context: BrowserContext, id: string): Promise<Buffer> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 300, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.locator('body[data-ready="true"]').waitFor();
  await popup.locator('.cast-entry').first().waitFor();
  const image = await popup.locator('.popup').screenshot();
  await popup.close();
  return image;
}

for (const scheme of ['light', 'dark'] as const) {
  const browser = await launchChromiumWithExtension({ colorScheme: scheme, keepFirstRunPage: scheme === 'light' });
  const { context } = browser;
  // The first-run page opens on install, a moment after launch: let it open before the sample article, or the
  // popup (which speaks for the tab used last) would find it newer than the article and list no cast.
  if (scheme === 'light') await firstRunPage(context);
  const page = await cardOnSample(context);
  const readme = path.join(README_DIR, `card-${scheme}.png`);
  await page.screenshot({ path: readme, clip: { x: 0, y: 80, width: 1200, height: 640 } });
  wrote(readme);
  const store = path.join(STORE_DIR, `screenshot-${scheme === 'light' ? 1 : 2}-card-${scheme}.png`);
  await page.screenshot({ path: store });
  wrote(store);

  if (scheme === 'light') {
    const id = await extensionId(context);
    await page.bringToFront();
    const popup = await popupImage(context, id);
    const readmePopup = path.join(README_DIR, 'popup.png');
    await writeFile(readmePopup, popup);
    wrote(readmePopup);

    // The popup as it opens from the toolbar, over the article it speaks for.
    await page.keyboard.press('Escape');
    await page.evaluate(() => scrollTo(0, 0));
    const article = await page.screenshot();
    const composite = await context.newPage();
    await composite.setViewportSize(STORE_SIZE);
    await composite.setContent(`<body style="margin:0;width:1280px;height:800px;background:url(data:image/png;base64,${article.toString('base64')})">
      <img src="data:image/png;base64,${popup.toString('base64')}" style="position:absolute;right:24px;top:12px;max-height:776px;border-radius:8px;box-shadow:0 12px 40px rgba(15,23,42,.35),0 0 0 1px rgba(15,23,42,.12)"></body>`);
    const popupShot = path.join(STORE_DIR, 'screenshot-3-popup.png');
    await composite.screenshot({ path: popupShot });
    wrote(popupShot);

    for (const [file, name] of [
      ['options.html', 'screenshot-4-options.png'],
      ['welcome.html', 'screenshot-5-first-run.png'],
    ] as const) {
      const tab = file === 'welcome.html' ? await firstRunPage(context) : await context.newPage();
      await tab.setViewportSize(STORE_SIZE);
      if (file !== 'welcome.html') await tab.goto(`chrome-extension://${id}/${file}`);
      await tab.locator('body[data-ready="true"]').waitFor();
      await tab.waitForTimeout(300);
      const shot = path.join(STORE_DIR, name);
      await tab.screenshot({ path: shot });
      wrote(shot);
    }

    // The Chrome Web Store's small promo tile: the icon, the name, the promise, and two marked names.
    const icon = await readFile(path.join(REPO_ROOT, 'assets/brand/icon.svg'), 'utf8');
    const tile = await context.newPage();
    await tile.setViewportSize({ width: 440, height: 280 });
    await tile.setContent(`<body style="margin:0;width:440px;height:280px;display:grid;place-content:center;gap:14px;background:linear-gradient(135deg,#1e3a8a,#2563eb);color:#fff;font-family:system-ui,sans-serif">
      <div style="display:flex;align-items:center;gap:14px">${icon.replace('<svg ', '<svg width="64" height="64" style="filter:drop-shadow(0 2px 6px rgba(0,0,0,.3))" ')}<span style="font-size:42px;font-weight:700;letter-spacing:.01em">Dramatis</span></div>
      <div style="font-size:21px;font-weight:500">Who's who in the news you read</div>
      <div style="font:17px Georgia,serif;background:#fff;color:#1d1d1b;padding:8px 12px;border-radius:8px">
        <span style="background:rgba(37,99,235,.12);text-decoration:underline dotted #2563eb 2px;text-underline-offset:4px">Tiff Macklem</span> met
        <span style="background:rgba(13,148,136,.12);text-decoration:underline dashed #0d9488 2px;text-underline-offset:4px">NATO</span> officials</div></body>`);
    const tileShot = path.join(STORE_DIR, 'promo-small-440x280.png');
    await tile.screenshot({ path: tileShot });
    wrote(tileShot);
  }
  await browser.close();
}
await server.close();
