/**
 * Heap figures over the Chrome DevTools Protocol, each taken right after a
 * forced garbage collection (`HeapProfiler.collectGarbage`, then
 * `Runtime.getHeapUsage`): `usedSize` is the JavaScript heap, and
 * `embedderHeapUsedSize` the browser's own (Oilpan) objects: the DOM `Range`
 * of each registered mark, the content script's world's wrappers of every
 * node it read (they stay as long as the node does), and the computed styles,
 * which grow with the page when a `::highlight` rule matches every element.
 *
 * - The worker: its target is reached from a page's session with
 *   `Target.attachToTarget`, since Playwright opens sessions on pages only.
 * - A tab: the content script runs in the page's own V8 isolate (in an
 *   isolated world), so its added heap is the page's heap with Dramatis minus
 *   the same page's heap in the same Chromium without the extension.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

export interface HeapUsage {
  /** JavaScript heap in use, bytes. */
  js: number;
  /** Browser objects held from scripts (DOM ranges, highlights...), bytes. */
  embedder: number;
}

interface RawHeapUsage {
  usedSize: number;
  embedderHeapUsedSize?: number;
}

const toUsage = (raw: RawHeapUsage): HeapUsage => ({ js: raw.usedSize, embedder: raw.embedderHeapUsedSize ?? 0 });

/** The page's heap after a full garbage collection. */
export async function pageHeap(context: BrowserContext, page: Page): Promise<HeapUsage> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return toUsage(await cdp.send('Runtime.getHeapUsage'));
  } finally {
    await cdp.detach();
  }
}

/** A DevTools session on the extension's service worker, opened through a page's session. */
export class WorkerSession {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    });
  }

  static async open(context: BrowserContext, page: Page): Promise<WorkerSession> {
    const cdp = await context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!worker) throw new Error('no running extension service worker');
    // The flat mode would need a client that addresses sessions; messages through the page's session work everywhere.
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    return new WorkerSession(cdp, sessionId);
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  }

  async heap(): Promise<HeapUsage> {
    await this.send('HeapProfiler.collectGarbage');
    return toUsage(await this.send<RawHeapUsage>('Runtime.getHeapUsage'));
  }

  /** The duration of the worker's last `performance.measure` of that name, in ms. */
  async lastMeasure(name: string): Promise<number> {
    const { result } = await this.send<{ result: { value?: number } }>('Runtime.evaluate', {
      expression: `performance.getEntriesByName(${JSON.stringify(name)}).at(-1)?.duration ?? -1`,
      returnByValue: true,
    });
    return result.value ?? -1;
  }

  async close(): Promise<void> {
    await this.cdp.detach();
  }
}

export const megabytes = (bytes: number) => bytes / 2 ** 20;
