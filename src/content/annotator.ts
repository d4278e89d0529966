/**
 * One annotation of the page, from start to abort: a first pass over the
 * article, another after its text changes (text-change-watcher.ts,
 * pass-scheduler.ts), the marks shown (or, in the "while Alt is held" mode,
 * shown only while the key is held), and the cards. Aborting the signal
 * removes every mark, listener and the card.
 */
import type { CastEntry } from '../shared/page-messages.ts';
import { readAndMark } from './annotation-pass.ts';
import { startCards } from './card-controller.ts';
import { castOf } from './cast.ts';
import { clearHighlights, showMarks } from './highlights.ts';
import type { MarkView } from './mark-filter.ts';
import { Marks } from './marks.ts';
import { watchModifier } from './modifier-key.ts';
import { publicationDate } from './page-date.ts';
import { PassScheduler } from './pass-scheduler.ts';
import { TextChangeWatcher } from './text-change-watcher.ts';

/** What the popup can ask of a running annotation. */
export interface Annotation {
  cast(): CastEntry[];
  /** False when the reader asked for the article and the page has none (a home page, a search page, a shop). */
  hasArticle(): boolean;
  /** Scrolls to the entity's first mention and opens its card; false when it has none. */
  show(entityId: string): boolean;
  /** The article's next (+1) or previous (-1) mention and its card, for the shortcuts; false when nothing happened. */
  step(step: 1 | -1): boolean;
}

const EMPTY_MARKS = new Marks();

export async function annotatePage(doc: Document, view: MarkView, signal: AbortSignal): Promise<Annotation | undefined> {
  let marks = EMPTY_MARKS;
  let hasArticle = true;
  let shown = view.markMode !== 'modifier';
  if (!shown) {
    watchModifier(
      doc,
      (held) => {
        shown = held;
        if (held) showMarks(marks);
        else clearHighlights();
      },
      signal,
    );
  }
  signal.addEventListener('abort', () => clearHighlights(), { once: true });
  // The date is wanted before the first pass has found the article: the marked-up body, else the first <article> or main region.
  const dateScope = doc.querySelector('[itemprop~="articleBody"], article, main, [role="main"]') ?? doc.body ?? doc.documentElement;
  const cards = startCards(doc, () => (shown ? marks : EMPTY_MARKS), publicationDate(doc, dateScope), signal);

  // Text that changes later gets a fresh pass, batched at idle and within a budget (pass-scheduler.ts).
  const passes = new PassScheduler(
    doc.defaultView!,
    async () => {
      // The pass has the watcher follow what it reads from before it reads it: a page that hydrates or
      // re-renders while the pass waits for the worker gets another pass, instead of keeping marks on text
      // that is gone until its next change.
      const pass = await readAndMark(doc, view, (read) => watcher.watch(read));
      if (signal.aborted) return pass.mainThreadMs;
      marks = pass.marks;
      hasArticle = pass.hasArticle;
      const showing = performance.now();
      if (shown) showMarks(marks);
      return pass.mainThreadMs + performance.now() - showing;
    },
    signal,
  );
  const watcher = new TextChangeWatcher(cards.host, () => passes.request(), signal);
  await passes.runNow();
  if (signal.aborted) return undefined;
  return {
    cast: () => castOf(marks),
    hasArticle: () => hasArticle,
    show: (entityId) => {
      const first = marks.mention(marks.indicesOf(entityId)[0] ?? -1);
      if (first) cards.goTo(first);
      return first !== undefined;
    },
    step: (step) => cards.step(step),
  };
}
