/**
 * The popup: reads the settings and the current tab's page, renders the view,
 * and writes changes back to storage. The content script of the tab answers
 * for the page (its host name and its article's cast); where there is none
 * (browser pages, stores, sites the browser gives no access to), the popup
 * shows only the global settings, and says when site access is missing.
 */
import { render } from 'preact';
import { messagesReady } from '../shared/i18n.ts';
import browser from '../shared/browser-api.ts';
import { sendToPage } from '../shared/messaging.ts';
import type { Settings } from '../shared/settings.ts';
import { loadSettings, saveSettings, setSiteActive, watchSettings } from '../shared/settings-store.ts';
import { ALL_SITES, hasAllSitesAccess } from '../shared/site-access.ts';
import { Popup, type PageInfo } from './Popup.tsx';

const app = document.getElementById('app')!;
const lifetime = new AbortController();
let settings: Settings | undefined;
let page: PageInfo | null = null;
let tabId: number | undefined;
let allSitesAccess = true;

/** The tab the popup speaks for: the active one, or, when the popup was opened as a tab itself, the last one used. */
async function targetTab(): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

async function refreshPage(): Promise<void> {
  allSitesAccess = await hasAllSitesAccess();
  page = tabId === undefined ? null : await sendToPage(tabId, 'getPageInfo', {}).catch(() => null);
  show();
}

async function openPage(which: 'options' | 'privacy'): Promise<void> {
  if (which === 'options') await browser.runtime.openOptionsPage();
  else await browser.tabs.create({ url: browser.runtime.getURL('privacy.html') });
  window.close();
}

function show(): void {
  if (!settings) return;
  render(
    <Popup
      settings={settings}
      page={page}
      allSitesAccess={allSitesAccess}
      onChange={(patch) => void saveSettings(patch)}
      onSiteActive={(host, active) => void setSiteActive(host, active)}
      // Called from the click itself: browsers ask for permissions only from a user action.
      onRequestAccess={() => void browser.permissions.request({ origins: [...ALL_SITES] }).then(() => refreshPage())}
      onOpenPage={(which) => void openPage(which)}
      onShowEntity={(entityId) => {
        if (tabId !== undefined) void sendToPage(tabId, 'showEntity', { entityId }).then(() => window.close());
      }}
    />,
    app,
  );
}

void (async () => {
  await messagesReady();
  settings = await loadSettings();
  tabId = await targetTab();
  await refreshPage();
  watchSettings((next) => {
    settings = next;
    show();
    // The page re-annotates after a change; ask again once it has.
    setTimeout(() => void refreshPage(), 700);
  }, lifetime.signal);
  browser.permissions.onAdded.addListener(() => void refreshPage());
  browser.permissions.onRemoved.addListener(() => void refreshPage());
  // Tests wait for this before they click.
  document.body.dataset.ready = 'true';
})();
