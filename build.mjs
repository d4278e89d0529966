// Builds Dramatis: validates and compiles the dataset, bundles each context
// with esbuild, and writes one unpacked extension per browser from the one
// manifest template.
//   node build.mjs               dist/chrome and dist/firefox
//   node build.mjs --watch       the same, rebuilt on every change
//   node build.mjs --check-data  only validate data/ and print its counts
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { watch as watchFiles } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledPackages, thirdPartyNotices } from './scripts/build/notices.mjs';
import { markdownPage } from './scripts/build/markdown-page.mjs';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const DATA_DIR = path.join(ROOT, 'data');
const DATA_CATEGORIES = ['people', 'organizations'];
const TARGETS = {
  chrome: { esbuildTarget: 'chrome120' },
  firefox: { esbuildTarget: 'firefox140' },
};
const ENTRIES = {
  background: 'src/background.ts',
  content: 'src/content.ts',
  annotator: 'src/annotator.ts',
  card: 'src/card.ts',
  popup: 'src/popup.tsx',
  options: 'src/options.tsx',
  welcome: 'src/welcome.tsx',
};
/** Files copied as they are: [source in the repo, name in the extension]. */
const STATIC_FILES = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['src/welcome/welcome.html', 'welcome.html'],
  ['src/shared/extension-page.css', 'extension-page.css'],
  ['LICENSE', 'LICENSE.txt'],
];

const args = new Set(process.argv.slice(2));

/** The core's dataset code is TypeScript: bundle it for Node once per build run. */
async function loadDatasetTools() {
  const outfile = path.join(ROOT, 'node_modules', '.cache', 'dramatis', 'dataset-tools.mjs');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/core/dataset-tools.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

async function readDatasetFiles() {
  const files = [];
  for (const category of DATA_CATEGORIES) {
    const dir = path.join(DATA_DIR, category);
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
      const rel = `data/${category}/${name}`;
      const text = await readFile(path.join(dir, name), 'utf8');
      try {
        files.push({ path: rel, content: JSON.parse(text) });
      } catch (error) {
        files.push({ path: rel, content: undefined, parseError: `${rel}: not valid JSON: ${error.message}` });
      }
    }
  }
  return files;
}

/** Validates data/ and returns the compiled index, or throws with every problem listed. */
async function compileDataset(tools) {
  const files = await readDatasetFiles();
  const parseErrors = files.filter((f) => f.parseError).map((f) => f.parseError);
  const { errors, records } = tools.validateDataset(files.filter((f) => !f.parseError));
  const all = [...parseErrors, ...errors];
  if (all.length > 0) throw new Error(`The dataset has ${all.length} problem(s):\n  ${all.join('\n  ')}`);
  const { datasetDate } = JSON.parse(await readFile(path.join(DATA_DIR, 'dataset-info.json'), 'utf8'));
  // The given names and places of the lexicon travel in the index: the worker needs them, the bundle need not hold them.
  const wordList = async (name) => tools.parseWordList(await readFile(path.join(ROOT, 'src/core/lexicon/en', name), 'utf8'));
  const nameLists = { givenNames: await wordList('given-names.txt'), places: await wordList('places.txt') };
  return { ...tools.compileIndex(records, datasetDate, nameLists), files, freshness: tools.freshnessLine(records) };
}

function printCounts(index, files, perFile = false) {
  const { types } = index.entities; // one character per entity, 'o' for an organization (see compiled-index.ts)
  const organizations = types.split('o').length - 1;
  const people = types.length - organizations;
  console.log(
    `dataset: ${types.length} entities (${people} people, ${types.length - people} organizations) in ${files.length} files, ${index.names.keys.split('\n').length} name keys`,
  );
  if (perFile) for (const f of files) console.log(`  ${String(f.content.length).padStart(5)}  ${f.path}`);
}

function manifestFor(template, browser) {
  const manifest = structuredClone(template);
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: manifest.background.service_worker };
  } else {
    delete manifest.minimum_chrome_version;
    manifest.background = { scripts: manifest.background.scripts };
  }
  return manifest;
}

function esbuildOptions(browser) {
  return {
    entryPoints: ENTRIES,
    outdir: path.join(ROOT, 'dist', browser),
    bundle: true,
    format: 'iife', // content scripts cannot be modules; an IIFE also works as a classic worker and event page
    target: TARGETS[browser].esbuildTarget,
    minify: true,
    sourcemap: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // The bundled packages' licences ship whole in THIRD-PARTY-NOTICES.txt instead.
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  };
}

/**
 * The marks' stylesheet for one browser. A bare `::highlight(name)` rule is
 * `*::highlight(name)`: Chromium then stores highlight styles in the computed
 * style of every element of the page (about 1 MB more on a page of 3,000
 * paragraphs, marks or not). Chromium has always cascaded `::highlight` by
 * highlight inheritance (from the parent's highlight), so there one rule on
 * the root styles the whole page. Firefox 153 does not inherit highlights
 * (a `:root` rule leaves the marks unstyled there), so it keeps the bare rules.
 */
function marksCss(css, browser) {
  return browser === 'chrome' ? css.replace(/(^|[\s,])::highlight\(/gm, '$1:root::highlight(') : css;
}

async function writeStatic(browser, index, details, packages) {
  const out = path.join(ROOT, 'dist', browser);
  const template = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'manifest.json'), `${JSON.stringify(manifestFor(template, browser), null, 2)}\n`);
  await writeFile(path.join(out, 'index.json'), JSON.stringify(index));
  for (const [shard, content] of details.entries()) await writeFile(path.join(out, `entities-${String(shard).padStart(2, '0')}.json`), JSON.stringify(content));
  for (const [from, to] of STATIC_FILES) await cp(path.join(ROOT, from), path.join(out, to));
  await writeFile(path.join(out, 'THIRD-PARTY-NOTICES.txt'), await thirdPartyNotices(ROOT, packages));
  const privacy = await readFile(path.join(ROOT, 'PRIVACY.md'), 'utf8');
  await writeFile(path.join(out, 'privacy.html'), markdownPage(privacy, { title: 'Dramatis privacy policy', stylesheet: 'extension-page.css' }));
  await writeFile(path.join(out, 'marks.css'), marksCss(await readFile(path.join(ROOT, 'src/content/marks.css'), 'utf8'), browser));
  await cp(path.join(ROOT, '_locales'), path.join(out, '_locales'), { recursive: true });
  await cp(path.join(ROOT, 'assets/icons'), path.join(out, 'icons'), { recursive: true });
}

/** The npm packages bundled into the extension, as found by the last build of each browser. */
const bundled = new Map();

async function buildOnce(tools) {
  const started = performance.now();
  const { index, details, files } = await compileDataset(tools);
  for (const browser of Object.keys(TARGETS)) {
    await rm(path.join(ROOT, 'dist', browser), { recursive: true, force: true });
    const { metafile } = await esbuild.build(esbuildOptions(browser));
    bundled.set(browser, bundledPackages([metafile]));
    await writeStatic(browser, index, details, bundled.get(browser));
  }
  printCounts(index, files);
  console.log(`built dist/chrome and dist/firefox in ${Math.round(performance.now() - started)} ms`);
}

async function watchMode(tools) {
  await buildOnce(tools);
  const contexts = await Promise.all(Object.keys(TARGETS).map((browser) => esbuild.context(esbuildOptions(browser))));
  await Promise.all(contexts.map((c) => c.watch()));
  let timer;
  const rebuildStatic = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      try {
        const fresh = await loadDatasetTools();
        const { index, details } = await compileDataset(fresh);
        for (const browser of Object.keys(TARGETS)) await writeStatic(browser, index, details, bundled.get(browser));
        console.log(`[watch] data and static files rebuilt at ${new Date().toLocaleTimeString()}`);
      } catch (error) {
        console.error(`[watch] ${error.message}`);
      }
    }, 100);
  };
  for (const dir of ['data', 'src/core', '_locales', 'assets/icons']) watchFiles(path.join(ROOT, dir), { recursive: true }, rebuildStatic);
  for (const file of ['manifest.json', 'src/content/marks.css', 'PRIVACY.md', ...STATIC_FILES.map(([from]) => from)])
    watchFiles(path.join(ROOT, file), rebuildStatic);
  console.log('[watch] watching for changes; Ctrl+C to stop');
}

try {
  const tools = await loadDatasetTools();
  if (args.has('--check-data')) {
    const { index, files, freshness } = await compileDataset(tools);
    printCounts(index, files, true);
    console.log(freshness);
  } else if (args.has('--watch')) {
    await watchMode(tools);
  } else {
    await buildOnce(tools);
  }
} catch (error) {
  console.error(error.message ?? error);
  process.exit(1);
}
