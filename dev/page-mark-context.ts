/**
 * Runs inside a page (pass it to page.evaluate): every mark with the text
 * around it in document order, white space removed, so that `eval:pages` can
 * find it in the article a reference extractor took from the same page. Also
 * says whether the mark stands in a byline, the page's headline or a caption.
 * Self-contained on purpose: it is serialized into the page.
 */
export interface MarkInContext {
  highlight: string;
  text: string;
  /** Where the mark starts in the page's text, white space removed: document order. */
  at: number;
  /** Up to `context` characters before and after the mark, white space removed. */
  before: string;
  after: string;
  /** In a byline-like element (as Readability's byline check sees them), and whether the page's metadata names it as an author. */
  bylineLike: boolean;
  namedAuthor: boolean;
  /** In a heading that the page's title or headline metadata repeats. */
  headline: boolean;
  /** In a figure, its caption or a credit line. */
  caption: boolean;
  /** A short CSS-like path of the mark's nearest named ancestors, to say where an outside mark stands. */
  where: string;
}

export interface PageText {
  /** The page's text in document order, white space removed. */
  flat: string;
  marks: MarkInContext[];
}

export function marksInContext(context: number): PageText {
  const strip = (s: string) => s.replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/g, '');
  // The page's text in document order, white space removed, and where each text node starts in it.
  const starts = new Map<Node, number>();
  let flat = '';
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) =>
      n instanceof Element && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(n.tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== Node.TEXT_NODE) continue;
    starts.set(n, flat.length);
    flat += strip((n as Text).data);
  }

  // Who wrote it and what it is called, as the page's metadata says.
  const meta = (selector: string) => [...document.querySelectorAll<HTMLMetaElement>(selector)].map((m) => m.content);
  const authors = meta('meta[name="author"], meta[property="article:author"], meta[name="byl"], meta[name="sailthru.author"], meta[name="parsely-author"]');
  const titles = [document.title, ...meta('meta[property="og:title"], meta[name="twitter:title"]')];
  const collect = (value: unknown, key: string): void => {
    if (Array.isArray(value)) for (const v of value) collect(v, key);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'author' || k === 'creator') collect(v, 'author');
        else if (k === 'headline') collect(v, 'headline');
        else if (k === 'name' && key === 'author') collect(v, 'author');
        else if (typeof v === 'object') collect(v, key);
      }
    } else if (typeof value === 'string') (key === 'author' ? authors : key === 'headline' ? titles : []).push(value);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), '');
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  const authorText = strip(authors.join('|')).toLowerCase();
  const titleText = titles.map((t) => strip(t).toLowerCase()).filter((t) => t.length >= 4);

  // Bylines as Readability's byline check sees them.
  const BYLINE =
    '[rel~="author"], [itemprop~="author"], [class*="byline" i], [id*="byline" i], [class*="author" i], [id*="author" i], [class*="dateline" i], [class*="writtenby" i], .p-author';
  const HEADLINE = 'h1, h2, [itemprop~="headline"]';
  const CAPTION = 'figure, figcaption, [class*="caption" i], [class*="credit" i], [itemprop~="caption"]';

  const describe = (el: Element | null): string => {
    const parts: string[] = [];
    for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
      const cls = typeof e.className === 'string' ? e.className.trim().split(/\s+/)[0] : '';
      if (e.id || cls || parts.length === 0) parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (cls ? `.${cls}` : ''));
    }
    return parts.join(' > ');
  };

  const marks: MarkInContext[] = [];
  for (const highlight of ['dramatis-person', 'dramatis-organization']) {
    for (const range of (CSS.highlights.get(highlight) ?? []) as Iterable<Range>) {
      const node = range.startContainer;
      const el = node instanceof Element ? node : node.parentElement;
      const start = (starts.get(node) ?? 0) + strip((node as Text).data?.slice(0, range.startOffset) ?? '').length;
      const text = range.toString();
      const end = start + strip(text).length;
      const bylineEl = el?.closest(BYLINE) ?? null;
      const name = strip(text).toLowerCase();
      const bylineLike = bylineEl !== null && (bylineEl.textContent ?? '').trim().length < 200;
      const headlineEl = el?.closest(HEADLINE);
      const heading = headlineEl ? strip(headlineEl.textContent ?? '').toLowerCase() : '';
      const headline = heading.length >= 4 && titleText.some((t) => t.includes(heading) || heading.includes(t));
      marks.push({
        highlight,
        text,
        at: start,
        before: flat.slice(Math.max(0, start - context), start),
        after: flat.slice(end, end + context),
        bylineLike,
        namedAuthor: name !== '' && authorText.includes(name),
        headline,
        caption: el?.closest(CAPTION) != null,
        where: describe(el),
      });
    }
  }
  return { flat, marks: marks.sort((a, b) => a.at - b.at) };
}
