/**
 * One pass over the page as it is now: reads the article (or the whole page),
 * has the worker find the mentions (in the language the page declares), and
 * builds the marks the reader wants.
 * Every step runs in slices that leave the main thread free between them.
 */
import { MAX_BLOCKS, MAX_TEXT_CHARS } from '../shared/messages.ts';
import { unpackMentions } from '../shared/packed-mentions.ts';
import { collectTextBlocks, findArticleRoot, type TextBlock } from './article-text.ts';
import { visibleMentions, type MarkView } from './mark-filter.ts';
import { Marks } from './marks.ts';
import { requestMentions } from './mention-request.ts';
import { pageLanguage } from './page-language.ts';
import { Slicer } from './time-slicing.ts';

export async function readAndMark(doc: Document, view: MarkView): Promise<Marks> {
  const started = performance.now();
  const slicer = new Slicer();
  const root = view.scope === 'page' ? (doc.body ?? doc.documentElement) : findArticleRoot(doc);
  const read = view.scope === 'page' ? collectTextBlocks(root, slicer, true) : readArticle(doc, root, slicer);
  const blocks = withinRequestLimits(await read);
  const asked = performance.now();
  const packed = await slicer.wait(requestMentions(blocks.map((b) => b.text), pageLanguage(root)));
  performance.measure('dramatis:find-mentions', { start: asked, end: performance.now() });
  const mentions = await unpackMentions(packed, slicer);
  const marks = await Marks.build(blocks, visibleMentions(mentions, view), slicer);
  // `mainThreadMs`: the pass's own work on the page's thread, without yields and the wait for the worker.
  performance.measure('dramatis:annotate', {
    start: started,
    end: performance.now(),
    detail: { mentions: mentions.length, blocks: blocks.length, mainThreadMs: slicer.busyMs() },
  });
  return marks;
}

/** The article's blocks, with the page's main headline first when it stands outside the article element. */
async function readArticle(doc: Document, root: Element, slicer: Slicer): Promise<TextBlock[]> {
  const headline = doc.querySelector('h1');
  const blocks = headline && !root.contains(headline) && !headline.contains(root) ? await collectTextBlocks(headline, slicer) : [];
  return [...blocks, ...(await collectTextBlocks(root, slicer))];
}

/** The leading blocks that fit in one request; a pathological page is annotated only that far. */
function withinRequestLimits(blocks: TextBlock[]): TextBlock[] {
  let total = 0;
  const kept: TextBlock[] = [];
  for (const block of blocks) {
    total += block.text.length;
    if (total > MAX_TEXT_CHARS || kept.length >= MAX_BLOCKS) break;
    kept.push(block);
  }
  return kept;
}
