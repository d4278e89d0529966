/**
 * `npm run bench`: what Dramatis costs. Prints tables and writes
 * bench/results.json. Every timing is a median of several runs. Timings live
 * here, never as assertions in tests.
 */
import { readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileIndex } from '../src/core/index-compiler.ts';
import { EntityLookup } from '../src/core/entity-lookup.ts';
import { isCompiledIndex } from '../src/core/compiled-index.ts';
import { bundledLookup, bundledRecords, readGold, REPO_ROOT, seedArticle } from '../dev/gold.ts';
import { compromiseScan, dramatisScan, mbPerSecond, regexScan, timeMs } from './core-bench.ts';
import { syntheticRecords } from './synthetic-dataset.ts';
import { browserBench } from './browser-bench.ts';

const quick = process.argv.includes('--quick');
const results: Record<string, unknown> = {
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  date: new Date().toISOString(),
};

const goldDir = path.join(REPO_ROOT, 'tests/fixtures/gold');
const ownTexts = readdirSync(goldDir)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((n) => readGold(path.join(goldDir, n)).text);
const seed = seedArticle();
const seedText = seed?.text ?? ownTexts[0]!;
/** About 1 MB of news prose, made by repeating our own fixture articles. */
let megabyte = '';
while (megabyte.length < 1_000_000) megabyte += `${ownTexts.join('\n\n')}\n\n`;
megabyte = megabyte.slice(0, 1_000_000);

function table(title: string, header: string[], rows: (string | number)[][]): void {
  console.log(`\n${title}`);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}
const fmt = (x: number, digits = 1) => x.toFixed(digits);

// 1. The core against the alternatives, with the bundled dataset.
const lookup = bundledLookup();
const runs = quick ? 3 : 7;
const core: Record<string, { mbps: number }> = {};
const inputs: [string, string][] = [
  [seed ? 'seed article' : 'sample article', seedText],
  ['1 MB of news text', megabyte],
];
const coreRows: (string | number)[][] = [];
for (const [label, text] of inputs) {
  const ours = mbPerSecond(text.length, timeMs(dramatisScan(lookup, text), runs));
  const regex = mbPerSecond(text.length, timeMs(regexScan(bundledRecords(), text), runs));
  // compromise is slow on a megabyte: measure it on the first 100 kB.
  const sampleForCompromise = text.slice(0, 100_000);
  const comp = mbPerSecond(sampleForCompromise.length, timeMs(compromiseScan(sampleForCompromise), quick ? 1 : 3));
  core[label] = { mbps: ours };
  coreRows.push([label, `${text.length} chars`, fmt(ours), fmt(regex), fmt(comp, 2), `${fmt(ours / regex)}x`, `${fmt(ours / comp, 0)}x`]);
  results[`core:${label}`] = { chars: text.length, dramatisMBps: ours, regexMBps: regex, compromiseMBps: comp };
}
table(
  `Recognizer core in Node (${lookup.entities.length} entities), MB/s`,
  ['input', 'size', 'dramatis', 'RegExp', 'compromise', 'vs RegExp', 'vs compromise'],
  coreRows,
);

// 2. Scale: the same scan over synthetic datasets of growing size.
const scaleRows: (string | number)[][] = [];
const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
for (const size of sizes) {
  const records = syntheticRecords(size);
  let index = compileIndex(records, '2026-01-01').index;
  const buildMs = timeMs(() => (index = compileIndex(records, '2026-01-01').index), quick || size >= 1_000_000 ? 1 : 3);
  const json = JSON.stringify(index);
  let scaled!: EntityLookup;
  const loadMs = timeMs(
    () => {
      const parsed: unknown = JSON.parse(json);
      if (!isCompiledIndex(parsed)) throw new Error('bad index');
      scaled = new EntityLookup(parsed);
    },
    size >= 1_000_000 ? 1 : 3,
  );
  const scanMBps = mbPerSecond(megabyte.length, timeMs(dramatisScan(scaled, megabyte), 3));
  const row: Record<string, number> = { entities: size, indexMB: json.length / 1e6, buildMs, loadMs, scanMBps };
  if (size === 10_000) row.regexMBps = mbPerSecond(megabyte.length, timeMs(regexScan(records, megabyte), 3));
  results[`scale:${size}`] = row;
  scaleRows.push([
    size.toLocaleString('en'),
    fmt(row.indexMB!),
    fmt(buildMs, 0),
    fmt(loadMs, 0),
    fmt(scanMBps),
    row.regexMBps ? `${fmt(scanMBps / row.regexMBps)}x` : '-',
  ]);
}
table('Scale: synthetic datasets, scanning 1 MB of news text', ['entities', 'index MB', 'build ms', 'load ms', 'scan MB/s', 'vs RegExp'], scaleRows);

// 3. What ships.
const dist = path.join(REPO_ROOT, 'dist/chrome');
const sizeRows = ['content.js', 'annotator.js', 'card.js', 'background.js', 'popup.js', 'index.json'].map((f) => {
  const bytes = existsSync(path.join(dist, f)) ? statSync(path.join(dist, f)).size : NaN;
  results[`bundle:${f}`] = bytes;
  return [f, fmt(bytes / 1024)];
});
table('Bundle sizes (dist/chrome, minified), KB', ['file', 'KB'], sizeRows);

// 4. In real Chromium with the built extension.
if (!process.argv.includes('--no-browser')) {
  const browser = await browserBench(megabyte, quick ? 3 : 5);
  results.browser = browser;
  table('In Chromium with the built extension (median of runs)', ['measure', 'value'], browser.rows);
}

writeFileSync(path.join(REPO_ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; results in bench/results.json`,
);
