/** The first-run page (welcome.html): opened once, when Dramatis is installed, so a new reader learns what the marks are and which keys to use. */
import browser, { type Runtime } from '../shared/browser-api.ts';

export function openFirstRunPageOnInstall(): void {
  browser.runtime.onInstalled.addListener((details: Runtime.OnInstalledDetailsType) => {
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') }).catch(() => undefined);
  });
}
