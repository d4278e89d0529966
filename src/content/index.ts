/**
 * The content script's entry: follows the settings live (the main switch, the
 * site's pause, what to mark and where), starting an annotation when Dramatis is active
 * here and tearing it down when it is switched off, paused, or when the
 * extension is reloaded under the page. A single-page app's move to another
 * article starts a fresh annotation. Answers the popup's questions.
 */
import browser, { extensionContextGone, type Runtime } from '../shared/browser-api.ts';
import { activeOn, loadSettings, watchSettings, type Settings } from '../shared/settings.ts';
import { parsePageRequest, type AnyPageRequest, type PageProtocol } from '../shared/messages.ts';
import { annotatePage, type Annotation } from './annotator.ts';
import { setMarkLook } from './highlights.ts';
import { markViewOf } from './mark-filter.ts';
import { claimWorld, takeOverPage, watchExtensionContext } from './extension-lifetime.ts';
import { watchPageAddress } from './page-navigation.ts';

const lifetime = new AbortController();
interface Running {
  controller: AbortController;
  /** The mark settings it was started with: a change restarts it. */
  view: string;
  annotation?: Annotation | undefined;
}

let running: Running | undefined;
let latest: Settings | undefined;

function apply(settings: Settings): void {
  latest = settings;
  // The look changes only the highlights' names, so it needs no new annotation.
  setMarkLook(settings.markLook);
  const view = markViewOf(settings);
  const viewKey = JSON.stringify(view);
  const active = activeOn(settings, location.hostname);
  if (running && (!active || running.view !== viewKey)) {
    running.controller.abort();
    running = undefined;
  }
  if (!active || running) return;
  const current: Running = { controller: new AbortController(), view: viewKey };
  running = current;
  annotatePage(document, view, current.controller.signal).then(
    (annotation) => (current.annotation = annotation),
    (error: unknown) => {
      if (extensionContextGone()) lifetime.abort();
      else console.warn('Dramatis could not annotate this page:', error);
    },
  );
}

function answer(request: AnyPageRequest): PageProtocol[AnyPageRequest['type']]['response'] {
  switch (request.type) {
    case 'getPageInfo':
      return { host: location.hostname, cast: running?.annotation?.cast() ?? [], article: running?.annotation?.hasArticle() ?? true };
    case 'showEntity':
      return { shown: running?.annotation?.show(request.entityId) ?? false };
    case 'stepMentions':
      return { stepped: running?.annotation?.step(request.step) ?? false };
  }
}

/** Another article in the same document (single-page app): its marks, cast and date start from scratch. */
function restart(): void {
  if (!running || !latest) return;
  running.controller.abort();
  running = undefined;
  apply(latest);
}

/** Runs `remove`, which may throw once the extension context is gone: the page must see no error. */
function quietly(remove: () => void): void {
  try {
    remove();
  } catch {
    // The listener went with the context.
  }
}

lifetime.signal.addEventListener('abort', () => {
  running?.controller.abort();
  running = undefined;
});

const isDocument = document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml';
if (isDocument && claimWorld()) {
  takeOverPage(document);
  watchExtensionContext(document, () => lifetime.abort(), lifetime.signal);
  watchPageAddress(document, restart, lifetime.signal);
  watchSettings(apply, lifetime.signal);
  loadSettings().then(apply, () => lifetime.abort());
  const onMessage = (message: unknown, sender: Runtime.MessageSender) => {
    // Only our own popup and worker talk to this script: a page cannot send runtime messages.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parsePageRequest(message);
    return request ? Promise.resolve(answer(request)) : undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.signal.addEventListener('abort', () => quietly(() => browser.runtime.onMessage.removeListener(onMessage)), { once: true });
}
