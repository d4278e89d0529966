/**
 * The content script's entry: follows the main switch live, starting an
 * annotation when Dramatis is on and tearing it down when it is switched off
 * or when the extension is reloaded under the page.
 */
import { extensionContextGone } from '../shared/browser-api.ts';
import { loadSettings, watchSettings, type Settings } from '../shared/settings.ts';
import { annotatePage } from './annotator.ts';

const lifetime = new AbortController();
let running: AbortController | undefined;

function apply(settings: Settings): void {
  if (settings.enabled && !running) {
    const current = new AbortController();
    running = current;
    annotatePage(document, current.signal).catch((error: unknown) => {
      if (extensionContextGone()) lifetime.abort();
      else console.warn('Dramatis could not annotate this page:', error);
    });
  } else if (!settings.enabled && running) {
    running.abort();
    running = undefined;
  }
}

lifetime.signal.addEventListener('abort', () => {
  running?.abort();
  running = undefined;
});

if (document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml') {
  watchSettings(apply, lifetime.signal);
  loadSettings().then(apply, () => lifetime.abort());
}
