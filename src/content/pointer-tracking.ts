/**
 * Follows the reader's pointer for hover intent: the mention under it,
 * sampled once per frame (caret lookups are not free); a tap on a touch
 * screen, which has no hover, opens a card at once; scrolling cancels a
 * pending open.
 */
import { loadCardUi } from './card/card-ui-loader.ts';
import type { CardSession } from './card-session.ts';
import type { Marks } from './marks.ts';
import { mentionAtPoint } from './mention-at-point.ts';

export function trackPointer(doc: Document, session: CardSession, currentMarks: () => Marks, signal: AbortSignal): void {
  const view = doc.defaultView!;
  const { hover } = session;
  const onCard = (event: Event) => session.host.element.contains(event.target as Node);
  let frame = 0;
  let lastX = 0;
  let lastY = 0;
  /** A button held while moving is a selection or a drag: no card opens over the text being selected. */
  let pressed = false;
  // Only the reader's own input counts: a page can dispatch pointer events of its own (isTrusted false).
  const onPointerMove = (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType === 'touch' || onCard(event)) return;
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
  // A tap opens the card at once, and a tap elsewhere closes it.
  const onPointerUp = (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType !== 'touch' || onCard(event)) return;
    const hit = mentionAtPoint(doc, currentMarks(), event.clientX, event.clientY);
    if (hit) hover.openNow(hit);
    else hover.closeNow();
  };
  const passive = { capture: true, passive: true, signal };
  doc.addEventListener('pointermove', onPointerMove, passive);
  doc.addEventListener('pointerup', onPointerUp, passive);
  view.addEventListener('scroll', () => hover.scrolled(), passive);
  signal.addEventListener(
    'abort',
    () => {
      if (frame !== 0) view.cancelAnimationFrame(frame);
    },
    { once: true },
  );
}
