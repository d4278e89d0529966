/**
 * firefox-esr with the built extension (dist/firefox) installed as a temporary
 * add-on, driven by puppeteer-core over WebDriver BiDi (Playwright cannot
 * drive a stock Firefox). Polling is explicit everywhere: Puppeteer's default
 * requestAnimationFrame polling can miss changes on an idle page.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import path from 'node:path';
import { REPO_ROOT } from '../../support/gold.ts';
import { readMarksInPage, type PageMark } from '../../support/page-marks.ts';

export const GECKO_ID = 'dramatis@dramatis.example';
/** Pinned so the popup has a known address. */
export const EXTENSION_UUID = 'd3b07384-d9a0-4c9b-8b3e-00000000d7a5';
export const POLL = { polling: 100, timeout: 10_000 } as const;

export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.originControls.grantByDefault': true,
      // Suspend the idle event page quickly, so a test can watch it wake up again.
      'extensions.background.idle.timeout': 1500,
    },
  });
  await browser.installExtension(path.join(REPO_ROOT, 'dist/firefox'));
  return browser;
}

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(url);
  return page;
}

export async function marksOn(page: Page, atLeast = 1): Promise<PageMark[]> {
  await page.waitForFunction((n: number) => {
    const count = ['dramatis-person', 'dramatis-organization'].reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0);
    return count >= n;
  }, POLL, atLeast);
  return page.evaluate(readMarksInPage);
}

export interface VisibleCard {
  name: string;
  text: string;
  workerStartedAt: string | null;
}

/** Waits for the card to be open and filled in, and returns what it shows. */
export async function openCard(page: Page): Promise<VisibleCard> {
  const handle = await page.waitForFunction(() => {
    const host = document.getElementById('dramatis-card-host');
    const card = host?.shadowRoot?.querySelector('.card');
    if (!host || !card || !host.matches(':popover-open') || !card.getAttribute('data-entity-id')) return false;
    return { name: card.querySelector('.name')?.textContent ?? '', text: card.textContent ?? '', workerStartedAt: card.getAttribute('data-worker-started-at') };
  }, POLL);
  return (await handle.jsonValue()) as VisibleCard;
}

export async function cardClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('dramatis-card-host')?.matches(':popover-open'), POLL);
}

export async function hover(page: Page, mark: PageMark): Promise<void> {
  await page.mouse.move(mark.rect.x + mark.rect.width / 2, mark.rect.y + mark.rect.height / 2);
}

/** Opens the popup as a tab. Its navigation never resolves in Puppeteer, so poll the document instead. */
export async function openPopup(browser: Browser): Promise<Page> {
  const popup = await browser.newPage();
  popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html`, { timeout: 10_000 }).catch(() => {});
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const ready = await popup.evaluate(() => location.protocol === 'moz-extension:' && document.body?.dataset.ready === 'true').catch(() => false);
    if (ready) return popup;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the popup did not load');
}
