/**
 * What Dramatis costs the pages a reader opens, each against the floor every
 * extension with a content script pays (an empty extension, floor-extensions.ts),
 * measured in the same run with the runs of each profile taken in turns:
 *
 * - the load event of the sample article (`loadEventEnd`), also without any
 *   extension;
 * - the share of a busy page's own work that Dramatis takes: the page keeps
 *   its main thread busy from its load event on (a loop of fixed-size tasks
 *   chained through a MessageChannel, counted), while it changes text 20
 *   times a second. A live news page adds a paragraph with names to its
 *   article every 50 ms; a dashboard that is not news rewrites its figures,
 *   its clock and its chat. Three views of the share: the main thread's
 *   samples (V8's sampling profiler) whose stack is in extension code, which
 *   the machine's load hardly moves but which leaves out the browser's own
 *   work for us (painting highlights); 1 - (tasks done with Dramatis / tasks
 *   done with the empty extension), what a reader would feel, but on a loaded
 *   machine the load moves it more than the share; and 1 - (main-thread CPU
 *   time per task with the empty extension / the same with Dramatis), from
 *   DevTools' TaskDuration in thread time;
 * - the extension script evaluated on a page that is not an article (the
 *   dashboard), from the DevTools protocol's `Debugger.scriptParsed`.
 *
 * Standalone: `node --import tsx bench/page-cost-bench.ts [runs] [--baseline DIR]`
 * (after a build; DIR: another build's dist/chrome, measured in the same turns).
 */
import type { BrowserContext } from '@playwright/test';
import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../dev/chromium-extension.ts';
import { readGold, REPO_ROOT } from '../dev/gold.ts';
import { startServer } from '../dev/server.ts';
import { median, quantile } from './stats.ts';
import { writeFloorExtension } from './floor-extensions.ts';

/** How long a busy page runs its own work after its load event. */
const BUSY_MS = 5_000;

/** The page's own work: fixed-size tasks back to back from the load event on, counted in `window.__work`. */
const WORK_LOOP = `
window.__work = { tasks: 0, done: false };
const channel = new MessageChannel();
let end = 0;
let x = 0;
channel.port1.onmessage = () => {
  for (let i = 0; i < 40000; i++) x = (x * 1.0000001 + i) % 1000003;
  window.__work.tasks++;
  if (performance.now() < end) channel.port2.postMessage(0);
  else window.__work.done = true;
};
addEventListener('load', () => {
  end = performance.now() + ${BUSY_MS};
  channel.port2.postMessage(0);
  window.startChanges();
});
`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A live blog: an article that gains a paragraph with names every 50 ms, newest first. */
function liveNewsPage(paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: the summit, as it happens</title>
<meta property="article:published_time" content="2025-10-15T08:00:00Z">
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><main><article><h1>Live: the summit, as it happens</h1><div id="feed">
${paragraphs
  .slice(0, 6)
  .map((p) => `<p>${escapeHtml(p)}</p>`)
  .join('\n')}
</div></article></main>
<script>
const UPDATES = ${JSON.stringify(paragraphs.slice(6))};
window.startChanges = () => {
  let i = 0;
  const feed = document.getElementById('feed');
  setInterval(() => {
    const p = document.createElement('p');
    p.textContent = UPDATES[i++ % UPDATES.length];
    feed.prepend(p);
  }, 50);
};
${WORK_LOOP}
</script></body></html>`;
}

/** Not news: a dashboard whose figures, clock and chat change 20 times a second. */
function dashboardPage(): string {
  const cells = Array.from(
    { length: 20 },
    (_, r) => `<tr><th>Desk ${r + 1}</th>${Array.from({ length: 8 }, (_, c) => `<td id="c${r}-${c}">0</td>`).join('')}</tr>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Operations dashboard</title>
<style>body{font:14px system-ui,sans-serif;margin:1rem;display:grid;grid-template-columns:1fr 18rem;gap:1rem} td{text-align:right;padding:2px 8px}</style></head>
<body><div><header><span id="clock"></span> · <span id="status">All systems normal</span></header>
<table>${cells}</table></div><section id="chat" aria-label="Team chat"></section>
<script>
const PEOPLE = ['Ana', 'Bo', 'Chen', 'Dara', 'Eli'];
window.startChanges = () => {
  let tick = 0;
  setInterval(() => {
    tick++;
    document.getElementById('clock').textContent = new Date().toISOString().slice(11, 23);
    for (let k = 0; k < 20; k++) document.getElementById('c' + ((tick + k) % 20) + '-' + (k % 8)).textContent = String((tick * 7919 + k * 104729) % 100000);
    if (tick % 10 === 0) {
      const line = document.createElement('div');
      line.textContent = PEOPLE[tick % 5] + ': queue at ' + (tick % 97) + ', looking fine';
      const chat = document.getElementById('chat');
      chat.append(line);
      if (chat.childElementCount > 30) chat.firstElementChild.remove();
    }
  }, 50);
};
${WORK_LOOP}
</script></body></html>`;
}

/** Paragraphs of our own gold articles with their names: the live page's updates. */
function goldParagraphs(): string[] {
  const goldDir = path.join(REPO_ROOT, 'tests/fixtures/gold');
  return readdirSync(goldDir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .flatMap((n) => readGold(path.join(goldDir, n)).text.split('\n\n'))
    .filter((p) => p.length > 120);
}

type ProfileName = 'none' | 'empty' | 'dramatis' | 'baseline';
async function loadEventMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  const ms = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await page.close();
  return ms;
}

interface BusyRun {
  /** The page's own tasks done in its BUSY_MS after the load event. */
  tasks: number;
  /** Main-thread CPU time over those BUSY_MS (DevTools' TaskDuration in thread time), whoever spent it. */
  threadMs: number;
  /** The share of the main thread's busy samples (V8's sampling profiler, from navigation on) in extension code or what it calls. */
  sampledShare: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

/** Of the profile's samples that are not idle, the share whose stack holds a frame of an extension's script. */
function extensionShare(profile: { nodes: ProfileNode[]; samples?: number[] }): number {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Set<number>();
  const idle = new Set<number>();
  const visit = (id: number, inExtension: boolean) => {
    const node = byId.get(id)!;
    const mine = inExtension || node.callFrame.url.startsWith('chrome-extension://');
    if (mine) ours.add(id);
    if (node.callFrame.functionName === '(idle)') idle.add(id);
    for (const child of node.children ?? []) visit(child, mine);
  };
  visit(profile.nodes[0]!.id, false);
  let busy = 0;
  let mine = 0;
  for (const id of profile.samples ?? []) {
    if (idle.has(id)) continue;
    busy++;
    if (ours.has(id)) mine++;
  }
  return busy === 0 ? 0 : mine / busy;
}

async function busyPageRun(context: BrowserContext, url: string): Promise<BusyRun> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  await page.goto(url);
  const from = await taskSeconds();
  await page.waitForFunction(() => (window as unknown as { __work: { done: boolean } }).__work.done, undefined, { timeout: BUSY_MS + 30_000, polling: 250 });
  const threadMs = ((await taskSeconds()) - from) * 1000;
  const { profile } = await cdp.send('Profiler.stop');
  const tasks = await page.evaluate(() => (window as unknown as { __work: { tasks: number } }).__work.tasks);
  await cdp.detach();
  await page.close();
  return { tasks, threadMs, sampledShare: extensionShare(profile as unknown as { nodes: ProfileNode[]; samples?: number[] }) };
}

/** Bytes of extension script parsed in the page (content scripts and what they load) within `settleMs` of its load. */
async function extensionScriptBytes(context: BrowserContext, url: string, settleMs: number): Promise<Record<string, number>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const parsed: Record<string, number> = {};
  cdp.on('Debugger.scriptParsed', (event) => {
    if (!event.url.startsWith('chrome-extension://')) return;
    const file = new URL(event.url).pathname.slice(1);
    parsed[file] = (parsed[file] ?? 0) + (event.length ?? 0);
  });
  await cdp.send('Debugger.enable');
  await page.goto(url);
  await page.waitForTimeout(settleMs);
  await cdp.detach();
  await page.close();
  return parsed;
}

/**
 * The load event's delay load by load: each load of one profile against the
 * other profile's load taken right beside it in the same turn, so that a busy
 * moment of the machine weighs on both sides of each difference.
 */
function pairedDelays(ours: readonly number[], floor: readonly number[]): number[] {
  return ours.map((ms, i) => ms - floor[i]!);
}

const total = (files: Record<string, number>) => Object.values(files).reduce((a, b) => a + b, 0);

/**
 * `baselineDir`: another build of Dramatis (say, of the commit before a change), measured in the same
 * turns as a profile of its own, so that a change is compared under the same load of the machine.
 */
export async function pageCostBench(runs: number, baselineDir?: string): Promise<{ rows: (string | number)[][]; raw: Record<string, unknown> }> {
  const server = await startServer(0, { '/bench/live': liveNewsPage(goldParagraphs()), '/bench/dashboard': dashboardPage() });
  const urls = { sample: server.url, live: `${server.url}bench/live`, dashboard: `${server.url}bench/dashboard` };
  const floor = await writeFloorExtension('empty');
  const browsers: ExtensionBrowser[] = [];
  const plain = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
  try {
    const launch = async (options: Parameters<typeof launchChromiumWithExtension>[0]) => {
      const browser = await launchChromiumWithExtension(options);
      browsers.push(browser);
      return browser.context;
    };
    const profiles: Partial<Record<ProfileName, BrowserContext>> = {
      none: await plain.newContext({ viewport: { width: 1200, height: 900 } }),
      empty: await launch({ extensionDir: floor.dir }),
      dramatis: await launch({}),
      ...(baselineDir ? { baseline: await launch({ extensionDir: baselineDir }) } : {}),
    };
    const names = Object.keys(profiles) as ProfileName[];
    const extensions = names.filter((name) => name !== 'none');
    // A first visit of each page in each profile, unmeasured: caches, the worker's start and its index.
    for (const name of names) for (const url of Object.values(urls)) await loadEventMs(profiles[name]!, url);

    const load: Partial<Record<ProfileName, number[]>> = {};
    const busy: Record<'live' | 'dashboard', Partial<Record<ProfileName, BusyRun[]>>> = { live: {}, dashboard: {} };
    // In turns, so that a busy moment of the machine weighs on every profile alike. Page loads are quick
    // and vary most: three times as many.
    for (let i = 0; i < runs; i++) {
      for (let j = 0; j < 3; j++) for (const name of names) (load[name] ??= []).push(await loadEventMs(profiles[name]!, urls.sample));
      for (const page of ['live', 'dashboard'] as const) {
        for (const name of extensions) (busy[page][name] ??= []).push(await busyPageRun(profiles[name]!, urls[page]));
      }
    }
    const scripts: Partial<Record<ProfileName, Record<string, number>>> = {};
    for (const name of extensions) scripts[name] = await extensionScriptBytes(profiles[name]!, urls.dashboard, BUSY_MS + 2_000);

    const loadMs = (name: ProfileName) => median(load[name]!);
    const tasks = (page: 'live' | 'dashboard', name: ProfileName) => median(busy[page][name]!.map((r) => r.tasks));
    /** Main-thread time per own task: what the page's work costs its thread with everything else on it. */
    const perTask = (page: 'live' | 'dashboard', name: ProfileName) => median(busy[page][name]!.map((r) => r.threadMs / r.tasks));
    const share = (page: 'live' | 'dashboard', name: ProfileName) => 1 - tasks(page, name) / tasks(page, 'empty');
    const threadShare = (page: 'live' | 'dashboard', name: ProfileName) => 1 - perTask(page, 'empty') / perTask(page, name);
    const sampled = (page: 'live' | 'dashboard', name: ProfileName) => median(busy[page][name]!.map((r) => r.sampledShare));
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const measured = extensions.filter((name) => name !== 'empty');
    const label = (name: ProfileName) => (name === 'baseline' ? 'the baseline build' : 'Dramatis');
    const kb = (files: Record<string, number>) => (total(files) / 1024).toFixed(1);
    const rows: (string | number)[][] = [
      [
        `sample article: load event, ${names.map((n) => (n === 'none' ? 'no extension' : n === 'empty' ? 'empty extension' : label(n))).join(' / ')} (ms)`,
        names.map((n) => loadMs(n).toFixed(0)).join(' / '),
      ],
      ...measured.map((name) => {
        const delays = pairedDelays(load[name]!, load.empty!);
        return [
          `sample article: load event delay of ${label(name)} against the empty extension, median of ${delays.length} loads side by side (ms; middle half; ratio of medians)`,
          `${median(delays).toFixed(1)}; ${quantile(delays, 0.25).toFixed(1)} to ${quantile(delays, 0.75).toFixed(1)}; ${(loadMs(name) / loadMs('empty')).toFixed(2)}`,
        ];
      }),
      ...(['live', 'dashboard'] as const).flatMap((page) =>
        measured.map((name) => [
          `${page === 'live' ? 'live news page' : 'busy dashboard (not news)'}, ${label(name)}: share of the main thread in extension code (sampled; empty extension) / fewer own tasks / more thread time per task`,
          `${pct(sampled(page, name))} (${pct(sampled(page, 'empty'))}) / ${pct(share(page, name))} (${tasks(page, 'empty')} vs ${tasks(page, name)}) / ${pct(threadShare(page, name))}`,
        ]),
      ),
      ...measured.map((name) => [
        `page that is not an article: extension script evaluated, empty extension / ${label(name)} (KB)`,
        `${(total(scripts.empty!) / 1024).toFixed(2)} / ${kb(scripts[name]!)} (${Object.entries(scripts[name]!)
          .map(([f, b]) => `${f} ${(b / 1024).toFixed(1)}`)
          .join(', ')})`,
      ]),
    ];
    return { rows, raw: { load, busy, scripts, floorContentScriptBytes: floor.contentScriptBytes } };
  } finally {
    for (const b of browsers) await b.close();
    await plain.close();
    await floor.remove();
    await server.close();
  }
}

if (process.argv[1]?.endsWith('page-cost-bench.ts')) {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
  const baseline = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1] : undefined;
  const { rows, raw } = await pageCostBench(runs, baseline);
  for (const [label, value] of rows) console.log(`${label}: ${value}`);
  console.log(JSON.stringify(raw));
}
