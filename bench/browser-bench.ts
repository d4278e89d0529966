/**
 * Dramatis in real Chromium: from navigation to marks complete, the
 * annotation pass, the longest main-thread task while annotating (a
 * `longtask` PerformanceObserver installed before the page's own scripts),
 * the page's load time, the content script's added heap, what Dramatis costs
 * the pages it runs on against an empty extension (page-cost-bench.ts), and
 * the worker's cold start (cold-start-bench.ts), index load and heap. Heap
 * figures: see memory-bench.ts.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { launchChromiumWithExtension } from '../dev/chromium-extension.ts';
import { goldArticlePage, startServer } from '../dev/server.ts';
import { median } from './stats.ts';
import { megabytes, pageHeap, WorkerSession, type HeapUsage } from './memory-bench.ts';
import { cardLookupMs, coldStartBench, firstPersonMark } from './cold-start-bench.ts';
import { pageCostBench } from './page-cost-bench.ts';
import { traceMeasures } from './main-thread-cpu.ts';

interface PageRun {
  loadMs: number;
  marksCompleteMs: number;
  annotateMs: number;
  /** The pass's own work on the page's thread (`dramatis:annotate`'s detail), without yields and the wait for the worker. */
  mainThreadMs: number;
  /** Of that, the article finder's (`dramatis:find-article`'s detail): the walk that scores the page's blocks. */
  findArticleMs: number;
  findMentionsMs: number;
  /** Longest task from the start of annotation to the frames that paint the marks (the whole page life without Dramatis). */
  longestTaskMs: number;
  mentions: number;
  registered: number;
  heap: HeapUsage;
}

const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { __tasks: { start: number; duration: number }[] };
  w.__tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function measurePage(context: BrowserContext, url: string, withExtension: boolean): Promise<PageRun> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(url, { waitUntil: 'commit' });
  // Playwright's first evaluate in a document is a long task of its own: have it before the annotation.
  await page.evaluate(() => 0);
  await page.waitForLoadState('load');
  if (withExtension) {
    for (const deadline = Date.now() + 60_000; !(await page.evaluate(() => performance.getEntriesByName('dramatis:show-marks').length > 0)); await pause(50)) {
      if (Date.now() > deadline) throw new Error(`no marks on ${url} within 60 s`);
    }
  }
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
  const run = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const annotate = performance.getEntriesByName('dramatis:annotate')[0] as PerformanceMeasure | undefined;
    const find = performance.getEntriesByName('dramatis:find-mentions')[0];
    const article = performance.getEntriesByName('dramatis:find-article')[0] as PerformanceMeasure | undefined;
    const since = annotate?.startTime ?? 0;
    const tasks = (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks.filter((t) => t.start + t.duration > since);
    return {
      loadMs: nav.loadEventEnd,
      marksCompleteMs: annotate ? annotate.startTime + annotate.duration : NaN,
      annotateMs: annotate?.duration ?? NaN,
      mainThreadMs: (annotate?.detail as { mainThreadMs?: number } | undefined)?.mainThreadMs ?? NaN,
      findArticleMs: (article?.detail as { mainThreadMs?: number } | undefined)?.mainThreadMs ?? NaN,
      findMentionsMs: find?.duration ?? NaN,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      mentions: (annotate?.detail as { mentions?: number } | undefined)?.mentions ?? 0,
      registered: ['dramatis-person', 'dramatis-organization'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
    };
  });
  const heap = await pageHeap(context, page);
  await page.close();
  return { ...run, heap };
}

interface WorkerHeapRun {
  idle: HeapUsage;
  withIndex: HeapUsage;
  afterCard: HeapUsage;
}

/** The worker's heap in a fresh browser: as started, after the index is loaded, after one card. */
async function workerHeap(url: string): Promise<WorkerHeapRun> {
  const browser = await launchChromiumWithExtension();
  try {
    const page = await browser.context.newPage();
    const worker = await WorkerSession.open(browser.context, page);
    const idle = await worker.heap();
    await page.goto(url);
    await firstPersonMark(page);
    const withIndex = await worker.heap();
    await cardLookupMs(page);
    const afterCard = await worker.heap();
    await worker.close();
    return { idle, withIndex, afterCard };
  } finally {
    await browser.close();
  }
}

const mb = (bytes: number) => megabytes(bytes).toFixed(2);

export async function browserBench(megabyte: string, runs: number): Promise<{ rows: (string | number)[][]; raw: Record<string, unknown> }> {
  const big = goldArticlePage({ id: 'bench', date: '2025-10-15', title: 'One megabyte of news', text: megabyte, mentions: [] });
  const server = await startServer(0, { '/bench/big': big });
  const pages = { 'sample article': server.url, '1 MB page': `${server.url}bench/big` };
  const raw: Record<string, unknown> = {};
  const rows: (string | number)[][] = [];
  const med = (list: PageRun[], key: keyof Omit<PageRun, 'heap'>) => median(list.map((r) => r[key]));
  const medHeap = (list: PageRun[], key: keyof HeapUsage) => median(list.map((r) => r.heap[key]));

  const withExt = await launchChromiumWithExtension();
  const plain = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
  const plainContext = await plain.newContext({ viewport: { width: 1200, height: 900 } });
  for (const [label, url] of Object.entries(pages)) {
    const on: PageRun[] = [];
    const off: PageRun[] = [];
    for (let i = 0; i < runs; i++) {
      on.push(await measurePage(withExt.context, url, true));
      off.push(await measurePage(plainContext, url, false));
    }
    const added = { js: medHeap(on, 'js') - medHeap(off, 'js'), embedder: medHeap(on, 'embedder') - medHeap(off, 'embedder') };
    raw[label] = { on, off, addedHeap: added };
    rows.push([`${label}: marks complete after navigation start (ms)`, med(on, 'marksCompleteMs').toFixed(0)]);
    rows.push([`${label}: annotation pass, wall (ms)`, med(on, 'annotateMs').toFixed(1)]);
    rows.push([`${label}: of which waiting for the worker's mentions (ms)`, med(on, 'findMentionsMs').toFixed(1)]);
    rows.push([`${label}: the pass's own main-thread time (ms)`, med(on, 'mainThreadMs').toFixed(1)]);
    rows.push([`${label}: of which finding the article (ms)`, med(on, 'findArticleMs').toFixed(1)]);
    rows.push([`${label}: longest main-thread task while annotating (ms)`, med(on, 'longestTaskMs').toFixed(0)]);
    rows.push([`${label}: longest task of the page's own load, without Dramatis (ms)`, med(off, 'longestTaskMs').toFixed(0)]);
    rows.push([`${label}: load event with / without Dramatis (ms)`, `${med(on, 'loadMs').toFixed(0)} / ${med(off, 'loadMs').toFixed(0)}`]);
    rows.push([`${label}: mentions / registered as highlights`, `${med(on, 'mentions')} / ${med(on, 'registered')}`]);
    rows.push([`${label}: content script's added heap, JS + DOM objects (MB)`, `${mb(added.js)} + ${mb(added.embedder)}`]);
  }
  // The same two figures as CPU time, from traced loads of the sample article (main-thread-cpu.ts).
  const traced: { pass: number; finder: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = await traceMeasures(withExt.context, server.url, ['dramatis:annotate', 'dramatis:find-article']);
    traced.push({ pass: cpu.get('dramatis:annotate')?.cpuMs ?? NaN, finder: cpu.get('dramatis:find-article')?.cpuMs ?? NaN });
  }
  raw.tracedSample = traced;
  rows.push([`sample article: the pass's main-thread CPU time, from a trace (ms)`, median(traced.map((t) => t.pass)).toFixed(1)]);
  rows.push([`sample article: of which finding the article, CPU (ms)`, median(traced.map((t) => t.finder)).toFixed(1)]);
  await withExt.close();
  await plain.close();

  const cost = await pageCostBench(runs);
  raw.pageCost = cost.raw;
  rows.push(...cost.rows);

  const cold = await coldStartBench(server.url, runs);
  Object.assign(raw, cold.raw);
  rows.push(...cold.rows);

  const heaps: WorkerHeapRun[] = [];
  for (let i = 0; i < runs; i++) heaps.push(await workerHeap(server.url));
  raw.workerHeap = heaps;
  for (const [key, label] of [
    ['idle', 'as started'],
    ['withIndex', 'with the index loaded'],
    ['afterCard', 'after one card'],
  ] as const) {
    rows.push([`worker heap ${label}, JS + DOM objects (MB)`, `${mb(median(heaps.map((h) => h[key].js)))} + ${mb(median(heaps.map((h) => h[key].embedder)))}`]);
  }
  await server.close();
  return { rows, raw };
}
