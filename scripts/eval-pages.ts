/**
 * `npm run eval:pages -- DIR [--gold GOLD_DIR] [--json FILE] [--scope page] [NAME...]`: where
 * Dramatis marks names on real saved pages. DIR holds one folder per page with
 * `source.html` (the page as saved) and `expected.html` (the article a
 * reference extractor took from it). Each page is served from 127.0.0.1 to
 * Chromium with the built extension (dist/chrome) in article scope; every
 * other request is answered here, empty. Prints, per page, the marks inside
 * the article, in captions within it that the extractor dropped, in its
 * headline, in its byline and outside it (listing those),
 * and, where GOLD_DIR (default: DIR/../gold) has the page, the share of its
 * judged names that got a mark. A measuring tool, not a test. `--scope page`
 * measures the whole-page setting instead: how many judged names the page
 * offers at all.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromiumWithExtension } from '../dev/chromium-extension.ts';
import { startServer } from '../dev/server.ts';
import { evalPage, type GoldFile, type PageResult } from './page-eval.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const jsonOut = option('--json');
const quiet = args.includes('--quiet') ? (args.splice(args.indexOf('--quiet'), 1), true) : false;
const goldOption = option('--gold');
const scope = option('--scope') ?? 'article';
const [dirArg, ...only] = args;
if (!dirArg) {
  console.error('usage: npm run eval:pages -- DIR [--gold GOLD_DIR] [--json FILE] [--scope page] [--quiet] [NAME...]');
  process.exit(2);
}
const dir = path.resolve(dirArg);
const goldDir = path.resolve(goldOption ?? path.join(dir, '../gold'));
const names = readdirSync(dir)
  .filter((n) => existsSync(path.join(dir, n, 'source.html')) && existsSync(path.join(dir, n, 'expected.html')))
  .filter((n) => only.length === 0 || only.includes(n))
  .sort();

const pages: Record<string, string> = {};
for (const name of names) pages[`/${name}/`] = readFileSync(path.join(dir, name, 'source.html'), 'utf8');
const server = await startServer(0, pages);
const browser = await launchChromiumWithExtension();
if (scope !== 'article') {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  await worker.evaluate(
    (value) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({
        settings: { schemaVersion: 4, scope: value },
      }),
    scope,
  );
}
// The page itself comes from our server; whatever else it asks for is answered here, empty, and a
// script's move to another address is refused so that the saved page stays.
await browser.context.route('**/*', (route) => {
  const request = route.request();
  const own = request.url().startsWith(server.url) && pages[new URL(request.url()).pathname] !== undefined;
  if (own) return route.continue();
  if (request.isNavigationRequest() && request.frame().parentFrame() === null) return route.abort();
  return route.fulfill({ status: 200, body: '' });
});

const results: PageResult[] = [];
try {
  for (const name of names) {
    const goldPath = path.join(goldDir, `${name}.json`);
    const gold = existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile) : undefined;
    const expected = readFileSync(path.join(dir, name, 'expected.html'), 'utf8');
    const result = await evalPage(browser.context, name, `${server.url}${name}/`, expected, gold);
    results.push(result);
    if (!quiet) process.stderr.write(`${name}: ${result.marks} marks, ${result.outside.length} outside${result.error ? ` (${result.error})` : ''}\n`);
  }
} finally {
  await browser.close();
  await server.close();
}

const pct = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);
const header = ['page', 'marks', 'inside', 'caption', 'headline', 'byline', 'outside', 'out %', 'gold marked'];
const rows = results.map((r) => [
  r.page,
  r.marks,
  r.inside,
  r.caption,
  r.headline,
  r.byline,
  r.outside.length,
  pct(r.outside.length, r.marks),
  r.gold ? `${r.gold.marked}/${r.gold.judged} ${pct(r.gold.marked, r.gold.judged)}` : '',
  r.error ? '!' : '',
]);
const sum = (f: (r: PageResult) => number) => results.reduce((n, r) => n + f(r), 0);
const total = {
  marks: sum((r) => r.marks),
  inside: sum((r) => r.inside),
  caption: sum((r) => r.caption),
  headline: sum((r) => r.headline),
  byline: sum((r) => r.byline),
  outside: sum((r) => r.outside.length),
  marked: sum((r) => r.gold?.marked ?? 0),
  judged: sum((r) => r.gold?.judged ?? 0),
  errors: results.filter((r) => r.error).length,
};
rows.push([
  'total',
  total.marks,
  total.inside,
  total.caption,
  total.headline,
  total.byline,
  total.outside,
  pct(total.outside, total.marks),
  `${total.marked}/${total.judged} ${pct(total.marked, total.judged)}`,
  '',
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i] ?? 1))).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log(
  `\n${results.length} pages; ${total.outside} of ${total.marks} marks outside the article (${pct(total.outside, total.marks)}), ${total.caption} in the article's captions, ${total.headline} in the headline, ${total.byline} in the byline; judged names marked: ${total.marked} of ${total.judged} (${pct(total.marked, total.judged)}); pages with an error: ${total.errors}`,
);

for (const r of results.filter((r) => r.error)) console.log(`\n${r.page}: ${r.error}`);
for (const r of results.filter((r) => r.outside.length > 0)) {
  console.log(`\n${r.page}: ${r.outside.length} outside`);
  for (const m of r.outside) console.log(`  ${m.highlight.replace('dramatis-', '').padEnd(12)} ${JSON.stringify(m.text).padEnd(32)} ${m.where}`);
}
if (jsonOut) {
  const summary = results.map((r) => ({
    page: r.page,
    marks: r.marks,
    inside: r.inside,
    caption: r.caption,
    headline: r.headline,
    byline: r.byline,
    outside: r.outside.length,
    ...(r.gold ? { goldMarked: r.gold.marked, goldJudged: r.gold.judged, goldMissed: r.gold.missed } : {}),
    ...(r.error ? { error: r.error } : {}),
  }));
  writeFileSync(jsonOut, `${JSON.stringify({ date: new Date().toISOString(), total, pages: summary }, null, 1)}\n`);
}
