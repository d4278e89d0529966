/**
 * Chooses the element that holds the article's body from the page's counts:
 * the container with the best score, moved up to a parent that scores better
 * still or that adds more of the same prose (a story cut into sections, a
 * live blog's posts), plus the siblings beside it that read like more of the
 * same story.
 */
import { candidateScore } from './block-score.ts';
import type { PageStats } from './page-stats.ts';

export function finalScore(stats: PageStats, el: Element): number {
  const s = stats.get(el);
  return s && !Number.isNaN(s.points) ? candidateScore(s.points, s.chars, s.linkChars) : 0;
}

function hasScore(stats: PageStats, el: Element): boolean {
  return !Number.isNaN(stats.get(el)?.points ?? Number.NaN);
}

/** The best container, or undefined when no paragraph on the page scored. */
export function bestContainer(stats: PageStats): Element | undefined {
  let top: Element | undefined;
  let best = 0;
  for (const el of stats.candidates) {
    const score = finalScore(stats, el);
    if (score > best) {
      top = el;
      best = score;
    }
  }
  if (!top) return undefined;

  // A parent that scores better than its child holds more of the story; stop where scores fall away.
  let last = finalScore(stats, top);
  const floor = last / 3;
  for (let el = top.parentElement; el && el !== stats.body; el = el.parentElement) {
    if (!hasScore(stats, el)) continue;
    const score = finalScore(stats, el);
    if (score < floor) break;
    if (score > last) {
      top = el;
      break;
    }
    last = score;
  }
  top = widened(stats, top);
  // An only child says no more than its parent.
  while (top.parentElement && top.parentElement !== stats.body && top.parentElement.children.length === 1) top = top.parentElement;
  return top;
}

/** A container above the body must add this much more prose to hold more of the story... */
const MORE_PROSE = 0.25;
/** ...and what it adds must be mostly prose, with no teasers (headings that are links). */
const ADDED_PROSE_SHARE = 0.7;
/** A container that adds this share of text (or this many characters) without adding prose holds something else. */
const ADDED_OTHER = 0.1;
const ADDED_OTHER_CHARS = 200;

/** Headings that are links (in a link, or mostly link text): each one another story's teaser. A permalink "¶" is not one. */
export function teaserCount(el: Element): number {
  let n = 0;
  for (const h of el.querySelectorAll('h2, h3, h4')) {
    if (h.closest('a')) n++;
    else {
      let linked = 0;
      for (const a of h.querySelectorAll('a')) linked += a.textContent?.length ?? 0;
      if (linked > 0.6 * (h.textContent?.length ?? 0)) n++;
    }
  }
  return n;
}

/**
 * The body widened to the container above it that holds more of the same
 * kind of text: the other sections of a story cut into blocks, the other
 * posts of a live blog. Containers that add little pass through.
 */
function widened(stats: PageStats, top: Element): Element {
  let body = top;
  let s = stats.get(top);
  if (!s) return top;
  const teasers = teaserCount(top);
  for (let el = top.parentElement; el && el !== stats.body; el = el.parentElement) {
    const p = stats.get(el);
    if (!p) break;
    const addedChars = p.chars - s.chars;
    const addedProse = p.prose - s.prose;
    if (addedProse < MORE_PROSE * s.prose) {
      if (addedChars > Math.max(ADDED_OTHER * s.chars, ADDED_OTHER_CHARS)) break;
      continue;
    }
    if (addedProse < ADDED_PROSE_SHARE * addedChars || teaserCount(el) > teasers + 1) break;
    body = el;
    s = p;
  }
  return body;
}

const SIBLING_PROSE = 200;

/** The body and the siblings beside it that belong to the same story, in document order. */
export function withSiblings(stats: PageStats, top: Element): Element[] {
  const parent = top.parentElement;
  if (!parent || top === stats.body) return [top];
  const topScore = finalScore(stats, top);
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const parts: Element[] = [];
  for (const sibling of parent.children) {
    if (sibling === top) {
      parts.push(sibling);
      continue;
    }
    const s = stats.get(sibling);
    if (!s) continue;
    const bonus = topClass !== '' && sibling.getAttribute('class') === topClass ? topScore * 0.2 : 0;
    if (hasScore(stats, sibling) && finalScore(stats, sibling) + bonus >= threshold) parts.push(sibling);
    // A block of prose too deep below for its paragraphs' scores to reach it (the story's next section).
    else if (s.prose >= SIBLING_PROSE && s.prose >= ADDED_PROSE_SHARE * s.chars && teaserCount(sibling) <= 1) parts.push(sibling);
  }
  return parts;
}
