/**
 * The marks of a big page, registered only near the viewport: the registered
 * set covers the screens around the visible one and moves when scrolling
 * brings the reader near its edge. Each change then rebuilds the markers of
 * at most MAX_REGISTERED ranges instead of every mark on the page.
 */
import type { EntityType } from '../core/entity-schema.ts';
import type { MarkedMention } from './marks.ts';

/** The most marks registered at once; a page with fewer has all of them registered. */
export const MAX_REGISTERED = 1500;
/** Screens registered above and below the visible one. */
const MARGIN_SCREENS = 2;
/** Scrolling that comes within this many screens of the registered edge moves the set. */
const REFRESH_SCREENS = 1;

type Highlights = Record<EntityType, Highlight>;

export function register(highlights: Highlights, mentions: readonly MarkedMention[]): void {
  for (const m of mentions) highlights[m.type].add(m.range);
}

/** Registers the marks near the viewport now and after every scroll or resize, until aborted. */
export function followViewport(mentions: readonly MarkedMention[], highlights: Highlights): AbortController {
  const controller = new AbortController();
  let registered = { from: 0, to: 0 };
  let frame = 0;
  const refresh = () => {
    frame = 0;
    const screen = window.innerHeight;
    const needed = spanNear(mentions, -REFRESH_SCREENS * screen, (1 + REFRESH_SCREENS) * screen);
    if (needed.from >= registered.from && needed.to <= registered.to) return;
    const next = capped(spanNear(mentions, -MARGIN_SCREENS * screen, (1 + MARGIN_SCREENS) * screen), needed);
    if (next.from === registered.from && next.to === registered.to) return;
    registered = next;
    for (const highlight of Object.values(highlights)) highlight.clear();
    register(highlights, mentions.slice(registered.from, registered.to));
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
function spanNear(mentions: readonly MarkedMention[], top: number, bottom: number): { from: number; to: number } {
  return { from: firstIndex(mentions, (r) => r.bottom >= top), to: firstIndex(mentions, (r) => r.top > bottom) };
}

function firstIndex(mentions: readonly MarkedMention[], past: (rect: DOMRect) => boolean): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mentions[mid]!.range.getBoundingClientRect())) hi = mid;
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
