/**
 * The annotator (`annotator.js`), which the first content script loads on a
 * page that can hold an article: it follows the settings it is handed (the
 * main switch, the site's pause, what to mark and where), starting an
 * annotation when Dramatis is active here and tearing it down when it is
 * switched off, paused, or when the extension is reloaded under the page. A
 * single-page app's move to another article starts a fresh annotation.
 */
import { extensionContextGone } from '../shared/browser-api.ts';
import type { AnyPageRequest, PageResponse } from '../shared/page-messages.ts';
import { activeOn, type Settings } from '../shared/settings.ts';
import { ANNOTATOR_KEY, type AnnotatorFactory } from './annotator-contract.ts';
import { annotatePage, type Annotation } from './annotator.ts';
import { takeOverPage, watchExtensionContext } from './extension-lifetime.ts';
import { setMarkLook } from './highlights.ts';
import { markViewOf } from './mark-filter.ts';
import { watchPageAddress } from './page-navigation.ts';

interface Running {
  controller: AbortController;
  /** The mark settings it was started with: a change restarts it. */
  view: string;
  annotation?: Annotation | undefined;
}

const startAnnotator: AnnotatorFactory = (initial, onGone) => {
  const lifetime = new AbortController();
  let running: Running | undefined;
  let latest = initial;

  const apply = (settings: Settings): void => {
    latest = settings;
    if (lifetime.signal.aborted) return;
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
  };

  const answer = (request: AnyPageRequest): PageResponse => {
    switch (request.type) {
      case 'getPageInfo':
        return { host: location.hostname, cast: running?.annotation?.cast() ?? [], article: running?.annotation?.hasArticle() ?? true };
      case 'showEntity':
        return { shown: running?.annotation?.show(request.entityId) ?? false };
      case 'stepMentions':
        return { stepped: running?.annotation?.step(request.step) ?? false };
    }
  };

  /** Another article in the same document (single-page app): its marks, cast and date start from scratch. */
  const restart = (): void => {
    if (!running) return;
    running.controller.abort();
    running = undefined;
    apply(latest);
  };

  lifetime.signal.addEventListener(
    'abort',
    () => {
      running?.controller.abort();
      running = undefined;
      onGone();
    },
    { once: true },
  );
  takeOverPage(document);
  watchExtensionContext(document, () => lifetime.abort(), lifetime.signal);
  watchPageAddress(document, restart, lifetime.signal);
  apply(initial);
  return { apply, answer };
};

(globalThis as { [ANNOTATOR_KEY]?: AnnotatorFactory })[ANNOTATOR_KEY] = startAnnotator;
