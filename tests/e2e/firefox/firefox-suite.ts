/**
 * What most Firefox suites start with: the fixture server and one firefox-esr
 * with Dramatis, opened before the first test and closed after the last; with
 * `resetSettings`, every test starts from the default settings, whatever the
 * test before it chose.
 */
import { after, before, beforeEach } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { startServer, type RunningServer } from '../../../dev/server.ts';
import { launchFirefox, openPopup } from './firefox-session.ts';

export function firefoxSuite(ready: (browser: Browser, server: RunningServer) => void, options: { resetSettings?: boolean } = {}): void {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  before(async () => {
    server = await startServer();
    browser = await launchFirefox();
    ready(browser, server);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  if (options.resetSettings) beforeEach(() => resetSettings(browser!));
}

/** Clears the stored settings from an extension page, so that the defaults apply. */
export async function resetSettings(browser: Browser): Promise<void> {
  const popup = await openPopup(browser);
  await popup.evaluate(() =>
    (globalThis as unknown as { browser: { storage: { local: { remove(key: string): Promise<void> } } } }).browser.storage.local.remove('settings'),
  );
  await popup.close();
}
