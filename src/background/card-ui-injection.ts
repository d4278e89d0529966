/**
 * Injects the card's UI (`card.js`) into the frame of a content script that
 * asks for it, on the first card a reader wants there. It runs in that
 * content script's isolated world (the default of `executeScript`), where it
 * leaves its factory for the content script; the page's own scripts never see
 * it, and no file of ours becomes web-accessible.
 */
import browser, { type Runtime } from '../shared/browser-api.ts';
import type { ResponseOf } from '../shared/messages.ts';

const CARD_UI_FILE = 'card.js';

export async function injectCardUi(sender: Runtime.MessageSender): Promise<ResponseOf<'loadCardUi'>> {
  // Only a content script in a tab asks; the popup has no tab to inject into.
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined || !/^https?:/.test(sender.url ?? '')) return { loaded: false };
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CARD_UI_FILE] });
  return { loaded: true };
}
