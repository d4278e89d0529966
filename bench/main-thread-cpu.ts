/**
 * The main thread's CPU time inside our own measures, read from a Chromium
 * trace. The measures' `mainThreadMs` is wall time of our slices: on a
 * shared machine it also counts the time the page's thread waits for a core
 * (seen 2-3 times the CPU time at a load average of 6 on 2 cores). A trace
 * gives each task on the renderer's main thread its wall (`dur`) and thread
 * (`tdur`) time; a measure's CPU time is the thread time of the tasks in its
 * window, each in proportion to the share of it that falls there. Our slices
 * run inside those tasks, so the window of a measure that yields between
 * slices also holds what the page ran meanwhile: on the static sample article
 * that is next to nothing.
 */
import type { BrowserContext } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/** `RunTask` and its thread time come with the timeline categories. */
const CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

export interface MeasureCpu {
  cpuMs: number;
  wallMs: number;
}

function cpuInMeasure(events: readonly TraceEvent[], name: string): MeasureCpu | undefined {
  const begin = events.find((e) => e.name === name && (e.ph === 'b' || e.ph === 'X'));
  if (!begin) return undefined;
  const end = events.find((e) => e.name === name && e.ph === 'e');
  const from = begin.ts;
  const to = end ? end.ts : begin.ts + (begin.dur ?? 0);
  let cpu = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== begin.pid || e.tid !== begin.tid || !e.dur) continue;
    const overlap = Math.min(to, e.ts + e.dur) - Math.max(from, e.ts);
    if (overlap > 0) cpu += ((e.tdur ?? 0) * overlap) / e.dur;
  }
  return { cpuMs: cpu / 1000, wallMs: (to - from) / 1000 };
}

/** Loads `url` in a new tab with a trace running, waits for the marks, and gives the CPU time of each named measure. */
export async function traceMeasures(context: BrowserContext, url: string, names: readonly string[]): Promise<Map<string, MeasureCpu>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('dramatis:show-marks').length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(200);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const found = new Map<string, MeasureCpu>();
  for (const name of names) {
    const cpu = cpuInMeasure(events, name);
    if (cpu) found.set(name, cpu);
  }
  return found;
}
