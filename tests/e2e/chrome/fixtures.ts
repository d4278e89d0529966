/**
 * Playwright fixtures: Debian's Chromium with the built extension in a fresh
 * profile for every test, the test pages served on 127.0.0.1, and every
 * request that is not to that server blocked.
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchChromiumWithExtension } from '../../../dev/chromium-extension.ts';
import { startServer, type RunningServer } from '../../../dev/server.ts';
import { readMarksInPage, type PageMark } from '../../../dev/page-marks.ts';

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

export const test = base.extend<Fixtures, { server: RunningServer }>({
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ server }, use) => {
    const { context, close } = await launchChromiumWithExtension();
    // Pages come from our server only; anything else would be a request that leaves the machine.
    await context.route(/^https?:\/\//, (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    await use(context);
    await close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export { expect };

/** Waits until the page has marks (at least `atLeast`), then returns them. */
export async function marksOn(page: Page, atLeast = 1): Promise<PageMark[]> {
  await expect.poll(async () => (await page.evaluate(readMarksInPage)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(atLeast);
  return page.evaluate(readMarksInPage);
}

/** Moves the pointer onto the middle of a mark. */
export async function hoverMark(page: Page, mark: PageMark): Promise<void> {
  await page.mouse.move(mark.rect.x + mark.rect.width / 2, mark.rect.y + mark.rect.height / 2, { steps: 2 });
}

export const card = (page: Page) => page.locator('#dramatis-card-host .card');

/**
 * A keyboard shortcut of the commands API, as the browser delivers it to the worker when the reader
 * presses the keys on `page`. Synthesized key events go to the page, not through the browser's own
 * shortcut handling, so the test dispatches the command event the browser would send.
 */
export async function runCommand(page: Page, serviceWorker: Worker, command: 'next-mention' | 'previous-mention' | 'toggle-site'): Promise<void> {
  await page.bringToFront();
  await serviceWorker.evaluate((name) => {
    const onCommand = (globalThis as unknown as { chrome: { commands: { onCommand: { dispatch(name: string): void } } } }).chrome.commands.onCommand;
    onCommand.dispatch(name);
  }, command);
}
