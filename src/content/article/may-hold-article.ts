/**
 * A first look, cheap enough for the small script that runs on every page
 * before anything else of ours loads: can this page hold an article? It
 * imports nothing and reads no more than a few elements.
 *
 * True when the markup says so (an `<article>`, `itemprop="articleBody"`,
 * `og:type` article, JSON-LD of an article type) or when the page has a few
 * paragraphs of prose, or text broken into paragraphs by line breaks (an old
 * page with no markup); false for pages with none of these: web mail,
 * spreadsheets, dashboards, a shop's grid. A "true" is only a maybe (a home
 * page has `<article>` teasers): the article finder decides. A page that
 * builds itself with script may say false before it has rendered and true
 * after: ask again when it changes.
 */

/** Paragraphs looked at, at most, and how many of them must be prose. */
const PARAGRAPHS_LOOKED_AT = 60;
const PROSE_PARAGRAPHS = 3;
const PROSE_CHARS = 80;
/** An old page's paragraphs: text between `<br>` tags. */
const LINE_BREAKS = 6;

const ARTICLE_MARKUP = 'article, [itemprop~="articleBody"], [itemprop~="articlebody"], meta[property="og:type"][content="article"]';
const ARTICLE_TYPES = /"@type"\s*:\s*\[?\s*"(?:[A-Za-z]*Article|BlogPosting|LiveBlogPosting|Report)"/;

export function mayHoldArticle(doc: Document): boolean {
  if (doc.querySelector(ARTICLE_MARKUP)) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_TYPES.test(script.textContent ?? '')) return true;
  }
  const paragraphs = doc.getElementsByTagName('p');
  let prose = 0;
  for (let i = 0; i < paragraphs.length && i < PARAGRAPHS_LOOKED_AT; i++) {
    if ((paragraphs[i]!.textContent?.length ?? 0) >= PROSE_CHARS && ++prose >= PROSE_PARAGRAPHS) return true;
  }
  return doc.getElementsByTagName('br').length >= LINE_BREAKS;
}
