/**
 * Reading the package's own files, and `index.json` as early as the worker
 * starts: the file is then read while the rest of the worker's script is
 * evaluated and the message that woke it is delivered, instead of after. Only
 * the text is read ahead; it is parsed when a request needs recognition, so
 * that a worker woken for a card (which reads one small shard) does not spend
 * its time parsing an index it does not need.
 */
import browser from '../shared/browser-api.ts';

export const INDEX_FILE = 'index.json';

export interface PackageText {
  text: string;
  /** When the read began and when the text was there (`performance.now()`). */
  started: number;
  read: number;
}

let indexText: Promise<PackageText> | undefined;

export function startReadingIndex(): void {
  indexText ??= readPackageText(INDEX_FILE);
  // A failed read is not an unhandled rejection here: whoever takes it sees the error and reads again.
  indexText.catch(() => undefined);
}

/** The text of `index.json`, from the read begun at start-up if there was one. Handed out once: the worker keeps the parsed index, not the text. */
export function takeIndexText(): Promise<PackageText> {
  const text = indexText ?? readPackageText(INDEX_FILE);
  indexText = undefined;
  return text;
}

export async function readPackageText(file: string): Promise<PackageText> {
  const started = performance.now();
  // A file inside the extension package: this is not a network request.
  const response = await fetch(browser.runtime.getURL(file));
  const text = await response.text();
  return { text, started, read: performance.now() };
}
