/**
 * One annotation of the page, from start to abort: reads the article, has the
 * background find the mentions, shows them as highlights, and opens cards on
 * hover. Aborting the signal removes every mark, listener and the card.
 */
import { h } from 'preact';
import { MAX_BLOCKS, MAX_TEXT_CHARS, sendToBackground } from '../shared/messages.ts';
import { todayIso } from '../core/partial-date.ts';
import { collectTextBlocks, findArticleRoot, type TextBlock } from './article-text.ts';
import { Marks } from './marks.ts';
import { mentionAtPoint, type PointHit } from './mention-at-point.ts';
import { HoverIntent } from './hover-intent.ts';
import { CardHost } from './card/card-host.ts';
import { Card, type CardState } from './card/Card.tsx';
import { publicationDate } from './page-date.ts';
import { watchTextChanges } from './text-change-watcher.ts';

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

function startCards(doc: Document, currentMarks: () => Marks, pageDate: string | undefined, signal: AbortSignal): { host: Element } {
  const view = doc.defaultView!;
  let request = 0;
  let anchor: DOMRect | undefined;

  const host = new CardHost(doc, (over) => hover.pointerOverCard(over));
  const hover: HoverIntent = new HoverIntent({
    open: (hit) => void openCard(hit),
    close: () => {
      request++;
      Marks.clearActive();
      host.hide();
    },
  });
  const renderCard = (state: CardState) => h(Card, { state, onClose: () => hover.closeNow() });

  async function openCard(hit: PointHit): Promise<void> {
    const mine = ++request;
    anchor = hit.rect;
    const marks = currentMarks();
    marks.setActive(hit.mention);
    const label = hit.mention.range.toString();
    host.show(renderCard({ status: 'loading', label, type: hit.mention.type }), anchor);
    const asOf = pageDate ?? todayIso();
    const asked = performance.now();
    const { card, workerStartedAt } = await sendToBackground('getEntityCard', { id: hit.mention.entityId, asOf });
    performance.measure('dramatis:card-lookup', { start: asked, end: performance.now() });
    if (mine !== request || signal.aborted) return;
    const state: CardState = card
      ? { status: 'ready', card, mentionCount: marks.mentionsOf(card.id).length, dateFromPage: pageDate !== undefined, workerStartedAt }
      : { status: 'missing', label, type: hit.mention.type };
    host.update(renderCard(state), anchor);
  }

  // Pointer positions are sampled once per frame: caret lookups are not free.
  let frame = 0;
  let lastX = 0;
  let lastY = 0;
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    if (host.element.contains(event.target as Node)) return;
    lastX = event.clientX;
    lastY = event.clientY;
    if (frame === 0) {
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        hover.pointerAt(mentionAtPoint(doc, currentMarks(), lastX, lastY));
      });
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && hover.openMention) hover.closeNow();
  };
  const options = { capture: true, passive: true, signal };
  doc.addEventListener('pointermove', onPointerMove, options);
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
  view.addEventListener('scroll', () => hover.scrolled(), options);
  signal.addEventListener('abort', () => {
    if (frame !== 0) view.cancelAnimationFrame(frame);
    hover.closeNow();
    host.destroy();
  }, { once: true });
  return { host: host.element };
}
