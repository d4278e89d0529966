/**
 * The one door to the WebExtension API. webextension-polyfill gives Chrome the
 * promise-based `browser.*` namespace that Firefox has natively.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
export default browser;

/**
 * True once the extension was reloaded, updated or removed under a running
 * content script: its API calls then throw "Extension context invalidated"
 * (Chrome) and it must clean up instead of carrying on.
 */
export function extensionContextGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}
