/**
 * Chrome runs a newly installed or updated extension's content scripts only in
 * pages loaded after that, so tabs that were already open would stay without
 * Dramatis until reloaded (Firefox injects into them itself). Here the content
 * script and its stylesheet are injected into those tabs.
 */
import browser, { type Runtime } from '../shared/browser-api.ts';
import { sendToPage } from '../shared/messaging.ts';

export function injectIntoOpenTabsOnInstall(): void {
  browser.runtime.onInstalled.addListener((details: Runtime.OnInstalledDetailsType) => {
    if (details.reason === 'install' || details.reason === 'update') void injectIntoOpenTabs();
  });
}

async function injectIntoOpenTabs(): Promise<void> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  for (const script of scripts) {
    const tabs = await browser.tabs.query({ url: script.matches, discarded: false });
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined) return;
        try {
          await injectUnlessPresent(tab.id, script.js ?? [], script.css ?? []);
        } catch {
          // A tab that closed or navigated meanwhile, or a page that cannot be scripted (an error page).
        }
      }),
    );
  }
}

async function injectUnlessPresent(tabId: number, js: string[], css: string[]): Promise<void> {
  // A content script of this version that answers is already there: Firefox put it there, or the tab loaded after the update.
  const present = await sendToPage(tabId, 'getPageInfo', {}).then(
    () => true,
    () => false,
  );
  if (present) return;
  const target = { tabId };
  if (css.length > 0) await browser.scripting.insertCSS({ target, files: css });
  if (js.length > 0) await browser.scripting.executeScript({ target, files: js });
}
