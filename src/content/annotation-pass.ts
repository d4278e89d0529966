/**
 * One pass over the page as it is now: reads the article (or the whole page),
 * has the worker find the mentions (in the language the page or the article
 * declares), and builds the marks the reader wants. A page with no article
 * gets no marks and asks the worker nothing.
 * Every step runs in slices that leave the main thread free between them.
 */
import { MAX_BLOCKS, MAX_TEXT_CHARS } from '../shared/messages.ts';
import { unpackMentions } from '../shared/packed-mentions.ts';
import { collectTextBlocks, type TextBlock } from './article-text.ts';
import { readArticle } from './article/article-reader.ts';
import { visibleMentions, type MarkView } from './mark-filter.ts';
import { Marks } from './marks.ts';
import { requestMentions } from './mention-request.ts';
import { textLanguage } from './page-language.ts';
import { Slicer } from './time-slicing.ts';

/** The marks of one pass; `hasArticle` is false when only the article is read and the page has none. */
export interface Pass {
  marks: Marks;
  hasArticle: boolean;
  /** The pass's own work on the page's thread, without yields and the wait for the worker. */
  mainThreadMs: number;
}

/**
 * `watch` is told what the pass reads (the article's parts and headline, or the whole body) before it
 * reads it, so that a change made while the pass waits for the worker gets another pass.
 */
export async function readAndMark(doc: Document, view: MarkView, watch: (read: readonly Element[]) => void): Promise<Pass> {
  const started = performance.now();
  const slicer = new Slicer();
  const body = doc.body ?? doc.documentElement;
  const wholePage = async () => {
    watch([body]);
    return { blocks: await collectTextBlocks(body, slicer, { wholePage: true }), root: body };
  };
  // A page with no article is watched whole, so that an article it renders later is found.
  const read = view.scope === 'page' ? await wholePage() : await readArticle(doc, slicer, (article) => watch(article ?? [body]));
  const blocks = withinRequestLimits(read?.blocks ?? []);
  const asked = performance.now();
  // A page with no article asks the worker nothing (and does not wake it).
  const packed =
    read && blocks.length > 0
      ? await slicer.wait(
          requestMentions(
            blocks.map((b) => b.text),
            textLanguage(blocks, read.root),
          ),
        )
      : undefined;
  performance.measure('dramatis:find-mentions', { start: asked, end: performance.now() });
  const mentions = packed === undefined ? [] : await unpackMentions(packed, slicer);
  const marks = await Marks.build(blocks, visibleMentions(mentions, view), slicer);
  const mainThreadMs = slicer.busyMs();
  performance.measure('dramatis:annotate', {
    start: started,
    end: performance.now(),
    detail: { mentions: mentions.length, blocks: blocks.length, mainThreadMs },
  });
  return { marks, hasArticle: read !== undefined, mainThreadMs };
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
