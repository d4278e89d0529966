/**
 * Finds the article on a page: its body (one element, or several side by
 * side), its headline when that stands apart, and what to leave out while
 * reading the body (rails, teasers, link lists, share bars, comments). A page
 * with no article (a home page, a search page, a shop) gets none.
 *
 * The body is the container that collects the most prose (page-stats.ts,
 * article-body.ts), unless the markup says better: an `itemprop="articleBody"`
 * with as much prose, or the JSON-LD `articleBody` whose opening words stand
 * in another container.
 */
import { isInline, isOutsideArticle } from '../article-text.ts';
import type { Slicer } from '../time-slicing.ts';
import { bestContainer, teaserCount, withSiblings } from './article-body.ts';
import { bodyOfJsonLd, headlineOf, markedBody } from './article-hints.ts';
import { isBylineName } from './element-names.ts';
import { jsonLdString } from '../json-ld.ts';
import { measurePage, nameOf, type PageStats } from './page-stats.ts';

export interface Article {
  /** The body, in document order. */
  parts: Element[];
  /** The headline, when it stands outside the body. */
  headline: Element | undefined;
  /**
   * Whether to leave this element of the body, and all it holds, unread. It
   * covers the page's furniture by tag too: read with `wholePage`, so that a
   * pull quote's `<aside>` can be read.
   */
  skip(el: Element): boolean;
}

/** Less prose than this is no article: a caption, a shop's "about us" line. */
const MIN_PROSE = 150;
/** A body with less prose than this is a story only in an <article> or under a headline (not a shop's "about us" line). */
const SHORT_PROSE = 500;
/** A body with less prose than this must hold this share of the page's prose to be its article (not a shop's blurb). */
const LONG_PROSE = 1500;
const DOMINANT_SHARE = 0.4;
/** A body whose linked headings each come with less prose than this is a list of teasers. */
const PROSE_PER_TEASER = 400;
const MIN_TEASERS = 3;
/** A block or a list inside the body whose text is this much links is a list of other stories, or a "read more" line. */
const LINK_SHARE = 0.6;

export async function findArticle(doc: Document, slicer: Slicer): Promise<Article | undefined> {
  const body = doc.body;
  if (!body) return undefined;
  const stats = await measurePage(body, slicer);
  const best = bestContainer(stats);
  const marked = markedBody(doc, stats);
  let top = best;
  // The marked-up body wins unless the best container is another story altogether with twice its prose.
  if (marked && (!best || marked.contains(best) || best.contains(marked) || (stats.get(marked)?.prose ?? 0) >= 0.5 * (stats.get(best)?.prose ?? 0)))
    top = marked;
  // Most pages have no JSON-LD articleBody: the code that weighs one is not even compiled there.
  const json = jsonLdString(doc, 'articleBody');
  const hinted = json === undefined ? { body: top, anchored: false } : bodyOfJsonLd(doc, stats, top, json);
  top = hinted.body;
  if (!top) return undefined;
  const parts = withSiblings(stats, top);
  let prose = 0;
  let hasH1 = false;
  for (const part of parts) {
    prose += stats.get(part)?.prose ?? 0;
    hasH1 ||= part.querySelector('h1') !== null;
  }
  // Where the markup names the body, it is the article however much else the page says.
  const named = hinted.anchored || top === marked;
  const dominant = named || prose >= LONG_PROSE || prose >= DOMINANT_SHARE * (stats.get(body)?.prose ?? 0);
  if (prose < MIN_PROSE || !dominant || isTeaserList(parts, prose)) return undefined;
  // A body with its own <h1> has its headline inside.
  const headline = hasH1 ? undefined : headlineOf(doc, parts, stats);
  // A short body is a story when the page says so: an <article> around it, or a headline.
  if (prose < SHORT_PROSE && !named && !top.closest('article') && !top.querySelector('article') && !headline && !hasH1) return undefined;
  return { parts, headline, skip: skipper(stats, parts) };
}

/** Many headings that are links, with little prose each: a home page's or a search page's list of stories. */
function isTeaserList(parts: readonly Element[], prose: number): boolean {
  let linked = 0;
  for (const part of parts) linked += teaserCount(part);
  return linked >= MIN_TEASERS && prose / linked < PROSE_PER_TEASER;
}

/**
 * What to leave out of the body: furniture by tag, role, class or id (a pull
 * quote excepted); another story's `<article>` (a teaser, with a linked
 * heading and little prose) inside it; and any block that is mostly links
 * (a list of related stories, a "read more" line), bylines excepted.
 */
function skipper(stats: PageStats, parts: readonly Element[]): (el: Element) => boolean {
  let chars = 0;
  for (const part of parts) chars += stats.get(part)?.chars ?? 0;
  return (el) => {
    // A pull quote set in an `<aside>`: the story's own words, read although asides are not.
    if (el.tagName === 'ASIDE' && nameOf(el).toLowerCase().includes('quote')) return false;
    // The walk's own verdict: the same test, not run twice on every element.
    if (isOutsideArticle(el) || stats.leftOut.has(el)) return true;
    if (isInline(el)) return false;
    const s = stats.get(el);
    if (!s) return false;
    if (el.tagName === 'ARTICLE' && s.prose < PROSE_PER_TEASER && teaserCount(el) > 0) return true;
    return s.linkChars > LINK_SHARE * s.chars && s.chars < 0.5 * chars && !isBylineName(nameOf(el));
  };
}
