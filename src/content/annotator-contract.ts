/**
 * What the annotator (`annotator.js`: reading the article, marks, cards)
 * offers the first content script, which loads it only on a page that can
 * hold an article, once the page is idle. The worker injects it into the
 * first script's isolated world (annotator-loader.ts), where it leaves its
 * factory under ANNOTATOR_KEY; the page's own scripts never see that world.
 */
import type { AnyPageRequest, PageResponse } from '../shared/page-messages.ts';
import type { Settings } from '../shared/settings.ts';

export const ANNOTATOR_KEY = Symbol.for('dramatis.annotator');

export interface Annotator {
  /** The settings changed: start, restart or stop the annotation, change the look. */
  apply(settings: Settings): void;
  /** Answers the popup's and the worker's questions about the page. */
  answer(request: AnyPageRequest): PageResponse;
}

/** Starts the annotator with the current settings; `onGone` is called when the extension went away under the page. */
export type AnnotatorFactory = (settings: Settings, onGone: () => void) => Annotator;
