/**
 * Dramatis in real Chromium: from navigation to marks complete, the
 * annotation passes' time, the longest main-thread task (a `longtask`
 * PerformanceObserver installed before the page's own scripts), the page's
 * load time with and without the extension, and the worker's cold start.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { launchChromiumWithExtension } from '../tests/support/chromium-extension.ts';
import { goldArticlePage, startServer } from '../tests/support/server.ts';
import { median } from './core-bench.ts';

interface PageRun {
  loadMs: number;
  marksCompleteMs: number;
  annotateMs: number;
  longestTaskMs: number;
  marks: number;
}

const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { __longest: number };
  w.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

async function measurePage(context: BrowserContext, url: string, withExtension: boolean): Promise<PageRun> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) await page.waitForFunction(() => performance.getEntriesByName('dramatis:annotate').length > 0, undefined, { timeout: 60_000 });
  await page.waitForTimeout(300);
  const run = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const passes = performance.getEntriesByName('dramatis:annotate');
    const first = passes[0];
    return {
      loadMs: nav.loadEventEnd,
      marksCompleteMs: first ? first.startTime + first.duration : NaN,
      annotateMs: passes.reduce((sum, p) => sum + p.duration, 0),
      longestTaskMs: (window as unknown as { __longest: number }).__longest,
      marks: ['dramatis-person', 'dramatis-organization'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
    };
  });
  await page.close();
  return run;
}

async function coldStartMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (CSS.highlights.get('dramatis-person')?.size ?? 0) > 0);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  const rect = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('dramatis-person') as unknown as Iterable<Range>)][0]!;
    const r = range.getClientRects()[0]!;
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.move(rect.x, rect.y);
  await page.waitForFunction(() => performance.getEntriesByName('dramatis:card-lookup').length > 0, undefined, { timeout: 10_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('dramatis:card-lookup')[0]!.duration);
  await page.close();
  return ms;
}

export async function browserBench(megabyte: string, runs: number): Promise<{ rows: (string | number)[][]; raw: Record<string, unknown> }> {
  const big = goldArticlePage({ id: 'bench', date: '2025-10-15', title: 'One megabyte of news', text: megabyte, mentions: [] });
  const server = await startServer(0, { '/bench/big': big });
  const pages = { 'sample article': server.url, '1 MB page': `${server.url}bench/big` };
  const raw: Record<string, unknown> = {};
  const rows: (string | number)[][] = [];
  const med = (list: PageRun[], key: keyof PageRun) => median(list.map((r) => r[key]));

  const withExt = await launchChromiumWithExtension();
  const plain = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
  const plainContext = await plain.newContext();
  for (const [label, url] of Object.entries(pages)) {
    const on: PageRun[] = [];
    const off: PageRun[] = [];
    for (let i = 0; i < runs; i++) {
      on.push(await measurePage(withExt.context, url, true));
      off.push(await measurePage(plainContext, url, false));
    }
    raw[label] = { on, off };
    rows.push([`${label}: marks complete after navigation start (ms)`, med(on, 'marksCompleteMs').toFixed(0)]);
    rows.push([`${label}: annotation pass, wall (ms)`, med(on, 'annotateMs').toFixed(1)]);
    rows.push([`${label}: longest main-thread task (ms)`, med(on, 'longestTaskMs').toFixed(0)]);
    rows.push([`${label}: load event with / without Dramatis (ms)`, `${med(on, 'loadMs').toFixed(0)} / ${med(off, 'loadMs').toFixed(0)}`]);
    rows.push([`${label}: marks`, med(on, 'marks')]);
  }
  const colds: number[] = [];
  for (let i = 0; i < runs; i++) colds.push(await coldStartMs(withExt.context, server.url));
  raw.coldStartMs = colds;
  rows.push(['worker cold start: stopped worker to card data (ms)', median(colds).toFixed(0)]);
  await withExt.close();
  await plain.close();
  await server.close();
  return { rows, raw };
}
