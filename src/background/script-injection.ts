/**
 * Injects a script of ours into the frame of the content script that asks
 * for it: the annotator (`annotator.js`) when the first content script has
 * found an article, the card's UI (`card.js`) on the first card a reader
 * wants there. They run in that content script's isolated world (the default
 * of `executeScript`), where they leave their factory for it; the page's own
 * scripts never see them, and no file of ours becomes web-accessible.
 */
import browser, { type Runtime } from '../shared/browser-api.ts';

export const ANNOTATOR_FILE = 'annotator.js';
export const CARD_UI_FILE = 'card.js';

export async function injectIntoSender(sender: Runtime.MessageSender, file: typeof ANNOTATOR_FILE | typeof CARD_UI_FILE): Promise<{ loaded: boolean }> {
  // Only a content script in a tab asks; the popup has no tab to inject into.
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined || !/^https?:/.test(sender.url ?? '')) return { loaded: false };
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  return { loaded: true };
}
