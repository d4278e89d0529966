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

export async function annotatePage(doc: Document, signal: AbortSignal): Promise<void> {
  const started = performance.now();
  const root = findArticleRoot(doc);
  const blocks = withinRequestLimits(readArticle(doc, root));
  const { mentions } = await sendToBackground('findMentions', { texts: blocks.map((b) => b.text) });
  if (signal.aborted) return;
  const marks = new Marks(blocks, mentions);
  marks.show();
  signal.addEventListener('abort', () => Marks.clear(), { once: true });
  performance.measure('dramatis:annotate', { start: started, end: performance.now(), detail: { mentions: mentions.length, blocks: blocks.length } });

  const pageDate = publicationDate(doc, root);
  startCards(doc, marks, pageDate, signal);
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

function startCards(doc: Document, marks: Marks, pageDate: string | undefined, signal: AbortSignal): void {
  const view = doc.defaultView!;
  let request = 0;
  let anchor: DOMRect | undefined;

  const host = new CardHost(doc, (over) => hover.pointerOverCard(over));
  const hover: HoverIntent = new HoverIntent({
    open: (hit) => void openCard(hit),
    close: () => {
      request++;
      marks.setActive(undefined);
      host.hide();
    },
  });
  const renderCard = (state: CardState) => h(Card, { state, onClose: () => hover.closeNow() });

  async function openCard(hit: PointHit): Promise<void> {
    const mine = ++request;
    anchor = hit.rect;
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
        hover.pointerAt(mentionAtPoint(doc, marks, lastX, lastY));
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
}
