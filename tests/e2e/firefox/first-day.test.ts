/**
 * A reader's first day, in firefox-esr: the first-run page, the options page,
 * the popup within 600 px, site access withheld, and axe-core on every page
 * Dramatis shows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import type { RunningServer } from '../../../dev/server.ts';
import { firefoxSuite } from './firefox-suite.ts';
import {
  EXTENSION_UUID,
  extensionPageReady,
  firstRunPage,
  hover,
  launchFirefoxWith,
  marksOn,
  openCard,
  openExtensionPage,
  openPage,
  openPopup,
  POLL,
} from './firefox-session.ts';
import { readMarksInPage } from '../../../dev/page-marks.ts';
import { AXE_SOURCE, axeInPage, contrastRatio, over, parseRgb, type AxeScope } from '../../../dev/axe.ts';

let browser: Browser;
let server: RunningServer;

firefoxSuite(
  (b, s) => {
    browser = b;
    server = s;
  },
  { resetSettings: true },
);

async function axe(page: Page, scope: AxeScope = 'document') {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(axeInPage, scope);
}

async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + POLL.timeout;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) assert.fail(`${what}; last seen ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, POLL.polling));
  }
}

const markCount = (page: Page) => page.evaluate(readMarksInPage).then((m) => m.length);
const highlightTexts = (page: Page, name: string) =>
  page.evaluate((n: string) => [...((CSS.highlights.get(n) ?? []) as Iterable<Range>)].map((r) => r.toString()), name);

test('a fresh install opens the first-run page: a sample marked like a news page, the keys, the privacy promise', async () => {
  const fresh = await launchFirefoxWith({ keepFirstRunPage: true });
  try {
    const page = await firstRunPage(fresh);
    await extensionPageReady(page, 'welcome.html');
    await until(
      () => highlightTexts(page, 'dramatis-person'),
      (t) => t.length === 2,
      "the sample's people are marked",
    );
    assert.deepEqual(await highlightTexts(page, 'dramatis-person'), ['Tiff Macklem', 'Kristalina Georgieva']);
    const organizations = await highlightTexts(page, 'dramatis-organization');
    for (const name of ['Bank of Canada', 'International Monetary Fund', 'NATO']) assert.ok(organizations.includes(name), name);
    assert.equal(await page.$eval('[data-command="toggle-site"] kbd', (el) => el.textContent), 'Alt+Shift+D');
    assert.deepEqual(await axe(page), []);
  } finally {
    await fresh.close();
  }
});

test('the options page pauses and resumes sites, runs only on chosen sites, changes the look, and resets', async () => {
  const page = await openPage(browser, server.url);
  const all = (await marksOn(page, 20)).length;
  const options = await openExtensionPage(browser, 'options.html');
  assert.deepEqual(await axe(options), []);

  await options.type('#site-input', 'http://127.0.0.1/some/article');
  await options.click('.add-site button[type="submit"]');
  await options.waitForSelector('button[aria-label="Resume on 127.0.0.1"]', POLL);
  await until(
    () => markCount(page),
    (n) => n === 0,
    'the paused site loses its marks',
  );
  await options.click('button[aria-label="Resume on 127.0.0.1"]');
  await options.waitForSelector('#site-list-empty', POLL);
  await until(
    () => markCount(page),
    (n) => n === all,
    'the resumed site gets its marks back',
  );

  await options.click('input[name="site-mode"][value="only"]');
  await until(
    () => markCount(page),
    (n) => n === 0,
    'a site that was not chosen has no marks',
  );
  await options.type('#site-input', '127.0.0.1');
  await options.click('.add-site button[type="submit"]');
  await options.waitForSelector('button[aria-label="Remove 127.0.0.1"]', POLL);
  await until(
    () => markCount(page),
    (n) => n === all,
    'a chosen site has its marks',
  );

  // The look, from the options page too: the open tab's marks move to the soft highlight's names.
  await options.click('input[name="mark-look"][value="tint"]');
  await until(
    () => highlightTexts(page, 'dramatis-person-tint'),
    (t) => t.length > 0,
    'the marks take the soft highlight look',
  );
  assert.deepEqual(await axe(options), []);

  await options.click('#dramatis-reset');
  await options.click('#dramatis-reset-confirm');
  await options.waitForSelector('input[name="site-mode"][value="all"]:checked', POLL);
  const stored = await options.evaluate(() =>
    (
      globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, { siteMode: string; allowedSites: string[] }>> } } } }
    ).browser.storage.local.get('settings'),
  );
  assert.equal(stored.settings?.siteMode, 'all');
  assert.deepEqual(stored.settings?.allowedSites, []);
  await until(
    () => highlightTexts(page, 'dramatis-person'),
    (t) => t.length > 0,
    'the reset brings back the default look',
  );
  await options.close();
  await page.close();
});

test('the popup fits in 600 px: its cast scrolls on its own, the settings and the privacy line stay in view', async () => {
  const page = await openPage(browser, `${server.url}pages/big-cast.html`);
  await marksOn(page, 20);
  await page.bringToFront();
  // The popup speaks for the tab used last before it. 600 px: the most a popup gets.
  const popup = await openExtensionPage(browser, 'popup.html', { width: 300, height: 600 });
  await until(
    () => popup.evaluate(() => document.querySelectorAll('.cast-entry').length),
    (n) => n >= 16,
    'the cast lists 16 or more',
  );
  const layout = await popup.evaluate(() => {
    // No functions declared in here: tsx would wrap them in a helper the page does not have.
    const list = document.querySelector('.cast-list')!;
    const [settings, privacy] = ['.settings summary', '.privacy .links'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().bottom);
    return { scrollHeight: document.documentElement.scrollHeight, castScrolls: list.scrollHeight > list.clientHeight, settings, privacy };
  });
  assert.ok(layout.scrollHeight <= 600, JSON.stringify(layout));
  assert.equal(layout.castScrolls, true);
  assert.ok((layout.settings ?? Infinity) <= 600 && (layout.privacy ?? Infinity) <= 600, JSON.stringify(layout));
  const label = await popup.evaluate(
    () =>
      [...document.querySelectorAll('.cast-entry')].find((b) => b.textContent?.includes('Claudia Sheinbaum'))?.querySelector('.visually-hidden')?.textContent,
  );
  assert.equal(label, '1 mention');
  assert.equal(await popup.$eval('.privacy a[href="privacy.html"]', (a) => a.textContent), 'Privacy policy');
  assert.deepEqual(await axe(popup), []);
  await popup.close();
  await page.close();
});

test('the privacy policy ships in the extension, as a page', async () => {
  // privacy.html has no script, so no data-ready: wait for its heading instead.
  const page = await browser.newPage();
  page.goto(`moz-extension://${EXTENSION_UUID}/privacy.html`, { timeout: 10_000 }).catch(() => {});
  const heading = await until(
    () => page.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => ''),
    (h) => h !== '',
    'the policy has a heading',
  );
  assert.equal(heading, 'Dramatis privacy policy');
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test('the popup says when the browser withholds site access, and offers to ask for it', async () => {
  // Firefox lets readers withhold a Manifest V3 add-on's host access; with this preference it starts withheld.
  const withheld = await launchFirefoxWith({ prefs: { 'extensions.originControls.grantByDefault': false } });
  try {
    const page = await openPage(withheld, server.url);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(await markCount(page), 0);
    await page.bringToFront();
    const popup = await openExtensionPage(withheld, 'popup.html');
    assert.equal(await popup.$eval('#status', (el) => el.textContent), 'Your browser gives Dramatis no access to this site');
    assert.equal(await popup.$eval('#dramatis-grant', (el) => el.textContent), 'Allow on all sites');
    assert.deepEqual(await axe(popup), []);
  } finally {
    await withheld.close();
  }
});

test("contrast that axe cannot judge: the switch in its off position, the card's small date label", async () => {
  const popup = await openPopup(browser);
  const off = await popup.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#dramatis-enabled')!;
    input.checked = false;
    return { track: getComputedStyle(input).backgroundColor, page: getComputedStyle(document.body).backgroundColor };
  });
  const background = parseRgb(off.page);
  assert.ok(contrastRatio(over(parseRgb(off.track), background), background) >= 3, JSON.stringify(off));
  await popup.close();

  const page = await openPage(browser, server.url);
  const macklem = (await marksOn(page, 5)).find((m) => m.text === 'Tiff Macklem');
  assert.ok(macklem, 'Tiff Macklem is marked');
  await hover(page, macklem);
  await openCard(page);
  const colors = await page.evaluate(() => {
    const label = document.getElementById('dramatis-card-host')!.shadowRoot!.querySelector('.card .roles-when')!;
    return { text: getComputedStyle(label).color, box: getComputedStyle(label.parentElement!).backgroundColor };
  });
  // WCAG 1.4.3: small text needs 4.5:1.
  assert.ok(contrastRatio(parseRgb(colors.text), parseRgb(colors.box)) >= 4.5, JSON.stringify(colors));
  await page.close();
});
