/**
 * What the reader sees of the marks: CSS Custom Highlights registered under
 * `dramatis-person` and `dramatis-organization` (or the names of the chosen
 * look, styled in marks.css), the open card's mention and the one the reader
 * was just taken to. The page's DOM is never touched for a mark, so clearing
 * them leaves nothing to restore.
 */
import type { EntityType } from '../core/entity-schema.ts';
import type { MarkLook } from '../shared/settings.ts';
import type { MarkedMention, Marks } from './marks.ts';
import { followViewport, MAX_REGISTERED, register } from './viewport-marks.ts';

/** The highlight names of each look (styled in marks.css); the default look keeps the plain names. */
export const LOOK_HIGHLIGHT_NAMES: Record<MarkLook, Record<EntityType, string>> = {
  dotted: { person: 'dramatis-person', organization: 'dramatis-organization' },
  tint: { person: 'dramatis-person-tint', organization: 'dramatis-organization-tint' },
  line: { person: 'dramatis-person-line', organization: 'dramatis-organization-line' },
};
/** The mention whose card is open. */
export const ACTIVE_HIGHLIGHT = 'dramatis-active';
/** A mention the reader was just taken to from the card or the keyboard. */
export const FLASH_HIGHLIGHT = 'dramatis-flash';

/** The names the marks are shown under, and the highlights shown there now. */
let names = LOOK_HIGHLIGHT_NAMES.dotted;
let shown: Partial<Record<EntityType, Highlight>> = {};
/** Stops the registered set of a big page following the viewport. */
let following: AbortController | undefined;

/**
 * Registers the marks as highlights, in place of those shown before. A page
 * with more than MAX_REGISTERED marks gets only those near the viewport, and
 * the set follows scrolling: Chromium rebuilds the markers of every
 * registered range whenever any highlight, the DOM or a style changes, so
 * thousands of ranges would make each such frame costly (about 40 ms for
 * 10,000 ranges on a quiet machine, over 150 ms under load).
 */
export function showMarks(marks: Marks): void {
  const started = performance.now();
  following?.abort();
  following = undefined;
  const highlights = {} as Record<EntityType, Highlight>;
  for (const [type, name] of Object.entries(names) as [EntityType, string][]) {
    highlights[type] = new Highlight();
    CSS.highlights.set(name, highlights[type]);
  }
  shown = highlights;
  if (marks.length <= MAX_REGISTERED) register(highlights, marks, 0, marks.length);
  else following = followViewport(marks, highlights);
  performance.measure('dramatis:show-marks', { start: started, end: performance.now() });
}

export function setActiveMark(mention: MarkedMention): void {
  CSS.highlights.set(ACTIVE_HIGHLIGHT, onTop(new Highlight(mention.range)));
}

export function clearActiveMark(): void {
  CSS.highlights.delete(ACTIVE_HIGHLIGHT);
}

/** Briefly highlights a mention the reader was just taken to. */
export function flashMark(mention: MarkedMention, ms: number): void {
  CSS.highlights.set(FLASH_HIGHLIGHT, onTop(new Highlight(mention.range)));
  setTimeout(() => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT)?.has(mention.range)) CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, ms);
}

/** Shows the marks in another look at once: the highlights on screen move to the new look's names. */
export function setMarkLook(look: MarkLook): void {
  const next = LOOK_HIGHLIGHT_NAMES[look];
  for (const [type, highlight] of Object.entries(shown) as [EntityType, Highlight][]) {
    CSS.highlights.delete(names[type]);
    CSS.highlights.set(next[type], highlight);
  }
  names = next;
}

/** Removes every highlight of ours, a stopped copy's included (they share the page's registry). */
export function clearHighlights(): void {
  const all = Object.values(LOOK_HIGHLIGHT_NAMES).flatMap((pair) => Object.values(pair));
  for (const name of [...all, ACTIVE_HIGHLIGHT, FLASH_HIGHLIGHT]) CSS.highlights.delete(name);
  shown = {};
  following?.abort();
  following = undefined;
}

/** Highlights registered later paint over earlier ones; the open and flashed mentions must stay visible whatever the look. */
function onTop(highlight: Highlight): Highlight {
  highlight.priority = 1;
  return highlight;
}
