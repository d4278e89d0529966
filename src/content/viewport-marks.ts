/**
 * The marks of a big page, registered only near the viewport: the registered
 * set covers the screens around the visible one and moves when scrolling
 * brings the reader near its edge. Each change then rebuilds the markers of
 * at most MAX_REGISTERED ranges instead of every mark on the page.
 */
import type { EntityType } from '../core/entity-schema.ts';
import type { Marks } from './marks.ts';

/** The most marks registered at once; a page with fewer has all of them registered. */
export const MAX_REGISTERED = 1500;
/** Screens registered above and below the visible one. */
const MARGIN_SCREENS = 2;
/** Scrolling that comes within this many screens of the registered edge moves the set. */
const REFRESH_SCREENS = 1;

type Highlights = Record<EntityType, Highlight>;

/** Registers the marks [from, to); their ranges are made now and kept while they stay registered. */
export function register(highlights: Highlights, marks: Marks, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const range = marks.registeredRange(i);
    if (range) highlights[marks.typeAt(i)].add(range);
  }
}

/** Registers the marks near the viewport now and after every scroll or resize, until aborted. */
export function followViewport(marks: Marks, highlights: Highlights): AbortController {
  const controller = new AbortController();
  let registered = { from: 0, to: 0 };
  let frame = 0;
  const refresh = () => {
    frame = 0;
    const screen = window.innerHeight;
    const needed = spanNear(marks, -REFRESH_SCREENS * screen, (1 + REFRESH_SCREENS) * screen);
    if (needed.from >= registered.from && needed.to <= registered.to) return;
    const next = capped(spanNear(marks, -MARGIN_SCREENS * screen, (1 + MARGIN_SCREENS) * screen), needed);
    if (next.from === registered.from && next.to === registered.to) return;
    registered = next;
    for (const highlight of Object.values(highlights)) highlight.clear();
    // The marks that left the registered set give up their ranges; those that stay keep theirs.
    marks.keepRanges(registered.from, registered.to);
    register(highlights, marks, registered.from, registered.to);
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(refresh);
  };
  const options = { capture: true, passive: true, signal: controller.signal };
  // Capture also sees scrolling inside the page's own scroll containers.
  document.addEventListener('scroll', schedule, options);
  window.addEventListener('resize', schedule, options);
  controller.signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
  refresh();
  return controller;
}

/**
 * The marks whose line boxes lie between `top` and `bottom` (viewport
 * coordinates), found by binary search: in an article, reading order runs
 * down the page.
 */
function spanNear(marks: Marks, top: number, bottom: number): { from: number; to: number } {
  return { from: firstIndex(marks, (r) => r.bottom >= top), to: firstIndex(marks, (r) => r.top > bottom) };
}

function firstIndex(marks: Marks, past: (rect: DOMRect) => boolean): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(marks.boundsOf(mid))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** At most MAX_REGISTERED marks of `span`, keeping the `needed` ones in the middle. */
function capped(span: { from: number; to: number }, needed: { from: number; to: number }): { from: number; to: number } {
  if (span.to - span.from <= MAX_REGISTERED) return span;
  const middle = (needed.from + needed.to) >> 1;
  const from = Math.max(span.from, Math.min(middle - (MAX_REGISTERED >> 1), span.to - MAX_REGISTERED));
  return { from, to: from + MAX_REGISTERED };
}
