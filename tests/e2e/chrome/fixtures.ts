/**
 * Playwright fixtures that launch Debian's Chromium with the built extension
 * (dist/chrome) in a fresh profile, serve the test pages on 127.0.0.1, and
 * block every request that is not to that server.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../support/gold.ts';
import { startServer, type RunningServer } from '../../support/server.ts';
import { readMarksInPage, type PageMark } from '../../support/page-marks.ts';

const EXTENSION_DIR = path.join(REPO_ROOT, 'dist/chrome');

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
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dramatis-e2e-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1200, height: 900 },
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    // Pages come from our server only; anything else would be a request that leaves the machine.
    await context.route(/^https?:\/\//, (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    await use(context);
    await context.close();
    await rm(dir, { recursive: true, force: true });
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

/** Waits until the page has marks (or the given count), then returns them. */
export async function marksOn(page: Page, atLeast = 1): Promise<PageMark[]> {
  await expect.poll(async () => (await page.evaluate(readMarksInPage)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(atLeast);
  return page.evaluate(readMarksInPage);
}

/** Moves the pointer onto the middle of a mark. */
export async function hoverMark(page: Page, mark: PageMark): Promise<void> {
  await page.mouse.move(mark.rect.x + mark.rect.width / 2, mark.rect.y + mark.rect.height / 2, { steps: 2 });
}

export const card = (page: Page) => page.locator('#dramatis-card-host .card');
