/**
 * One real saved page under the built extension (article scope): loads it,
 * waits until the annotation has settled, and sorts its marks into inside the
 * reference article, a caption of the article's pictures (a figure or caption
 * within or beside the article's text, which the reference often drops), the
 * page's headline, the article's byline (near the article, or naming an author
 * of the page's metadata), and outside.
 * With a gold file, also the share of the judged names that got a mark.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { articleExtent, locate, stripSpace, strippedOffsets } from '../dev/article-match.ts';
import { marksInContext, type MarkInContext, type PageText } from '../dev/page-mark-context.ts';

export interface GoldFile {
  text: string;
  mentions: { start: number; end: number; text: string; type: string }[];
}

export interface PageResult {
  page: string;
  marks: number;
  inside: number;
  caption: number;
  headline: number;
  byline: number;
  outside: MarkInContext[];
  /** Judged names with a mark over them, of all judged names (required ones only). */
  gold?: { marked: number; judged: number; missed: string[] };
  /** Why the page could not be measured, or what went wrong in Dramatis there. */
  error?: string;
  /** Annotation passes seen, and whether the last one had all its mentions registered as highlights. */
  passes: number;
}

/**
 * A function and its argument as a script for the page: tsx wraps named inner functions in a `__name`
 * helper that only our bundle has, so the script brings a stand-in.
 */
function inPage(fn: (arg: number) => unknown, arg: number): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
}

/** How far from the article's text a byline or a picture's caption may stand (the header before it, an author's note after it). */
const NEAR_CHARS = 1_000;
const SETTLE_MS = 1_500;
const MAX_WAIT_MS = 12_000;
/** The first content script looks again 2 and 5 s after the load event at a page it took for no article. */
const NO_ARTICLE_WAIT_MS = 6_000;

/** Waits for the first pass, then until no new pass has started for SETTLE_MS (capped). */
async function settled(page: Page): Promise<number> {
  // A page the first content script takes for no article has no pass at all, only its mark.
  const signal = () =>
    page.evaluate(() => [performance.getEntriesByName('dramatis:annotate').length, performance.getEntriesByName('dramatis:no-article').length]);
  await page.waitForFunction(
    () => performance.getEntriesByName('dramatis:annotate').length > 0 || performance.getEntriesByName('dramatis:no-article').length > 0,
    undefined,
    { timeout: 20_000, polling: 100 },
  );
  const started = Date.now();
  let count = -1;
  let since = Date.now();
  while (Date.now() - started < MAX_WAIT_MS) {
    const [passes, noArticle] = await signal();
    if (passes !== count) {
      count = passes!;
      since = Date.now();
    } else if (Date.now() - since >= (passes === 0 && noArticle! > 0 ? NO_ARTICLE_WAIT_MS : SETTLE_MS)) break;
    await page.waitForTimeout(250);
  }
  return count;
}

/** The article's text as the reference extractor kept it, white space removed. */
function articleText(page: Page, html: string): Promise<string> {
  return page
    .evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
      return doc.body?.textContent ?? '';
    }, html)
    .then(stripSpace);
}

export async function evalPage(context: BrowserContext, name: string, url: string, expectedHtml: string, gold: GoldFile | undefined): Promise<PageResult> {
  const page = await context.newPage();
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (/dramatis/i.test(m.text()) && (m.type() === 'warning' || m.type() === 'error')) warnings.push(m.text());
  });
  const result: PageResult = { page: name, marks: 0, inside: 0, caption: 0, headline: 0, byline: 0, outside: [], passes: 0 };
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => page.waitForLoadState('domcontentloaded'));
    result.passes = await settled(page);
    const mentions = await page.evaluate(() => {
      const last = performance.getEntriesByName('dramatis:annotate').at(-1) as PerformanceMeasure | undefined;
      return (last?.detail as { mentions?: number } | undefined)?.mentions ?? 0;
    });
    const { flat, marks } = await page.evaluate<PageText>(inPage(marksInContext, 60));
    if (marks.length < mentions) warnings.push(`only ${marks.length} of ${mentions} mentions registered as highlights`);
    const article = await articleText(page, expectedHtml);
    const goldText = gold ? stripSpace(gold.text) : undefined;
    const [start, end] = articleExtent(flat, article) ?? [-1, -1];
    const near = (at: number) => at >= start - NEAR_CHARS && at <= end + NEAR_CHARS;
    const goldSpans: [number, number][] = [];
    let from = 0;
    let goldFrom = 0;
    for (const mark of marks) {
      result.marks++;
      const at = locate(mark, article, from);
      const goldAt = goldText !== undefined ? locate(mark, goldText, goldFrom) : -1;
      if (at >= 0) from = at;
      if (goldAt >= 0) {
        goldFrom = goldAt;
        goldSpans.push([goldAt, goldAt + stripSpace(mark.text).length]);
      }
      if (at >= 0 || goldAt >= 0) result.inside++;
      else if (mark.caption && near(mark.at)) result.caption++;
      else if (mark.headline) result.headline++;
      else if (mark.bylineLike && (mark.namedAuthor || near(mark.at))) result.byline++;
      else result.outside.push(mark);
    }
    if (gold) result.gold = goldCoverage(gold, goldSpans);
  } catch (error) {
    warnings.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  } finally {
    await page.close();
  }
  if (warnings.length > 0) result.error = warnings.join('; ');
  return result;
}

function goldCoverage(gold: GoldFile, spans: [number, number][]): NonNullable<PageResult['gold']> {
  const offsets = strippedOffsets(gold.text);
  const missed: string[] = [];
  let marked = 0;
  for (const m of gold.mentions) {
    const start = offsets[m.start]!;
    const end = offsets[m.end]!;
    if (spans.some(([s, e]) => s < end && e > start)) marked++;
    else missed.push(m.text);
  }
  return { marked, judged: gold.mentions.length, missed };
}
