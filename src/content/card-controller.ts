/**
 * Opens, fills and closes the card: on hover (with hover intent), from the
 * keyboard (Alt+Shift+N / Alt+Shift+P step through the article's mentions),
 * and from the card itself (previous / next mention, an affiliation's card).
 */
import { sendToBackground, type ResponseOf } from '../shared/messages.ts';
import { todayIso } from '../core/partial-date.ts';
import { Marks, type MarkedMention } from './marks.ts';
import { mentionAtPoint, type PointHit } from './mention-at-point.ts';
import { HoverIntent } from './hover-intent.ts';
import { CardHost } from './card/card-host.ts';
import type { CardState } from './card/Card.tsx';
import type { CardViewProps } from './card/card-ui-contract.ts';
import { loadCardUi } from './card/card-ui-loader.ts';

/** How long a mention stays flashed after the card's previous/next buttons scroll to it. */
const FLASH_MS = 900;

export function startCards(doc: Document, currentMarks: () => Marks, pageDate: string | undefined, signal: AbortSignal): { host: Element; goTo: (mention: MarkedMention) => void } {
  const view = doc.defaultView!;
  let request = 0;
  let anchor: DOMRect | undefined;
  let current: MarkedMention | undefined;
  /** Where focus was before the keyboard opened a card: it goes back there on close. */
  let focusBefore: Element | null = null;
  /** Set when the keyboard or the card's own buttons open a card: it then takes focus. */
  let focusOnOpen = false;

  const host = new CardHost(doc, (over) => hover.pointerOverCard(over));
  const hover: HoverIntent = new HoverIntent({
    open: (hit) => {
      void openCard(hit.mention, hit.rect, hit.mention.entityId, focusOnOpen);
      focusOnOpen = false;
    },
    close: () => {
      request++;
      current = undefined;
      Marks.clearActive();
      host.hide();
      if (focusBefore instanceof HTMLElement && focusBefore.isConnected) focusBefore.focus({ preventScroll: true });
      focusBefore = null;
    },
  });

  async function openCard(mention: MarkedMention, rect: DOMRect, entityId: string, focus: boolean): Promise<void> {
    const mine = ++request;
    anchor = rect;
    current = mention;
    const marks = currentMarks();
    marks.setActive(mention);
    const label = entityId === mention.entityId ? mention.range.toString() : '…';
    const render = (state: CardState): CardViewProps => ({
      state,
      onClose: () => hover.closeNow(),
      onStep: (step: number) => stepWithinEntity(step),
      onOpenEntity: (id: string) => void openCard(mention, rect, id, true),
    });
    // The card's UI comes with the first card (card-ui-loader.ts); asked already when the pointer reached a mark.
    const ui = await loadCardUi().catch(() => undefined);
    if (mine !== request || signal.aborted) return;
    if (!ui) {
      hover.closeNow();
      return;
    }
    host.show(ui, render({ status: 'loading', label, type: mention.type }), anchor);
    if (focus) host.focusCard();
    const asked = performance.now();
    let answer: ResponseOf<'getEntityCard'>;
    try {
      answer = await sendToBackground('getEntityCard', { id: entityId, asOf: pageDate ?? todayIso() });
    } catch {
      // The worker failed or the extension went away under the page: say so in the card, throw nothing into the page.
      if (mine === request && !signal.aborted) host.update(render({ status: 'missing', label, type: mention.type }), anchor);
      return;
    }
    const { card, workerStartedAt } = answer;
    performance.measure('dramatis:card-lookup', { start: asked, end: performance.now() });
    if (mine !== request || signal.aborted) return;
    const all = card ? marks.indicesOf(card.id) : [];
    const mentionIndex = mention.marks === marks ? all.indexOf(mention.index) : -1;
    const descriptors = descriptorsOf(all.map((i) => marks.descriptorAt(i)));
    const state: CardState = card
      ? { status: 'ready', card, mentionCount: all.length, mentionIndex, dateFromPage: pageDate !== undefined, workerStartedAt, descriptors }
      : { status: 'missing', label, type: mention.type };
    host.update(render(state), anchor);
    if (focus) host.focusCard();
  }

  /** Scrolls to a mention, flashes it and opens its card there, focused. */
  function goTo(mention: MarkedMention): void {
    const first = mention.range.getClientRects()[0];
    if (first && (first.top < 0 || first.bottom > view.innerHeight)) view.scrollBy({ top: first.top - view.innerHeight / 3, behavior: 'instant' });
    const rect = mention.range.getClientRects()[0] ?? mention.range.getBoundingClientRect();
    Marks.flash(mention, FLASH_MS);
    focusOnOpen = true;
    hover.openNow({ mention, rect });
  }

  /** The card's previous/next buttons: the same entity's other mentions. */
  function stepWithinEntity(step: number): void {
    if (!current) return;
    const marks = currentMarks();
    const all = marks.indicesOf(current.entityId);
    const at = current.marks === marks ? all.indexOf(current.index) : -1;
    const next = marks.mention(all[(at + step + all.length) % all.length] ?? -1);
    if (next) goTo(next);
  }

  /** Alt+Shift+N / P: every mention of the article in reading order. */
  function stepThroughArticle(step: number): void {
    const marks = currentMarks();
    const count = marks.length;
    if (count === 0) return;
    if (!host.isOpen) focusBefore = doc.activeElement;
    const at = current && current.marks === marks ? current.index : -1;
    let index = at < 0 ? (step > 0 ? 0 : count - 1) : (at + step + count) % count;
    // A mention whose text the page changed since the pass has no range until the next pass: the step goes past it.
    for (let tries = 0; tries < count; tries++, index = (index + step + count) % count) {
      const mention = marks.mention(index);
      if (mention) return goTo(mention);
    }
  }

  // Pointer positions are sampled once per frame: caret lookups are not free.
  let frame = 0;
  let lastX = 0;
  let lastY = 0;
  /** A button held while moving is a selection or a drag: no card opens over the text being selected. */
  let pressed = false;
  // Only the reader's own input counts: a page can dispatch pointer and key events of its own (isTrusted false).
  const onPointerMove = (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    if (host.element.contains(event.target as Node)) return;
    lastX = event.clientX;
    lastY = event.clientY;
    pressed = event.buttons !== 0;
    if (frame === 0) {
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        const hit = pressed ? undefined : mentionAtPoint(doc, currentMarks(), lastX, lastY);
        // The pointer reached a mark: the card's UI loads during the hover delay.
        if (hit) void loadCardUi().catch(() => undefined);
        hover.pointerAt(hit);
      });
    }
  };
  // A tap opens the card at once, and a tap elsewhere closes it: touch screens have no hover.
  const onPointerUp = (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType !== 'touch' || host.element.contains(event.target as Node)) return;
    const hit: PointHit | undefined = mentionAtPoint(doc, currentMarks(), event.clientX, event.clientY);
    if (hit) hover.openNow(hit);
    else hover.closeNow();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape' && hover.openMention) {
      hover.closeNow();
      return;
    }
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.code === 'KeyN' || event.code === 'KeyP')) {
      event.preventDefault();
      stepThroughArticle(event.code === 'KeyN' ? 1 : -1);
    }
  };
  const passive = { capture: true, passive: true, signal };
  doc.addEventListener('pointermove', onPointerMove, passive);
  doc.addEventListener('pointerup', onPointerUp, passive);
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
  view.addEventListener('scroll', () => hover.scrolled(), passive);
  signal.addEventListener('abort', () => {
    if (frame !== 0) view.cancelAnimationFrame(frame);
    hover.closeNow();
    host.destroy();
  }, { once: true });
  return { host: host.element, goTo };
}

/** The different ways the article describes an entity, in reading order, at most three. */
export function descriptorsOf(descriptors: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const descriptor of descriptors) {
    const key = descriptor?.toLowerCase().replace(/^(?:the|a|an) /, '');
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push(descriptor!);
    if (out.length === 3) break;
  }
  return out;
}
