/**
 * Hostile pages in Firefox, where content scripts differ from Chromium's: the
 * page's CSP is applied to them differently, they see page objects through
 * Xray wrappers, the card's host uses Firefox's top layer, and the
 * extension's own requests do not show up as requests of the page. Covers a
 * strict CSP, page CSS that restyles everything, page scripts that hook DOM
 * prototypes and dispatch fake messages and events, the page's DOM left as it
 * was, and no request leaving the machine during a whole session.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { startServer, type RunningServer } from '../../../dev/server.ts';
import { REPO_ROOT } from '../../../dev/gold.ts';
import { readMarksInPage, type PageMark } from '../../../dev/page-marks.ts';
import { cardProblems, cardStateInPage, highlightStyles, markedTexts, markNamed, serializePageDom } from '../page-state.ts';
import {
  cardClosed,
  EXTENSION_UUID,
  hover,
  launchFirefoxWith,
  openCard,
  openPage,
  openPopup,
  POLL,
  RECORDED_FIREFOX_ENV,
  recordedFirefoxPrefs,
  startRecordingProxy,
  type RecordedRequest,
  type RecordingProxy,
} from './firefox-session.ts';

const STRICT_CSP = "default-src 'none'; style-src 'self'";
/** hooked-dom.html without its hooking script: the same article text, for comparing marks. */
const UNHOOKED_PATH = '/pages/hooked-dom-unhooked.html';
/** Marks and cards wait for the background (maybe woken from suspension) on a machine shared with other browsers. */
const CARD_WAIT = { polling: 100, timeout: 30_000 } as const;

let server: RunningServer;
let proxy: RecordingProxy;
let browser: Browser;

before(async () => {
  const hooked = await readFile(path.join(REPO_ROOT, 'tests/fixtures/pages/hooked-dom.html'), 'utf8');
  const unhooked = hooked.replace(/<script>[\s\S]*?<\/script>/, '');
  assert.notEqual(unhooked, hooked, 'the hooking script was removed');
  server = await startServer(0, { [UNHOOKED_PATH]: unhooked }, { headers: { '/pages/strict-csp.html': { 'content-security-policy': STRICT_CSP } } });
  // Every request of this browser, from the first, goes through the recorder (test 5 reads them all).
  proxy = await startRecordingProxy(server.url);
  browser = await launchFirefoxWith({ prefs: recordedFirefoxPrefs(proxy.port), env: RECORDED_FIREFOX_ENV });
});

after(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

/** Like the session's marksOn, with more patience for a loaded machine. */
async function marksOn(page: Page, atLeast: number): Promise<PageMark[]> {
  await page.waitForFunction(
    (n: number) => {
      const names = ['dramatis-person', 'dramatis-organization'];
      return names.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0) >= n;
    },
    CARD_WAIT,
    atLeast,
  );
  return page.evaluate(readMarksInPage);
}

const cardIsOpen = (page: Page): Promise<boolean> => page.evaluate(() => Boolean(document.getElementById('dramatis-card-host')?.matches(':popover-open')));

/** Waits until the open card is the ready card of `name`. */
async function cardOf(page: Page, name: string): Promise<void> {
  try {
    await page.waitForFunction(
      (expected: string) => {
        const card = document.getElementById('dramatis-card-host')?.shadowRoot?.querySelector('.card');
        return card?.getAttribute('data-entity-id') && card.querySelector('.name')?.textContent === expected;
      },
      CARD_WAIT,
      name,
    );
  } catch (error) {
    const seen = await page.evaluate(() => {
      const host = document.getElementById('dramatis-card-host');
      return { open: host?.matches(':popover-open'), card: host?.shadowRoot?.querySelector('.card')?.outerHTML.slice(0, 300) };
    });
    throw new Error(`no ready card of "${name}": ${JSON.stringify(seen)}`, { cause: error });
  }
  assert.equal((await openCard(page)).name, name);
}

/** The card of `name` is open, styled by our own shadow stylesheet, inside the viewport and covered by nothing. */
async function assertCardVisibleAndStyled(page: Page, name: string) {
  await cardOf(page, name);
  const state = await page.evaluate(cardStateInPage);
  assert.deepEqual(cardProblems(state), []);
  return state!;
}

test('1. a page with a strict CSP gets styled marks and a styled card', async () => {
  // The same marks' style on a page without a CSP, to compare with.
  const plain = await openPage(browser, server.url);
  await marksOn(plain, 3);
  const unrestricted = await plain.evaluate(highlightStyles);
  await plain.close();
  for (const name of ['dramatis-person', 'dramatis-organization']) {
    const style = unrestricted[name];
    assert.ok(style, `${name} has marks on the sample page`);
    assert.ok(style.background !== 'rgba(0, 0, 0, 0)' || style.decoration !== 'none', `${name} is styled at all: ${JSON.stringify(style)}`);
  }

  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  const response = await page.goto(`${server.url}pages/strict-csp.html`);
  assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
  // The CSP is in force: the page's own inline script and inline style were blocked.
  assert.equal(await page.evaluate(() => document.documentElement.dataset.inlineScriptRan), undefined);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).maxWidth), 'none');

  await marksOn(page, 3);
  const texts = await page.evaluate(markedTexts);
  assert.ok(texts['dramatis-person']!.includes('Mark Carney'), JSON.stringify(texts));
  assert.ok(texts['dramatis-organization']!.includes('Bank of Canada'), JSON.stringify(texts));
  assert.ok(texts['dramatis-organization']!.includes('NATO'), JSON.stringify(texts));
  // marks.css comes from the manifest, so the CSP cannot block it: the highlights look as they do elsewhere.
  assert.deepEqual(await page.evaluate(highlightStyles), unrestricted);
  const marks = await page.evaluate(readMarksInPage);
  for (const m of marks) assert.ok(m.rect.width > 0, `"${m.text}" has a box on screen`);

  await hover(page, markNamed(marks, 'Mark Carney'));
  await assertCardVisibleAndStyled(page, 'Mark Carney');
  assert.match((await openCard(page)).text, /Prime Minister of Canada/);
  await page.keyboard.press('Escape');
  await cardClosed(page);
  await page.mouse.move(1, 1);
  await hover(page, markNamed(marks, 'Bank of Canada'));
  await assertCardVisibleAndStyled(page, 'Bank of Canada');
  await page.close();
});

test('2. page CSS that restyles everything does not hide, shrink or cover the card', async () => {
  const page = await openPage(browser, `${server.url}pages/hostile-css.html`);
  // The page's rules are in force: a giant root font, hidden divs, popovers hidden, z-index wars.
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '40px');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('article div')!).display), 'none');
  const chrome = () =>
    page.evaluate(() =>
      ['header', 'nav.overlay'].map((selector) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return { selector, top: r.top, bottom: r.bottom, zIndex: getComputedStyle(document.querySelector(selector)!).zIndex };
      }),
    );
  for (const bar of await chrome()) assert.equal(bar.zIndex, '2147483647', `${bar.selector} claims the highest z-index`);

  const marks = await marksOn(page, 3);
  for (const name of ['NATO', 'Mark Rutte', 'European Commission', 'Ursula von der Leyen']) markNamed(marks, name);

  let overlappedPageChrome = false;
  for (const [i, name] of ['Mark Rutte', 'Ursula von der Leyen'].entries()) {
    // Bring the name between the sticky header (220px) and the fixed banner (the bottom 260px) so it can be hovered.
    const target = markNamed(await page.evaluate(readMarksInPage), name);
    if (target.rect.y < 240 || target.rect.y + target.rect.height > 900 - 270) {
      await page.evaluate((y: number) => window.scrollBy(0, y), target.rect.y - 400);
    }
    const mark = markNamed(await page.evaluate(readMarksInPage), name);
    assert.ok(mark.rect.y > 220 && mark.rect.y + mark.rect.height < 640, `"${name}" is clear of the header and the banner at y=${mark.rect.y}`);
    await page.mouse.move(1, 450);
    await hover(page, mark);
    const state = await assertCardVisibleAndStyled(page, name);
    // Whether this card lies over the page's own z-index-maximal header or banner: then the top layer won that war.
    for (const bar of await chrome()) {
      if (state.rect.y < bar.bottom && state.rect.y + state.rect.height > bar.top) overlappedPageChrome = true;
    }
    if (i === 0) {
      await page.keyboard.press('Escape');
      await cardClosed(page);
    }
  }
  assert.ok(overlappedPageChrome, 'at least one card lay over the sticky header or the fixed banner, and stayed uncovered');
  await page.close();
});

test('3. page scripts that hook DOM prototypes and post fake messages and events do not reach the content script', async () => {
  // The marks of the same article without the page's hooks: what the marks must be.
  const reference = await openPage(browser, server.url + UNHOOKED_PATH.slice(1));
  await marksOn(reference, 4);
  const expected = await reference.evaluate(readMarksInPage);
  await reference.close();
  for (const name of ['Ursula von der Leyen', 'European Commission', 'NATO', 'Mark Rutte']) markNamed(expected, name);

  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${server.url}pages/hooked-dom.html`);
  // The hooks are in place in the page's world, and its own custom element ran.
  await page.waitForFunction(() => document.querySelector('news-byline span')?.textContent === 'By Staff reporter', POLL);
  assert.equal(
    await page.evaluate(() => {
      try {
        document.createElement('div').attachShadow({ mode: 'open' });
        return 'attached';
      } catch {
        return 'threw';
      }
    }),
    'threw',
  );
  assert.equal(await page.evaluate(() => /^class\b/.test(String(window.MutationObserver))), true, 'the page replaced MutationObserver');
  assert.equal(await page.evaluate(() => (window as unknown as { browser?: unknown }).browser !== undefined), true, 'the page set up a fake `browser` global');
  await page.evaluate(() => {
    (window as unknown as { __hookLog: string[] }).__hookLog.length = 0;
  });

  await marksOn(page, expected.length);
  const strip = (marks: PageMark[]) => marks.map(({ highlight, text, start, end }) => ({ highlight, text, start, end }));
  assert.deepEqual(strip(await page.evaluate(readMarksInPage)), strip(expected), 'the hooked page is marked exactly like the same text without hooks');

  // Events the page makes up are not the reader's: none of them opens (or later closes) a card.
  const marks = await page.evaluate(readMarksInPage);
  const rutte = markNamed(marks, 'Mark Rutte');
  const rx = rutte.rect.x + rutte.rect.width / 2;
  const ry = rutte.rect.y + rutte.rect.height / 2;
  // No named functions inside: tsx would wrap them in a `__name` helper that the page does not have.
  const openedAtOnce = await page.evaluate(
    (x: number, y: number) => {
      const results: Record<string, boolean> = {};
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
      results['Alt+Shift+N keydown'] = Boolean(document.getElementById('dramatis-card-host')?.matches(':popover-open'));
      const target = document.elementFromPoint(x, y)!;
      target.dispatchEvent(new PointerEvent('pointerup', { clientX: x, clientY: y, pointerType: 'touch', bubbles: true }));
      results['touch pointerup on a name'] = Boolean(document.getElementById('dramatis-card-host')?.matches(':popover-open'));
      target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true }));
      window.postMessage({ type: 'showEntity', entityId: 'nato' }, '*');
      return results;
    },
    rx,
    ry,
  );
  assert.deepEqual(openedAtOnce, { 'Alt+Shift+N keydown': false, 'touch pointerup on a name': false });
  // A real pointer resting on a name opens its card after about 500 ms; wait well past that for the fake one.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1_500)));
  assert.equal(await cardIsOpen(page), false, 'a made-up pointermove over a name opened no card');
  // The spam has been running all along (every 20 ms): the marks are still exactly right.
  assert.deepEqual(strip(await page.evaluate(readMarksInPage)), strip(expected));

  await hover(page, markNamed(marks, 'Ursula von der Leyen'));
  await assertCardVisibleAndStyled(page, 'Ursula von der Leyen');
  assert.match((await openCard(page)).text, /European Commission/);
  // With the card open, the page fakes Escape and the pointer leaving the card: it stays open.
  await page.evaluate(() => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }));
    const host = document.getElementById('dramatis-card-host')!;
    host.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    host.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
  });
  assert.equal(await cardIsOpen(page), true, 'a made-up Escape did not close the card');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1_000)));
  assert.equal(await cardIsOpen(page), true, 'a made-up pointerleave did not close the card');
  // The reader's own Escape does.
  await page.keyboard.press('Escape');
  await cardClosed(page);

  // None of the page's hooks ran for our work: they log every call made in the page's world.
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __hookLog: string[] }).__hookLog), []);
  assert.equal(await page.evaluate(() => document.querySelectorAll('#dramatis-card-host').length), 1);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

const DOM_PAGES: Array<{ path: string; hover: string; settle?: string }> = [
  { path: '', hover: 'Mark Carney' },
  { path: 'pages/nested-markup.html', hover: 'Ursula von der Leyen' },
  { path: 'pages/react-like.html', hover: 'Tiff Macklem', settle: '#root[data-hydrated="true"]' },
  { path: 'pages/strict-csp.html', hover: 'Mark Carney' },
];

test("4. the page's own DOM is the same with Dramatis as without it, apart from our one host", async () => {
  const plain = await launchFirefoxWith({ withExtension: false });
  try {
    for (const { path: pagePath, hover: name, settle } of DOM_PAGES) {
      const page = await openPage(browser, server.url + pagePath);
      if (settle) await page.waitForSelector(settle, POLL);
      const marks = await marksOn(page, 3);
      await hover(page, markNamed(marks, name));
      await cardOf(page, name);
      assert.equal(await page.evaluate(() => document.querySelectorAll('#dramatis-card-host').length), 1, 'our host is in the page once');
      const withDramatis = await page.evaluate(serializePageDom);
      assert.ok((await page.evaluate(() => document.documentElement.outerHTML)).includes('dramatis-card-host'), 'the host was there to remove');
      await page.close();

      const plainPage = await openPage(plain, server.url + pagePath);
      if (settle) await plainPage.waitForSelector(settle, POLL);
      await plainPage.mouse.move(marks[0]!.rect.x + 1, marks[0]!.rect.y + 1);
      const without = await plainPage.evaluate(serializePageDom);
      assert.equal(await plainPage.evaluate(() => CSS.highlights.size), 0, 'the plain browser runs no extension');
      await plainPage.close();

      assert.equal(withDramatis, without, `DOM of /${pagePath}`);
    }
  } finally {
    await plain.close();
  }
});

/** Why a recorded request breaks the privacy rule, or undefined when it is a page loading itself. */
function privacyProblem(request: RecordedRequest, serverOrigin: string): string | undefined {
  if (request.kind === 'connect') return 'a tunnel (HTTPS or WSS) to another machine';
  if (request.kind === 'direct') return 'sent to the proxy as if it were a server';
  const url = new URL(request.url);
  if (url.origin !== serverOrigin) return 'leaves the machine';
  const dest = request.headers['sec-fetch-dest'];
  const navigation = request.headers['sec-fetch-mode'] === 'navigate' && dest === 'document';
  if (navigation && (url.pathname === '/' || /^\/pages\/[a-z0-9-]+\.html$/.test(url.pathname))) return undefined;
  if (url.pathname === '/favicon.ico' && dest === 'image') return undefined;
  // The test pages load nothing but themselves: anything else was fetched by a script, ours or the page's.
  return `a ${dest ?? 'non-navigation'} request, not a page load`;
}

test('5. privacy: in a whole session no request leaves the machine, and the extension fetches only its own files', async () => {
  const serverOrigin = new URL(server.url).origin;
  const canary = `${server.url}canary-from-the-extension`;
  const own = `moz-extension://${EXTENSION_UUID}/`;

  // The recorder sees requests the extension makes from its background page and its popup:
  // canaries to our own server, which the rule below must count as problems.
  const popup = await openPopup(browser);
  const canaryStatus = await popup.evaluate(async (url: string) => {
    const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } }).browser;
    const background = await api.runtime.getBackgroundPage();
    if (!background) return 'no background page';
    const fromBackground = await background.fetch(`${url}-background`);
    const fromPopup = await fetch(`${url}-popup`);
    return `${fromBackground.status} ${fromPopup.status}`;
  }, canary);
  assert.equal(canaryStatus, '404 404', 'both canaries reached the test server');
  await popup.close();
  const canaries = proxy.requests.filter((r) => r.url.startsWith(canary));
  assert.deepEqual(canaries.map((r) => r.url).sort(), [`${canary}-background`, `${canary}-popup`]);
  for (const c of canaries) assert.ok(privacyProblem(c, serverOrigin), `the rule flags the extension's request ${c.url}`);

  // Puppeteer's own request events for the session's pages, as a second recorder.
  const seenByPages: string[] = [];
  const watch = (page: Page) => page.on('request', (request) => void seenByPages.push(request.url()));

  // A session: the sample article and its cards, an affiliation, another page, the popup,
  // the event page suspended and woken again, a reload.
  const page = await browser.newPage();
  watch(page);
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(server.url);
  let marks = await marksOn(page, 20);
  await hover(page, markNamed(marks, 'Mark Carney'));
  await cardOf(page, 'Mark Carney');
  await page.keyboard.press('Escape');
  await cardClosed(page);
  await page.mouse.move(1, 1);
  await hover(page, markNamed(marks, 'European Central Bank'));
  await cardOf(page, 'European Central Bank');
  const affiliation = await page.evaluate(() => {
    const buttons = [...(document.getElementById('dramatis-card-host')?.shadowRoot?.querySelectorAll('button') ?? [])];
    const button = buttons.find((b) => b.textContent?.trim() === 'European Union');
    const r = button?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  });
  assert.ok(affiliation, 'the ECB card links its affiliation, the European Union');
  await page.mouse.move(affiliation.x, affiliation.y, { steps: 3 });
  await page.mouse.click(affiliation.x, affiliation.y);
  await cardOf(page, 'European Union');
  await page.keyboard.press('Escape');
  await cardClosed(page);

  await page.goto(`${server.url}pages/nested-markup.html`);
  marks = await marksOn(page, 3);
  await hover(page, markNamed(marks, 'NATO'));
  await cardOf(page, 'NATO');
  await page.keyboard.press('Escape');
  await cardClosed(page);

  const sessionPopup = await openPopup(browser);
  await sessionPopup.waitForFunction(() => document.querySelectorAll('.cast-entry').length > 0, POLL);
  await sessionPopup.close();

  // The event page suspends after 1.5 s idle in this profile; the next lookup wakes it and it reads its index again.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 4_000)));
  await page.reload();
  marks = await marksOn(page, 3);
  await page.mouse.move(1, 1);
  await hover(page, markNamed(marks, 'Ursula von der Leyen'));
  await cardOf(page, 'Ursula von der Leyen');
  await page.keyboard.press('Escape');
  await cardClosed(page);
  await page.close();

  const session = proxy.requests.filter((r) => !r.url.startsWith(canary));
  const offending = session.map((r) => ({ ...r, problem: privacyProblem(r, serverOrigin) })).filter((r) => r.problem !== undefined);
  const pageLoads = session.filter((r) => r.headers['sec-fetch-mode'] === 'navigate').length;
  console.log(
    `firefox privacy: ${session.length} requests through the recorder since the browser started (${pageLoads} page loads), ${offending.length} problems`,
  );
  assert.deepEqual(
    offending.map((r) => `${r.method} ${r.url}: ${r.problem}`),
    [],
  );
  // The recorder did record the session: its pages went through it.
  assert.ok(
    session.some((r) => r.url === server.url),
    'the sample article was loaded through the recorder',
  );
  assert.ok(
    session.some((r) => r.url === `${server.url}pages/nested-markup.html`),
    'the second page was loaded through the recorder',
  );

  // What the pages' own request events saw: our server, or the extension's own files, nothing else.
  // data: URLs (Firefox loads a built-in font as one) never leave the machine.
  const strangers = seenByPages.filter((url) => !url.startsWith(server.url) && !url.startsWith(own) && !url.startsWith('data:'));
  assert.deepEqual(strangers, []);
  assert.ok(seenByPages.includes(server.url), 'puppeteer saw the page load');
});
