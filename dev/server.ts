/**
 * A small static server on 127.0.0.1 for the sample article, the test pages
 * and (when present) a page made from the seed article's text. Used by
 * `npm start` and by the end-to-end tests; it serves only files of this repo.
 */
import { createServer, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { REPO_ROOT, readGold, SEED_ARTICLE_PATH, type GoldArticle } from './gold.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const PAGES_DIR = path.join(REPO_ROOT, 'tests/fixtures/pages');
const SAMPLE = path.join(REPO_ROOT, 'assets/sample/article.html');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A plain news page around a gold article's text: one `<p>` per paragraph inside `<article>`. */
export function goldArticlePage(gold: GoldArticle): string {
  const paragraphs = gold.text
    .split('\n\n')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(gold.title ?? `Article ${gold.id}`)}</title>
<meta property="article:published_time" content="${escapeHtml(gold.date)}T12:00:00Z">
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><nav><a href="/">Home</a></nav><main><article>
${paragraphs}
</article></main></body></html>`;
}

function sendWith(res: ServerResponse, status: number, body: string | Buffer, type = 'text/html; charset=utf-8', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

export interface ServerOptions {
  /** Extra response headers per path (e.g. `/pages/strict-csp.html` → a Content-Security-Policy). */
  headers?: Record<string, Record<string, string>>;
}

/** `extraPages` maps a path to a page made by the caller (benchmarks). */
export async function startServer(port = 0, extraPages: Record<string, string> = {}, options: ServerOptions = {}): Promise<RunningServer> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const extraHeaders = options.headers?.[url.pathname];
      const send = (r: ServerResponse, status: number, body: string | Buffer, type?: string) => sendWith(r, status, body, type, extraHeaders);
      if (url.pathname === '/' || url.pathname === '/sample') return send(res, 200, await readFile(SAMPLE));
      const extra = extraPages[url.pathname];
      if (extra !== undefined) return send(res, 200, extra);
      if (url.pathname === '/seed') {
        if (!existsSync(SEED_ARTICLE_PATH)) return send(res, 404, 'no seed article here');
        return send(res, 200, goldArticlePage(readGold(SEED_ARTICLE_PATH)));
      }
      const page = /^\/pages\/([a-z0-9-]+\.html)$/.exec(url.pathname);
      if (page && existsSync(path.join(PAGES_DIR, page[1]!))) return send(res, 200, await readFile(path.join(PAGES_DIR, page[1]!)));
      if (url.pathname === '/favicon.ico') return send(res, 204, '');
      send(res, 404, 'not found');
    })().catch((error: unknown) => sendWith(res, 500, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
