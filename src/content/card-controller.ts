/**
 * The cards of one annotation: a card session (card-session.ts) fed by the
 * pointer (pointer-tracking.ts), the keyboard and the shortcuts
 * (keyboard-stepping.ts), all torn down when `signal` aborts.
 */
import { CardSession } from './card-session.ts';
import { stepThroughArticle, watchKeyboard } from './keyboard-stepping.ts';
import type { MarkedMention, Marks } from './marks.ts';
import { trackPointer } from './pointer-tracking.ts';

export interface Cards {
  /** Our one element on the page, whose changes are not the page's. */
  host: Element;
  /** Scrolls to a mention and opens its card, focused. */
  goTo(mention: MarkedMention): void;
  /** The article's next (+1) or previous (-1) mention, for the shortcuts; false when nothing happened. */
  step(step: 1 | -1): boolean;
}

export function startCards(doc: Document, currentMarks: () => Marks, pageDate: string | undefined, signal: AbortSignal): Cards {
  const session = new CardSession(doc, currentMarks, pageDate, signal);
  trackPointer(doc, session, currentMarks, signal);
  watchKeyboard(doc, session, signal);
  return { host: session.host.element, goTo: (mention) => session.goTo(mention), step: (step) => stepThroughArticle(doc, session, currentMarks(), step) };
}
