/** Debian's Chromium with the built extension (dist/chrome), or another unpacked one, in a fresh profile: for tests, scripts and the bench. */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './gold.ts';

const EXTENSION_DIR = path.join(REPO_ROOT, 'dist/chrome');

export interface ExtensionBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** An unpacked extension to load instead of dist/chrome (the bench's floors). */
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
  hasTouch?: boolean;
  /**
   * The profile's developer mode, as a developer who loads the extension unpacked has it on. Without it
   * `chrome.runtime.reload()` leaves the extension disabled (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION).
   */
  developerMode?: boolean;
  /** Playwright turns the back-forward cache off (`--disable-back-forward-cache`); true keeps it, as for readers. */
  backForwardCache?: boolean;
  /** Keep the first-run page that Dramatis opens on install; by default it is closed, so tests start from the pages they open. */
  keepFirstRunPage?: boolean;
}

/** Waits for the first-run page that a fresh install opens (background/first-run.ts) and returns it. */
export async function firstRunPage(context: BrowserContext): Promise<Page> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) return page;
    if (Date.now() > deadline) throw new Error('Dramatis opened no first-run page on install');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchChromiumWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extension = options.extensionDir ?? EXTENSION_DIR;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dramatis-chromium-'));
  if (options.developerMode) {
    await mkdir(path.join(dir, 'Default'));
    await writeFile(path.join(dir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.hasTouch ?? false,
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    args: [
      // Playwright disables extensions by default; this lets ours, and only ours, load.
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  // Another extension (the bench's floors) opens no first-run page.
  if (!options.keepFirstRunPage && options.extensionDir === undefined) await (await firstRunPage(context)).close();
  return {
    context,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
