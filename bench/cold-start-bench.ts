/**
 * The worker's cold start in Chromium: a stopped worker to the sample
 * article's mentions and to a card's data, how those milliseconds are spent,
 * and the floor under them, Chromium's own time to start a worker and answer
 * a trivial message.
 *
 * - Mentions: the worker is stopped (DevTools `ServiceWorker.stopAllWorkers`)
 *   and the page reloaded; the content script's `dramatis:find-mentions`
 *   measure runs from its request to the answer.
 * - The breakdown lines up the worker's own marks and measures (read over the
 *   DevTools protocol) with the page's request through both `timeOrigin`s:
 *   when Chromium had created the worker, when our script started and ended
 *   its evaluation, when `index.json` had been read, parsed and turned into
 *   lookup tables (`dramatis:index-load` and its detail), and when the page
 *   had the answer.
 * - Card: a first card is opened (which also brings the card's UI into the
 *   page), the worker is stopped, and the pointer rests on the name again:
 *   the content script's `dramatis:card-lookup` measure of that second card.
 *   (The first card of a page is not the measure: the content script asks for
 *   the card's UI as soon as the pointer reaches a mark, which wakes the
 *   worker during the hover delay.)
 * - The floor: a message of no type, sent from a content script's world to a
 *   stopped worker, answered at once: by an extension whose worker does
 *   nothing else, and by Dramatis's worker (which ignores it, once its script
 *   has run). And the floor of the mentions' own situation: that extension's
 *   content script sends its message as the reloaded page becomes idle, as
 *   ours sends the article (Chromium then creates the worker later than for a
 *   page at rest).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { launchChromiumWithExtension } from '../dev/chromium-extension.ts';
import { writeFloorExtension } from './floor-extensions.ts';
import { median } from './stats.ts';
import { WorkerSession } from './memory-bench.ts';

export interface ColdRun {
  /** Stopped worker to the mentions of the sample article, in the content script, from its first request. */
  toMentionsMs: number;
  /** A stopped worker and a reload: navigation start to the sample article's marks shown. */
  marksFromNavigationMs: number;
  /** The worker's `dramatis:index-load`: from the start of the read of index.json to the lookup tables ready. */
  indexLoadMs: number;
  /** Stopped worker to a card's data. */
  toCardMs: number;
  /** Stopped worker to the answer of a message that needs no data, from a page at rest. */
  toTrivialAnswerMs: number;
  /** Points of the mentions' cold start, in ms after the content script's request. */
  timeline: Timeline;
}

export interface Timeline {
  workerCreated: number;
  scriptStarted: number;
  scriptEvaluated: number;
  indexRead: number;
  indexParsed: number;
  lookupBuilt: number;
  answerAtPage: number;
}

const TIMELINE_LABELS: Record<keyof Timeline, string> = {
  workerCreated: 'Chromium has created the worker (its timeOrigin)',
  scriptStarted: 'background.js starts to run',
  scriptEvaluated: 'background.js has run (listeners registered)',
  indexRead: 'index.json read (the read starts when the request arrives)',
  indexParsed: 'index.json parsed',
  lookupBuilt: 'lookup tables built',
  answerAtPage: 'the mentions are at the page (recognition, packing, the trip back)',
};

interface WorkerEntry {
  name: string;
  startTime: number;
  duration: number;
  detail: { readMs?: number; parseMs?: number; buildMs?: number } | null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function stopWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Sends a message of no type from the extension's content-script world of the page; ms to the answer (or to the refusal). */
async function trivialAnswerMs(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      if ((c.auxData as { type?: string } | undefined)?.type === 'isolated' && c.origin.startsWith('chrome-extension://')) worlds.push(c.id);
    });
    await cdp.send('Runtime.enable');
    for (const deadline = Date.now() + 5_000; worlds.length === 0; await pause(20)) {
      if (Date.now() > deadline) throw new Error('no content-script world in the page');
    }
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: worlds[0]!,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => { const t = performance.now(); try { await chrome.runtime.sendMessage({}); } catch {} return performance.now() - t; })()`,
    });
    return result.value as number;
  } finally {
    await cdp.detach();
  }
}

export async function firstPersonMark(page: Page): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => (CSS.highlights.get('dramatis-person')?.size ?? 0) > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const range = [...(CSS.highlights.get('dramatis-person') as unknown as Iterable<Range>)][0]!;
    const r = range.getClientRects()[0]!;
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
}

/** Hovers the first person mark until its card has been looked up; returns the lookup's duration. */
export async function cardLookupMs(page: Page): Promise<number> {
  const before = await page.evaluate(() => performance.getEntriesByName('dramatis:card-lookup').length);
  const mark = await firstPersonMark(page);
  for (let attempt = 0; ; attempt++) {
    // From off the mark onto it: hover intent needs the pointer to arrive and rest.
    await page.mouse.move(1, 1);
    await page.mouse.move(mark.x, mark.y, { steps: 2 });
    const done = await page
      .waitForFunction((n) => performance.getEntriesByName('dramatis:card-lookup').length > n, before, { timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    if (done) break;
    if (attempt === 2) throw new Error('no card lookup after three hovers');
  }
  return page.evaluate(() => performance.getEntriesByName('dramatis:card-lookup').at(-1)!.duration);
}

async function coldStart(context: BrowserContext, url: string): Promise<ColdRun> {
  const page = await context.newPage();
  await page.goto(url);
  await firstPersonMark(page);
  // The pointer off the marks, so that nothing but the article's request wakes the worker.
  await page.mouse.move(1, 1);
  await stopWorkers(context, page);
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('dramatis:show-marks').length > 0, undefined, { timeout: 30_000 });
  // The page's first request to the stopped worker: for the article's mentions, or before them for the
  // annotator's code when the first content script loads it (dramatis:annotator-load).
  const asked = await page.evaluate(() => {
    const m = performance.getEntriesByName('dramatis:find-mentions')[0]!;
    const first = performance.getEntriesByName('dramatis:annotator-load')[0] ?? m;
    const marks = performance.getEntriesByName('dramatis:show-marks')[0]!;
    return { at: performance.timeOrigin + first.startTime, duration: m.startTime + m.duration - first.startTime, marksAt: marks.startTime + marks.duration };
  });
  const worker = await WorkerSession.open(context, page);
  const { result } = await worker.send<{ result: { value: { origin: number; entries: WorkerEntry[] } } }>('Runtime.evaluate', {
    returnByValue: true,
    expression: `({ origin: performance.timeOrigin, entries: performance.getEntries().map((e) => ({ name: e.name, startTime: e.startTime, duration: e.duration, detail: e.detail ?? null })) })`,
  });
  await worker.close();
  const { origin, entries } = result.value;
  const entry = (name: string) => {
    const found = entries.find((e) => e.name === name);
    if (!found) throw new Error(`the worker has no ${name}`);
    return found;
  };
  const sinceAsked = (workerTime: number) => origin + workerTime - asked.at;
  const load = entry('dramatis:index-load');
  const detail = load.detail ?? {};
  const loaded = load.startTime + load.duration;
  const timeline: Timeline = {
    workerCreated: sinceAsked(0),
    scriptStarted: sinceAsked(entry('dramatis:worker-script-start').startTime),
    scriptEvaluated: sinceAsked(entry('dramatis:worker-script-end').startTime),
    indexRead: sinceAsked(load.startTime + (detail.readMs ?? NaN)),
    indexParsed: sinceAsked(loaded - (detail.buildMs ?? NaN)),
    lookupBuilt: sinceAsked(loaded),
    answerAtPage: asked.duration,
  };
  await stopWorkers(context, page);
  const toTrivialAnswerMs = await trivialAnswerMs(context, page);
  await cardLookupMs(page);
  await page.mouse.move(1, 1);
  await pause(600); // the card closes about 300 ms after the pointer leaves
  await stopWorkers(context, page);
  const toCardMs = await cardLookupMs(page);
  await page.close();
  return { toMentionsMs: asked.duration, marksFromNavigationMs: asked.marksAt, indexLoadMs: load.duration, toCardMs, toTrivialAnswerMs, timeline };
}

export async function coldStartBench(url: string, runs: number): Promise<{ rows: (string | number)[][]; raw: Record<string, unknown> }> {
  const floorExtension = await writeFloorExtension('askOnIdle');
  const floor = await launchChromiumWithExtension({ extensionDir: floorExtension.dir });
  const dramatis = await launchChromiumWithExtension();
  const cold: ColdRun[] = [];
  const floorRuns: number[] = [];
  const floorOnLoadRuns: number[] = [];
  const floorFromNavigationRuns: number[] = [];
  try {
    const floorPage = await floor.context.newPage();
    await floorPage.goto(url);
    // Taken in turns, so that a busy moment of the machine weighs on both alike.
    for (let i = 0; i < runs; i++) {
      await stopWorkers(floor.context, floorPage);
      await floorPage.reload();
      await floorPage.waitForFunction(() => performance.getEntriesByName('floor:answer-on-load').length > 0, undefined, { timeout: 30_000 });
      const answer = await floorPage.evaluate(() => {
        const m = performance.getEntriesByName('floor:answer-on-load')[0]!;
        return { duration: m.duration, fromNavigation: m.startTime + m.duration };
      });
      floorOnLoadRuns.push(answer.duration);
      floorFromNavigationRuns.push(answer.fromNavigation);
      await stopWorkers(floor.context, floorPage);
      floorRuns.push(await trivialAnswerMs(floor.context, floorPage));
      cold.push(await coldStart(dramatis.context, url));
    }
  } finally {
    await dramatis.close();
    await floor.close();
    await floorExtension.remove();
  }
  const med = (pick: (c: ColdRun) => number) => median(cold.map(pick)).toFixed(0);
  const rows: (string | number)[][] = [
    ["worker cold start: stopped worker to the sample's mentions (ms)", med((c) => c.toMentionsMs)],
    ['worker cold start: of which reading and parsing index.json and building its tables (dramatis:index-load, ms)', med((c) => c.indexLoadMs)],
    ['worker cold start: stopped worker to card data (ms)', med((c) => c.toCardMs)],
    ["cold start to marks: a stopped worker, navigation start to the sample's marks (ms)", med((c) => c.marksFromNavigationMs)],
    [
      'floor: a stopped worker, navigation start to the answer of a worker that does nothing, asked as the page becomes idle (ms)',
      median(floorFromNavigationRuns).toFixed(0),
    ],
    ['cold start to marks against that floor (ratio)', (median(cold.map((c) => c.marksFromNavigationMs)) / median(floorFromNavigationRuns)).toFixed(2)],
    [
      'floor: stopped worker to a trivial answer asked as a reloaded page becomes idle, a worker that does nothing else (ms)',
      median(floorOnLoadRuns).toFixed(0),
    ],
    ['floor: stopped worker to a trivial answer asked from a page at rest, a worker that does nothing else (ms)', median(floorRuns).toFixed(0)],
    ["floor: stopped worker to a trivial answer asked from a page at rest, Dramatis's worker (ms)", med((c) => c.toTrivialAnswerMs)],
    ...(Object.keys(TIMELINE_LABELS) as (keyof Timeline)[]).map((key) => [
      `cold start to mentions, ms after the request: ${TIMELINE_LABELS[key]}`,
      med((c) => c.timeline[key]),
    ]),
  ];
  return { rows, raw: { coldStart: cold, floor: floorRuns, floorOnLoad: floorOnLoadRuns, floorFromNavigation: floorFromNavigationRuns } };
}
