/** Sends the protocols' requests through the browser API and checks each answer's shape before use. */
import browser from './browser-api.ts';
import { isResponse, type MessageType, type Protocol, type ResponseOf } from './messages.ts';
import { isPageResponse, type PageMessageType, type PageProtocol } from './page-messages.ts';

/** Sends a request to the background worker. */
export async function sendToBackground<K extends MessageType>(type: K, request: Protocol[K]['request']): Promise<ResponseOf<K>> {
  const response: unknown = await browser.runtime.sendMessage({ type, ...request });
  if (!isResponse(type, response)) throw new Error(`Dramatis: malformed answer to ${type}`);
  return response;
}

/** Sends a request to the content script of a tab. */
export async function sendToPage<K extends PageMessageType>(tabId: number, type: K, request: PageProtocol[K]['request']): Promise<PageProtocol[K]['response']> {
  const response: unknown = await browser.tabs.sendMessage(tabId, { type, ...request });
  if (!isPageResponse(type, response)) throw new Error(`Dramatis: malformed answer to ${type}`);
  return response;
}
