/**
 * `npm run icons`: the extension's icons, drawn by Chromium from
 * assets/brand/icon.svg. The toolbar sizes (16, 32, 48) fill their square;
 * the 128 px icon is the store's: 96 px of artwork in 16 px of transparent
 * padding on every side, as the Chrome Web Store asks (addons.mozilla.org
 * shows the same file).
 */
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../dev/gold.ts';

/** Size of the PNG, and of the artwork inside it. */
export const ICONS: { size: number; art: number }[] = [
  { size: 16, art: 16 },
  { size: 32, art: 32 },
  { size: 48, art: 48 },
  { size: 128, art: 96 },
];

const svg = await readFile(path.join(REPO_ROOT, 'assets/brand/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
for (const { size, art } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const pad = (size - art) / 2;
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><div style="padding:${pad}px;width:${art}px;height:${art}px">${svg.replace('<svg ', `<svg width="${art}" height="${art}" `)}</div></body></html>`,
  );
  const file = path.join(REPO_ROOT, `assets/icons/icon-${size}.png`);
  await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
  await page.close();
}
await browser.close();
