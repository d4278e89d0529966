/**
 * The content script outlives its extension when the extension is reloaded,
 * updated or removed under an open page: Chrome leaves the old script running
 * with its API gone ("Extension context invalidated"), Firefox stops it but
 * leaves what it put on the page. Here an orphaned annotator notices and
 * cleans up, and a new one clears what a stopped one left behind.
 */
import { extensionContextGone } from '../shared/browser-api.ts';
import { CARD_HOST_ID } from './card/card-host.ts';
import { clearHighlights } from './highlights.ts';

/** Dispatched on the document by each new content script; an orphaned one hears it. */
const STARTED_EVENT = 'dramatis-content-script-started';

/**
 * Asks an orphaned copy of this script to clean up after itself, then removes
 * whatever a copy that can no longer run left on the page (its marks, its card host).
 */
export function takeOverPage(doc: Document): void {
  doc.dispatchEvent(new Event(STARTED_EVENT));
  clearHighlights();
  for (const stale of doc.querySelectorAll(`#${CARD_HOST_ID}`)) stale.remove();
}

/**
 * Calls `onGone` when this script's extension context is gone, checked when a
 * newer script starts and whenever the reader acts on the page (the next hover
 * must find no stale script in its way), until `signal` aborts.
 */
export function watchExtensionContext(doc: Document, onGone: () => void, signal: AbortSignal): void {
  const check = () => {
    if (extensionContextGone()) onGone();
  };
  // Capture listeners registered before the card's, so an orphan is gone before it would handle the event.
  const options = { capture: true, passive: true, signal };
  for (const type of [STARTED_EVENT, 'pointermove', 'pointerdown', 'keydown', 'visibilitychange']) doc.addEventListener(type, check, options);
  doc.defaultView?.addEventListener('pageshow', check, options);
}
