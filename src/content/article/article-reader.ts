/**
 * Reads the article the finder found, as text blocks: its headline first when
 * it stands apart, with what stands between it and the body (the byline, the
 * date, the standfirst, the lead picture's caption) when that is short, then
 * the body, without what the finder leaves out. Undefined when the page has
 * no article.
 */
import { collectTextBlocks, nextInTree, type TextBlock } from '../article-text.ts';
import { commonAncestor } from './article-hints.ts';
import type { Slicer } from '../time-slicing.ts';
import { findArticle } from './article-finder.ts';

/** The article's blocks, and the element its language is read from (its body's first part). */
export interface ArticleText {
  blocks: TextBlock[];
  root: Element;
}

/** `found` is told, before the article is read, what will be read: its headline and parts, or undefined for no article. */
export async function readArticle(doc: Document, slicer: Slicer, found?: (read: Element[] | undefined) => void): Promise<ArticleText | undefined> {
  const started = performance.now();
  const busy = slicer.busyMs();
  const article = await findArticle(doc, slicer);
  // The finder's own cost, for the bench: its main-thread time without the yields between slices.
  performance.measure('dramatis:find-article', {
    start: started,
    end: performance.now(),
    detail: { found: article !== undefined, mainThreadMs: slicer.busyMs() - busy },
  });
  found?.(article && (article.headline ? [article.headline, ...article.parts] : article.parts));
  if (!article) return undefined;
  const { headline, parts, skip } = article;
  const blocks = headline ? await headerBlocks(headline, parts[0]!, skip, slicer) : [];
  for (const part of parts) blocks.push(...(await collectTextBlocks(part, slicer, { wholePage: true, skip })));
  return { blocks, root: parts[0]! };
}

/** More text than this between the headline and the body is not the article's header but something else. */
const MAX_HEADER_CHARS = 1500;

/** The headline, and what follows it up to the body when that is a short header. */
async function headerBlocks(headline: Element, body: Element, skip: (el: Element) => boolean, slicer: Slicer): Promise<TextBlock[]> {
  const around = commonAncestor(headline, body);
  const title = await collectTextBlocks(headline, slicer);
  if (!around || !(headline.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING)) return title;
  // The node after the headline and all it holds.
  const from = nextInTree(headline, around, false);
  const header = from ? await collectTextBlocks(around, slicer, { wholePage: true, skip, from, until: body }) : [];
  const chars = header.reduce((n, b) => n + b.text.length, 0);
  return chars <= MAX_HEADER_CHARS ? [...title, ...header] : title;
}
