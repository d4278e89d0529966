/**
 * Hostile and realistic pages: a strict CSP, page CSS that restyles everything,
 * page scripts that hook DOM prototypes and spam messages, the page's DOM left
 * exactly as it was, and no request leaving the machine during a whole session.
 */
import { chromium, type Page, type Request } from '@playwright/test';
import { test as base, expect, marksOn, hoverMark, card } from './fixtures.ts';
import { startServer, type RunningServer } from '../../../dev/server.ts';
import { readMarksInPage } from '../../../dev/page-marks.ts';
import { cardProblems, cardStateInPage, markedTexts, markNamed, serializePageDom } from '../page-state.ts';

const STRICT_CSP = "default-src 'none'; style-src 'self'";

// The same fixtures, with a server that sends a strict CSP for one page.
const test = base.extend<object, { server: RunningServer }>({
  server: [
    async ({}, use) => {
      const server = await startServer(0, {}, { headers: { '/pages/strict-csp.html': { 'content-security-policy': STRICT_CSP } } });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

/** The card of `name` is open, filled in, styled by our own stylesheet, inside the viewport and covered by nothing. */
async function expectCardVisibleAndStyled(page: Page, name: string) {
  await expect(card(page).locator('.name')).toHaveText(name, { timeout: 4_000 });
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('.description')).not.toHaveText(/Looking up/, { timeout: 5_000 });
  const state = await page.evaluate(cardStateInPage);
  expect(cardProblems(state)).toEqual([]);
  return state!;
}

test('1. a page with a strict CSP gets its marks and a styled card', async ({ page, server }) => {
  const response = await page.goto(`${server.url}pages/strict-csp.html`);
  expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
  // The CSP is in force: the page's own inline script did not run.
  expect(await page.evaluate(() => document.documentElement.dataset.inlineScriptRan)).toBeUndefined();

  await marksOn(page, 3);
  await expect
    .poll(() => page.evaluate(markedTexts))
    .toEqual({
      // The headline's "Carney" and "Bank of Canada" count too; "Parliament" in a Canadian story is Canada's.
      'dramatis-person': ['Carney', 'Carney', 'Mark Carney'],
      'dramatis-organization': ['Bank of Canada', 'Bank of Canada', 'NATO', 'Parliament'],
    });
  const marks = await page.evaluate(readMarksInPage);
  for (const m of marks) expect(m.rect.width, `"${m.text}" has a box on screen`).toBeGreaterThan(0);

  await hoverMark(page, markNamed(marks, 'Mark Carney'));
  await expectCardVisibleAndStyled(page, 'Mark Carney');
  await expect(card(page)).toContainText('Prime Minister of Canada');

  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await hoverMark(page, markNamed(marks, 'Bank of Canada'));
  await expectCardVisibleAndStyled(page, 'Bank of Canada');
});

test('2. page CSS that restyles everything does not hide or move the card', async ({ page, server }) => {
  await page.goto(`${server.url}pages/hostile-css.html`);
  // The page's rules are in force: giant root font, hidden divs, a sticky header on top of everything.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('40px');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('article div')!).display)).toBe('none');

  const marks = await marksOn(page, 3);
  expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['NATO', 'Mark Rutte', 'European Commission', 'Ursula von der Leyen']));

  for (const [i, name] of ['Mark Rutte', 'Ursula von der Leyen'].entries()) {
    // The names must be on screen and not under the sticky header or the fixed overlay to be hovered.
    const target = markNamed(await page.evaluate(readMarksInPage), name);
    if (target.rect.y < 240 || target.rect.y + target.rect.height > 900 - 270) {
      await page.evaluate((y) => window.scrollBy(0, y), target.rect.y - 400);
    }
    const mark = markNamed(await page.evaluate(readMarksInPage), name);
    expect(mark.rect.y).toBeGreaterThan(220);
    await hoverMark(page, mark);
    const state = await expectCardVisibleAndStyled(page, name);
    // Page font sizes (40px root) do not leak into the card: it stays card-sized.
    expect(state.rect.width).toBeLessThan(700);
    if (i === 0) {
      await page.keyboard.press('Escape');
      await expect(card(page)).toBeHidden();
    }
  }
});

test('3. page scripts that hook DOM prototypes and spam messages do not reach the content script', async ({ page, server }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}pages/hooked-dom.html`);
  // The hooks are in place in the page's world.
  await expect(page.locator('news-byline span')).toHaveText('By Staff reporter');
  expect(
    await page.evaluate(() => {
      try {
        document.createElement('div').attachShadow({ mode: 'open' });
        return 'attached';
      } catch {
        return 'threw';
      }
    }),
  ).toBe('threw');
  // Forget that probe call (and anything before it), so the log shows only later calls.
  await page.evaluate(() => {
    (window as unknown as { __hookLog: string[] }).__hookLog.length = 0;
  });

  await marksOn(page, 4);
  const texts = await page.evaluate(markedTexts);
  expect(texts['dramatis-person']).toEqual(expect.arrayContaining(['Mark Rutte', 'Ursula von der Leyen']));
  expect(texts['dramatis-organization']).toEqual(expect.arrayContaining(['European Commission', 'NATO']));
  // The fake findMentions messages were not answered into marks.
  expect([...texts['dramatis-person']!, ...texts['dramatis-organization']!]).not.toContain('Vladimir Putin');
  expect([...texts['dramatis-person']!, ...texts['dramatis-organization']!]).not.toContain('Elon Musk');

  const marks = await page.evaluate(readMarksInPage);
  await hoverMark(page, markNamed(marks, 'Ursula von der Leyen'));
  await expectCardVisibleAndStyled(page, 'Ursula von der Leyen');
  await expect(card(page)).toContainText('European Commission');

  // None of the page's hooks ran for our work: they log every call in the page's world.
  const log = await page.evaluate(() => (window as unknown as { __hookLog: string[] }).__hookLog);
  expect(log.filter((entry) => entry !== 'appendChild' && entry !== 'append')).toEqual([]);
  // Our host was attached without going through the page's appendChild/append wrappers.
  expect(log).toEqual([]);
  expect(await page.locator('#dramatis-card-host').count()).toBe(1);
  expect(pageErrors).toEqual([]);
});

const DOM_PAGES: Array<{ path: string; hover: string; settle?: string }> = [
  { path: '', hover: 'Mark Carney' },
  { path: 'pages/nested-markup.html', hover: 'Ursula von der Leyen' },
  { path: 'pages/react-like.html', hover: 'Tiff Macklem', settle: '#root[data-hydrated="true"]' },
];

test("4. the page's own DOM is the same with Dramatis as without it, apart from our one host", async ({ page, server }) => {
  const plain = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
  try {
    const plainContext = await plain.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
    await plainContext.route(/^https?:\/\//, (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    const plainPage = await plainContext.newPage();

    for (const { path, hover, settle } of DOM_PAGES) {
      await page.goto(server.url + path);
      if (settle) await page.locator(settle).waitFor({ state: 'attached' });
      const marks = await marksOn(page, 3);
      await hoverMark(page, markNamed(marks, hover));
      await expect(card(page).locator('.name')).toHaveText(hover, { timeout: 4_000 });
      await expect(card(page).locator('.description')).not.toHaveText(/Looking up/, { timeout: 5_000 });
      // The host is in the page, exactly once, and it is ours.
      expect(await page.locator('#dramatis-card-host').count()).toBe(1);
      const withDramatis = await page.evaluate(serializePageDom);

      await plainPage.goto(server.url + path);
      if (settle) await plainPage.locator(settle).waitFor({ state: 'attached' });
      await plainPage.mouse.move(marks[0]!.rect.x + 1, marks[0]!.rect.y + 1);
      await plainPage.waitForTimeout(300);
      const without = await plainPage.evaluate(serializePageDom);
      expect(await plainPage.evaluate(() => CSS.highlights.size), 'the plain browser runs no extension').toBe(0);

      expect(withDramatis, `DOM of /${path}`).toBe(without);
      // And the comparison is not vacuous: the host did exist in the live page.
      expect(await page.evaluate(() => document.documentElement.outerHTML.includes('dramatis-card-host'))).toBe(true);
    }
  } finally {
    await plain.close();
  }
});

test('5. privacy: no request leaves the machine and the extension fetches only its own files', async ({
  page,
  context,
  server,
  extensionId,
  serviceWorker,
}) => {
  const ownFiles = `chrome-extension://${extensionId}/`;
  const canary = `${server.url}canary-from-the-worker`;
  interface Seen {
    url: string;
    from: string;
    via: string;
  }
  const seen: Seen[] = [];
  const origin = (request: Request): string => {
    if (request.serviceWorker()) return `service-worker ${request.serviceWorker()!.url()}`;
    try {
      return `frame ${request.frame().url() || '(new frame)'}`;
    } catch {
      return 'unknown';
    }
  };
  context.on('request', (request) => seen.push({ url: request.url(), from: origin(request), via: 'context.on(request)' }));
  // Recorded, then handed on to the fixture's route, which aborts anything not for our server.
  await context.route('**/*', async (route) => {
    seen.push({ url: route.request().url(), from: origin(route.request()), via: 'context.route' });
    await route.fallback();
  });

  // The recorder sees the service worker's own requests: a canary fetch from the worker, to our own server.
  await serviceWorker.evaluate((url) => fetch(url).then((r) => r.status), canary);
  await expect
    .poll(() => seen.filter((s) => s.url === canary && s.from.startsWith('service-worker')).length, { message: 'service-worker requests are recorded' })
    .toBeGreaterThan(0);

  // A session: the sample article, hovers, another page, the popup, a stopped worker, more hovers.
  await page.goto(server.url);
  let marks = await marksOn(page, 20);
  await hoverMark(page, markNamed(marks, 'Mark Carney'));
  await expect(card(page).locator('.name')).toHaveText('Mark Carney', { timeout: 4_000 });
  await expect(card(page).locator('.description')).not.toHaveText(/Looking up/, { timeout: 5_000 });
  await page.keyboard.press('Escape');
  await hoverMark(page, markNamed(marks, 'European Central Bank'));
  await expect(card(page).locator('.name')).toHaveText('European Central Bank', { timeout: 4_000 });
  await card(page).getByRole('button', { name: 'European Union' }).click();
  await expect(card(page).locator('.name')).toHaveText('European Union');
  await page.keyboard.press('Escape');

  await page.goto(`${server.url}pages/nested-markup.html`);
  marks = await marksOn(page, 3);
  await hoverMark(page, markNamed(marks, 'NATO'));
  await expect(card(page).locator('.name')).toHaveText('NATO', { timeout: 4_000 });
  await page.keyboard.press('Escape');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('switch', { name: 'Mark people and organizations' })).toBeChecked();
  await popup.waitForTimeout(500);
  await popup.close();

  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();

  await page.reload();
  marks = await marksOn(page, 3);
  await hoverMark(page, markNamed(marks, 'Ursula von der Leyen'));
  await expect(card(page).locator('.name')).toHaveText('Ursula von der Leyen', { timeout: 6_000 });
  await expect(card(page).locator('.description')).not.toHaveText(/Looking up/, { timeout: 5_000 });
  await page.keyboard.press('Escape');
  await hoverMark(page, markNamed(marks, 'Bank of Canada'));
  await expect(card(page).locator('.name')).toHaveText('Bank of Canada', { timeout: 4_000 });
  await page.waitForTimeout(1_000);

  // The restarted worker is still observed.
  await serviceWorker.evaluate((url) => fetch(url).then((r) => r.status), `${canary}-2`);
  await expect.poll(() => seen.filter((s) => s.url === `${canary}-2`).length).toBeGreaterThan(0);

  const session = seen.filter((s) => !s.url.startsWith(canary));
  const pagePaths = new Set(['/', '/pages/nested-markup.html', '/favicon.ico']);
  const offending = session.filter((s) => {
    if (s.url.startsWith(ownFiles)) return false;
    const fromExtension = s.from.startsWith('service-worker') || s.from.startsWith(`frame ${ownFiles}`);
    if (fromExtension) return true; // the extension may fetch only its own files
    if (!s.url.startsWith(server.url)) return true; // nothing may leave the machine
    return !pagePaths.has(new URL(s.url).pathname); // and the pages ask only for themselves
  });
  console.log(`privacy: ${session.length} requests recorded (${session.filter((s) => s.url.startsWith(ownFiles)).length} to the extension's own files)`);
  expect(offending, JSON.stringify(offending, null, 2)).toEqual([]);
  // The session did what it claims: pages were loaded, and the worker read its own index.
  expect(session.some((s) => s.url === server.url)).toBe(true);
});

// Regression: collectTextBlocks once skipped whitespace-only text nodes inside a block, so
// `<span>Mark</span> <span>Rutte</span>` was read as "MarkRutte" and never marked (the same with &nbsp;).
// Names split into first- and last-name spans are common in news markup.
test('6. a name split into inline elements separated only by a space is marked', async ({ page, server }) => {
  await page.goto(`${server.url}pages/nested-markup.html`);
  await marksOn(page, 3);
  // `<span class="first">Mark</span>&nbsp;<span class="last">Rutte</span>` in the second paragraph.
  await expect.poll(() => page.evaluate(markedTexts).then((t) => t['dramatis-person'])).toContain('Mark Rutte');
});
