/**
 * The keyboard shortcuts, through the commands API, so that readers can
 * change them in the browser's shortcut settings (chrome://extensions/shortcuts,
 * Firefox's add-on manager) and the browser, not the page, owns the keys:
 * toggle-site pauses or resumes the current site, next-mention and
 * previous-mention step through the article's mentions. The page's own
 * content script knows its host and its marks, so no "tabs" permission is needed.
 */
import browser from '../shared/browser-api.ts';
import { sendToPage } from '../shared/messaging.ts';
import { siteAllowed } from '../shared/settings.ts';
import { loadSettings, setSiteActive } from '../shared/settings-store.ts';
import { typingIn } from '../content/editable-focus.ts';

export const TOGGLE_SITE_COMMAND = 'toggle-site';
export const NEXT_MENTION_COMMAND = 'next-mention';
export const PREVIOUS_MENTION_COMMAND = 'previous-mention';

/** The step through the article's mentions that a command asks for, if it is a stepping command. */
export function stepOf(command: string): 1 | -1 | undefined {
  return command === NEXT_MENTION_COMMAND ? 1 : command === PREVIOUS_MENTION_COMMAND ? -1 : undefined;
}

export function listenForShortcuts(): void {
  browser.commands.onCommand.addListener((command: string) => {
    void runCommand(command).catch((error: unknown) => console.warn('Dramatis:', error));
  });
}

async function runCommand(command: string): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const step = stepOf(command);
  // A tab where Dramatis does not run (a browser page, a site without access) has no content script to answer.
  if (step !== undefined) await sendToPage(tab.id, 'stepMentions', { step }).catch(() => undefined);
  else if (command === TOGGLE_SITE_COMMAND) await toggleSite(tab.id);
}

/** Pauses or resumes Dramatis on the tab's site (or, in 'only these sites' mode, allows it there or not), unless the reader is typing there. */
async function toggleSite(tabId: number): Promise<void> {
  if (await typingInTab(tabId)) return;
  const page = await sendToPage(tabId, 'getPageInfo', {}).catch(() => undefined);
  if (!page) return;
  const settings = await loadSettings();
  await setSiteActive(page.host, !siteAllowed(settings, page.host));
}

/**
 * Whether the reader is typing in the tab's page, asked there and then rather than by the content script
 * (the stepping shortcuts ask the annotator, which has the same check), so the first content script on
 * every page stays without it. True when the page cannot be asked: nothing is toggled then.
 */
async function typingInTab(tabId: number): Promise<boolean> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: typingIn }).catch(() => []);
  return frame?.result !== false;
}
