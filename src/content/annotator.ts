/**
 * One annotation of the page, from start to abort: reads the article, has the
 * background find the mentions, shows them as highlights, and opens cards on
 * hover. Aborting the signal removes every mark, listener and the card.
 */
import { MAX_BLOCKS, MAX_TEXT_CHARS, sendToBackground } from '../shared/messages.ts';
import { collectTextBlocks, findArticleRoot, type TextBlock } from './article-text.ts';
import { Marks } from './marks.ts';
import { publicationDate } from './page-date.ts';
import { watchTextChanges } from './text-change-watcher.ts';
import { startCards } from './card-controller.ts';

export async function annotatePage(doc: Document, signal: AbortSignal): Promise<void> {
  let marks = await annotationPass(doc);
  if (signal.aborted) return;
  marks.show();
  signal.addEventListener('abort', () => Marks.clear(), { once: true });
  const cards = startCards(doc, () => marks, publicationDate(doc, findArticleRoot(doc)), signal);

  // Text that changes later gets a fresh pass; one pass at a time, and the latest change always gets one.
  let running = false;
  let again = false;
  const repass = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const next = await annotationPass(doc);
        if (signal.aborted) return;
        marks = next;
        marks.show();
      } while (again);
    } finally {
      running = false;
    }
  };
  watchTextChanges(doc, cards.host, () => void repass().catch((error: unknown) => console.warn('Dramatis:', error)), signal);
}

/** Reads the article as it is now and finds its mentions. */
async function annotationPass(doc: Document): Promise<Marks> {
  const started = performance.now();
  const root = findArticleRoot(doc);
  const blocks = withinRequestLimits(readArticle(doc, root));
  const { mentions } = await sendToBackground('findMentions', { texts: blocks.map((b) => b.text) });
  const marks = new Marks(blocks, mentions);
  performance.measure('dramatis:annotate', { start: started, end: performance.now(), detail: { mentions: mentions.length, blocks: blocks.length } });
  return marks;
}

/** The article's blocks, with the page's main headline first when it stands outside the article element. */
function readArticle(doc: Document, root: Element): TextBlock[] {
  const headline = doc.querySelector('h1');
  const blocks = headline && !root.contains(headline) && !headline.contains(root) ? collectTextBlocks(headline) : [];
  return [...blocks, ...collectTextBlocks(root)];
}

/** The leading blocks that fit in one request; a pathological page is annotated only that far. */
function withinRequestLimits(blocks: TextBlock[]): TextBlock[] {
  let total = 0;
  const kept: TextBlock[] = [];
  for (const block of blocks) {
    total += block.text.length;
    if (total > MAX_TEXT_CHARS || kept.length >= MAX_BLOCKS) break;
    kept.push(block);
  }
  return kept;
}
