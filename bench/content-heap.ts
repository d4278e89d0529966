/**
 * The content script's added heap alone, without the rest of `npm run bench`:
 *   node --import tsx bench/content-heap.ts [runs] [--card]
 * On the sample article and the 1 MB page of bench/run.ts, the page's heap
 * with Dramatis minus the same page's in a Chromium without it (see
 * memory-bench.ts), medians of `runs` (5 by default). With `--card`, also
 * after one card was opened (which loads the card's UI, card.js).
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromiumWithExtension } from '../dev/chromium-extension.ts';
import { goldArticlePage, startServer } from '../dev/server.ts';
import { readGold, REPO_ROOT } from '../dev/gold.ts';
import { median } from './stats.ts';
import { megabytes, pageHeap, type HeapUsage } from './memory-bench.ts';

const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
const goldDir = path.join(REPO_ROOT, 'tests/fixtures/gold');
const ownTexts = readdirSync(goldDir)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((n) => readGold(path.join(goldDir, n)).text);
let megabyte = '';
while (megabyte.length < 1_000_000) megabyte += `${ownTexts.join('\n\n')}\n\n`;
megabyte = megabyte.slice(0, 1_000_000);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Run = HeapUsage & { mentions: number; registered: number };

async function measure(context: BrowserContext, url: string, ext: boolean, card: boolean): Promise<Run> {
  const page = await context.newPage();
  await page.goto(url);
  if (ext) {
    for (const deadline = Date.now() + 60_000; !(await page.evaluate(() => performance.getEntriesByName('dramatis:show-marks').length > 0)); await pause(50)) {
      if (Date.now() > deadline) throw new Error(`no marks on ${url} within 60 s`);
    }
  }
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  if (ext && card) {
    const at = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('dramatis-person') as unknown as Iterable<Range>)][0]!.getClientRects()[0]!;
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.move(1, 1);
    await page.mouse.move(at.x, at.y, { steps: 2 });
    await page.waitForFunction(() => document.getElementById('dramatis-card-host')?.shadowRoot?.querySelector('.card[data-entity-id]'), undefined, {
      timeout: 10_000,
    });
  }
  const info = await page.evaluate(() => ({
    mentions:
      ((performance.getEntriesByName('dramatis:annotate')[0] as PerformanceMeasure | undefined)?.detail as { mentions?: number } | undefined)?.mentions ?? 0,
    registered: ['dramatis-person', 'dramatis-organization'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
  }));
  const heap = await pageHeap(context, page);
  await page.close();
  return { ...heap, ...info };
}

const big = goldArticlePage({ id: 'bench', date: '2025-10-15', title: 'One megabyte of news', text: megabyte, mentions: [] });
const server = await startServer(0, { '/bench/big': big });
const withExt = await launchChromiumWithExtension();
const plain = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
const plainContext = await plain.newContext({ viewport: { width: 1200, height: 900 } });
for (const card of process.argv.includes('--card') ? [false, true] : [false]) {
  for (const [label, url] of [
    ['sample article', server.url],
    ['1 MB page', `${server.url}bench/big`],
  ] as const) {
    const on: Run[] = [];
    const off: Run[] = [];
    for (let i = 0; i < runs; i++) {
      on.push(await measure(withExt.context, url, true, card));
      off.push(await measure(plainContext, url, false, false));
    }
    const js = megabytes(median(on.map((r) => r.js)) - median(off.map((r) => r.js)));
    const dom = megabytes(median(on.map((r) => r.embedder)) - median(off.map((r) => r.embedder)));
    console.log(
      `${label}${card ? ' + one card' : ''}: added heap ${js.toFixed(2)} JS + ${dom.toFixed(2)} DOM MB; mentions ${on[0]!.mentions}, registered ${on[0]!.registered}; JS runs ${on.map((r) => megabytes(r.js).toFixed(2)).join(' ')} vs ${off.map((r) => megabytes(r.js).toFixed(2)).join(' ')}; DOM runs ${on.map((r) => megabytes(r.embedder).toFixed(2)).join(' ')} vs ${off.map((r) => megabytes(r.embedder).toFixed(2)).join(' ')}`,
    );
  }
}
await withExt.close();
await plain.close();
await server.close();
