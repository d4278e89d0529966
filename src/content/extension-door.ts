/**
 * The first content script's door to the browser API: the browser's own
 * promise-based namespace, without webextension-polyfill, which would be
 * about 11 KB of the first script's 5 KB budget (every other context uses
 * browser-api.ts). In Manifest V3 both browsers return promises from the
 * calls typed here. A listener answers through `sendResponse`: Chrome
 * ignores a promise that an onMessage listener returns, Firefox takes both.
 */

export interface MessageSender {
  id?: string;
}

export type MessageListener = (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => undefined;
type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

interface Listeners<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

export interface ExtensionApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Listeners<MessageListener>;
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: Listeners<StorageListener>;
  };
}

type Namespaces = { browser?: ExtensionApi; chrome?: ExtensionApi };

/** Firefox's `browser`, else Chrome's `chrome`; undefined outside an extension. */
export const extensionApi = (globalThis as Namespaces).browser ?? (globalThis as Namespaces).chrome;

/** True once the extension was reloaded, updated or removed under this script ("Extension context invalidated"). */
export function contextGone(): boolean {
  try {
    return !extensionApi?.runtime?.id;
  } catch {
    return true;
  }
}
