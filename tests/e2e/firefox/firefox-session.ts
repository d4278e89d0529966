/**
 * firefox-esr with the built extension (dist/firefox) installed as a temporary
 * add-on, driven by puppeteer-core over WebDriver BiDi (Playwright cannot
 * drive a stock Firefox). Polling is explicit everywhere: Puppeteer's default
 * requestAnimationFrame polling can miss changes on an idle page.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { REPO_ROOT } from '../../../dev/gold.ts';
import { readMarksInPage, type PageMark } from '../../../dev/page-marks.ts';
import { typingIn } from '../../../src/content/editable-focus.ts';

/** The add-on's id, as the manifest declares it for addons.mozilla.org. */
export const GECKO_ID: string = JSON.parse(readFileSync(path.join(REPO_ROOT, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
/** Pinned so the popup has a known address. */
export const EXTENSION_UUID = 'd3b07384-d9a0-4c9b-8b3e-00000000d7a5';
export const POLL = { polling: 100, timeout: 10_000 } as const;

export async function launchFirefox(): Promise<Browser> {
  return launchFirefoxWith();
}

export interface FirefoxLaunchOptions {
  /** Install dist/firefox (the default); false gives the same browser without Dramatis. */
  withExtension?: boolean;
  /** Preferences on top of the session's own. */
  prefs?: Record<string, unknown>;
  /** Environment variables on top of this process's. */
  env?: Record<string, string>;
  /** Keep the first-run page that Dramatis opens on install; by default it is closed, so tests start from the pages they open. */
  keepFirstRunPage?: boolean;
}

/** Waits for the first-run page that a fresh install opens (background/first-run.ts) and returns it. */
export async function firstRunPage(browser: Browser): Promise<Page> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    // Puppeteer keeps reporting about:blank for a tab that went to a moz-extension:// page: ask the page itself.
    for (const page of await browser.pages()) {
      if (await page.evaluate(() => location.pathname === '/welcome.html').catch(() => false)) return page;
    }
    if (Date.now() > deadline) throw new Error('Dramatis opened no first-run page on install');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchFirefoxWith(options: FirefoxLaunchOptions = {}): Promise<Browser> {
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
      ...options.prefs,
    },
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
  });
  if (options.withExtension !== false) {
    try {
      await browser.installExtension(path.join(REPO_ROOT, 'dist/firefox'));
      if (!options.keepFirstRunPage) await (await firstRunPage(browser)).close();
    } catch (error) {
      // A Firefox the test never gets would outlive the run.
      await browser.close().catch(() => undefined);
      throw error;
    }
  }
  return browser;
}

/**
 * Preferences that send every HTTP(S) and WebSocket request of the browser,
 * its extensions and its own services included, through a proxy on
 * 127.0.0.1:`port` (see startRecordingProxy), and that keep Firefox's own
 * background services from calling out.
 */
export function recordedFirefoxPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    // Without it Firefox goes straight to 127.0.0.1 and localhost, around the proxy.
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.socks_remote_dns': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    // Remote settings ignore this pref in release builds unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (RECORDED_FIREFOX_ENV).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
  };
}

/** Lets `services.settings.server` take effect in a release build (services-settings/Utils.sys.mjs). */
export const RECORDED_FIREFOX_ENV = { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' } as const;

export interface RecordedRequest {
  /** `http` for a proxied request, `connect` for a tunnel (HTTPS, WSS), `direct` for a request that was not meant for a proxy. */
  kind: 'http' | 'connect' | 'direct';
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface RecordingProxy {
  port: number;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy that records every request it is asked for and passes on only
 * those to `allowedOrigin` (the local test server); everything else is
 * recorded and refused, so nothing leaves the machine.
 */
export async function startRecordingProxy(allowedOrigin: string): Promise<RecordingProxy> {
  const allowed = new URL(allowedOrigin);
  const requests: RecordedRequest[] = [];
  const proxy = http.createServer((req, res) => {
    const absolute = /^[a-z]+:\/\//i.test(req.url ?? '');
    const url = absolute ? req.url! : `http://${req.headers.host ?? 'unknown'}${req.url ?? ''}`;
    requests.push({ kind: absolute ? 'http' : 'direct', method: req.method ?? '', url, headers: { ...req.headers } });
    const target = new URL(url);
    if (!absolute || target.origin !== allowed.origin) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    const upstream = http.request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  proxy.on('connect', (req: http.IncomingMessage, socket: Duplex) => {
    requests.push({ kind: 'connect', method: 'CONNECT', url: `https://${req.url ?? ''}/`, headers: { ...req.headers } });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  proxy.on('upgrade', (req: http.IncomingMessage, socket: Duplex) => {
    requests.push({ kind: 'http', method: 'UPGRADE', url: req.url ?? '', headers: { ...req.headers } });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(url);
  return page;
}

export async function marksOn(page: Page, atLeast = 1): Promise<PageMark[]> {
  await page.waitForFunction(
    (n: number) => {
      const count = ['dramatis-person', 'dramatis-organization'].reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0);
      return count >= n;
    },
    POLL,
    atLeast,
  );
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

/** Opens the popup as a tab. */
export async function openPopup(browser: Browser): Promise<Page> {
  return openExtensionPage(browser, 'popup.html');
}

/**
 * Opens one of the extension's pages (popup.html, options.html, welcome.html) in a tab and waits for
 * its `data-ready`. Its navigation never resolves in Puppeteer, so poll the document instead.
 */
export async function openExtensionPage(browser: Browser, file: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  page.goto(`moz-extension://${EXTENSION_UUID}/${file}`, { timeout: 10_000 }).catch(() => {});
  await extensionPageReady(page, file);
  return page;
}

/** Waits until `page` shows the extension's `file` with its `data-ready` set. */
export async function extensionPageReady(page: Page, file: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate((path: string) => location.protocol === 'moz-extension:' && location.pathname === path && document.body?.dataset.ready === 'true', `/${file}`)
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${file} did not load`);
}

/**
 * What the worker does when the reader presses a stepping shortcut (commands API): it asks the tab's
 * content script to step. Puppeteer's keys go to the page, not through Firefox's own shortcut
 * handling, so the test sends the same request from one of the extension's pages. Returns whether the
 * page stepped, and brings `page` back to the front.
 */
export async function stepMentions(browser: Browser, page: Page, step: 1 | -1): Promise<boolean> {
  const helper = await openExtensionPage(browser, 'options.html');
  try {
    return await helper.evaluate(
      async (url: string, by: number) => {
        type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<{ stepped: boolean }> } };
        const api = (globalThis as unknown as { browser: Api }).browser;
        // Match patterns have no port: compare the tabs' addresses instead (host permissions let the extension see them).
        const tab = (await api.tabs.query({})).find((t) => t.url === url);
        return (await api.tabs.sendMessage(tab!.id!, { type: 'stepMentions', step: by })).stepped;
      },
      page.url(),
      step,
    );
  } finally {
    await helper.close();
    await page.bringToFront();
  }
}

/**
 * What the worker asks first when the reader presses the toggle-site shortcut: whether the reader is
 * typing in the tab, by running content/editable-focus.ts's `typingIn` there through
 * `scripting.executeScript({ func })`. The same call from one of the extension's pages; the function
 * travels as its source, as executeScript sends it. Brings `page` back to the front.
 */
export async function typingInTab(browser: Browser, page: Page): Promise<unknown> {
  const helper = await openExtensionPage(browser, 'options.html');
  try {
    return await helper.evaluate(`(async () => {
      const tab = (await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(page.url())});
      const [frame] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: ${typingIn.toString()} });
      return frame.result;
    })()`);
  } finally {
    await helper.close();
    await page.bringToFront();
  }
}

/** The extension's commands as the browser has them bound (name -> keys). */
export async function boundShortcuts(browser: Browser): Promise<Record<string, string>> {
  const helper = await openExtensionPage(browser, 'options.html');
  try {
    return await helper.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { commands: { getAll(): Promise<{ name: string; shortcut?: string }[]> } } }).browser;
      return Object.fromEntries((await api.commands.getAll()).map((c) => [c.name, c.shortcut ?? '']));
    });
  } finally {
    await helper.close();
  }
}
