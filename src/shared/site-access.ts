/**
 * Whether the browser lets Dramatis read every site. Both browsers let a
 * reader withhold host access (Chrome's "On click" / "On specific sites",
 * Firefox's per-site controls for Manifest V3 add-ons), and then the content
 * script does not run on the sites withheld.
 */
import browser from './browser-api.ts';

export const ALL_SITES = ['http://*/*', 'https://*/*'] as const;

export async function hasAllSitesAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: [...ALL_SITES] }).catch(() => false);
}
