/** The keyboard shortcut (commands API) that pauses or resumes Dramatis on the current tab's site (or, in 'only these sites' mode, allows it there or not). */
import browser from '../shared/browser-api.ts';
import { sendToPage } from '../shared/messages.ts';
import { loadSettings, setSiteActive, siteAllowed } from '../shared/settings.ts';

export const TOGGLE_SITE_COMMAND = 'toggle-site';

export function listenForSiteShortcut(): void {
  browser.commands.onCommand.addListener((command: string) => {
    if (command === TOGGLE_SITE_COMMAND) void toggleCurrentSite().catch((error: unknown) => console.warn('Dramatis:', error));
  });
}

async function toggleCurrentSite(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // The page's own content script knows its host, so no "tabs" permission is needed to read the URL.
  const page = await sendToPage(tab.id, 'getPageInfo', {}).catch(() => undefined);
  if (!page) return;
  const settings = await loadSettings();
  await setSiteActive(page.host, !siteAllowed(settings, page.host));
}
