/**
 * What a page's markup says about its article: the element it marks as the
 * article's body (`itemprop="articleBody"`), the body's opening words in its
 * JSON-LD (`articleBody`), and its headline (the `<h1>` that the page's title
 * repeats).
 */
import { finalScore } from './article-body.ts';
import type { PageStats } from './page-stats.ts';

/** An article body marked up with less prose than this is a teaser's, or an empty shell. */
const MIN_MARKED_PROSE = 200;

/** The marked-up article body with the most prose, when one has enough. */
export function markedBody(doc: Document, stats: PageStats): Element | undefined {
  let best: Element | undefined;
  let bestProse = MIN_MARKED_PROSE - 1;
  for (const el of doc.querySelectorAll('[itemprop~="articleBody"], [itemprop~="articlebody"]')) {
    const prose = stats.get(el)?.prose ?? 0;
    if (prose > bestProse) {
      best = el;
      bestProse = prose;
    }
  }
  return best;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What the page's JSON-LD `articleBody` says of the body: the paragraph it
 * opens with must be in the body, and the body should be about as long as it.
 * Of the body found, the paragraph's own container, and the container of
 * both, the one that holds the paragraph and whose prose comes
 * closest to the JSON-LD's length (unless that text is cut short, when the
 * body is kept if it holds the paragraph). `anchored` says the JSON-LD
 * confirms the body returned.
 */
export function bodyOfJsonLd(doc: Document, stats: PageStats, body: Element | undefined, json: string): { body: Element | undefined; anchored: boolean } {
  const text = squeeze(json);
  let anchor: Element | undefined;
  if (text.length >= 40) {
    const opening = text.slice(0, 400);
    for (const p of doc.querySelectorAll('p')) {
      const t = squeeze(p.textContent ?? '');
      if (t.length >= 40 && opening.includes(t.slice(0, 40))) {
        anchor = p;
        break;
      }
    }
  }
  if (!anchor) return { body, anchored: false };
  // The paragraph's own container: the nearest one its score reached.
  let own: Element | undefined;
  for (let el = anchor.parentElement; el && el !== stats.body && !own; el = el.parentElement) if (finalScore(stats, el) > 0) own = el;
  const prose = (el: Element) => stats.get(el)?.prose ?? 0;
  const both = own && body ? commonAncestor(own, body) : undefined;
  const choices = [body, own, both !== stats.body ? both : undefined].filter((el): el is Element => el !== undefined && el.contains(anchor));
  if (choices.length === 0) return { body, anchored: false };
  // A JSON-LD text much shorter than the paragraph's own container is an excerpt: it cannot say how long the body is.
  if (own && text.length < 0.6 * prose(own)) return { body: body && choices.includes(body) ? body : choices[0], anchored: true };
  const distance = (el: Element) => Math.abs(Math.log((prose(el) + 1) / text.length));
  return { body: choices.reduce((a, b) => (distance(b) < distance(a) ? b : a)), anchored: true };
}

export function commonAncestor(a: Element, b: Element): Element | undefined {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return undefined;
}

/** A site's name set as a heading in its top bar: words looked for in its and its parent's class and id (no RegExp to compile). */
const LOGO = ['logo', 'brand', 'sitetitle', 'site-title', 'sitename', 'site-name', 'topbar', 'masthead'];

function isLogo(name: string): boolean {
  for (const word of LOGO) if (name.includes(word)) return true;
  return false;
}

/** Whether `el` or an element above it is furniture (a logo's `<h1>` in the site header, say). */
function inFurniture(el: Element, stats: PageStats): boolean {
  for (let e: Element | null = el; e && e !== stats.body; e = e.parentElement) if (stats.leftOut.has(e)) return true;
  return false;
}

/**
 * The article's headline when it stands outside the body: the `<h1>` that the
 * page's title repeats, else the last `<h1>` before the body that is not a
 * link (a logo).
 */
export function headlineOf(doc: Document, parts: readonly Element[], stats: PageStats): Element | undefined {
  const first = parts[0];
  if (!first) return undefined;
  const title = squeeze(doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title).toLowerCase();
  let before: Element | undefined;
  for (const h1 of doc.querySelectorAll('h1')) {
    if (
      parts.some((p) => h1.contains(p)) ||
      inFurniture(h1, stats) ||
      isLogo(`${h1.getAttribute('class') ?? ''} ${h1.id} ${h1.parentElement?.getAttribute('class') ?? ''}`.toLowerCase())
    )
      continue;
    const text = squeeze(h1.textContent ?? '').toLowerCase();
    if (text.length >= 10 && title.length >= 10 && (title.includes(text) || text.includes(title))) return h1;
    const linked = h1.querySelector('a') !== null && squeeze(h1.querySelector('a')?.textContent ?? '').length >= text.length * 0.8;
    if (!linked && text.length > 0 && first.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_PRECEDING) before = h1;
  }
  return before;
}
