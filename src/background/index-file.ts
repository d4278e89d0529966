/**
 * The package's own files, read as text. What a cold worker spends before its
 * first answer grows with the bytes it reads: `index.json` (about 630 KB) is
 * read when a request first needs recognition, and a card reads only its
 * record's shard (about 30 KB).
 *
 * Reading `index.json` as early as the worker starts was tried: in Chromium
 * 156 on two busy cores the read then delayed the worker's own script and the
 * delivery of the message that woke it, and the first mentions came no
 * sooner, while a worker woken for a card or a setting read the index for
 * nothing.
 */
import browser from '../shared/browser-api.ts';

export const INDEX_FILE = 'index.json';

export interface PackageText {
  text: string;
  /** When the read began and when the text was there (`performance.now()`). */
  started: number;
  read: number;
}

export async function readPackageText(file: string): Promise<PackageText> {
  const started = performance.now();
  // A file inside the extension package: this is not a network request.
  const response = await fetch(browser.runtime.getURL(file));
  const text = await response.text();
  return { text, started, read: performance.now() };
}
