// Checks the project's own rules, so that they hold without anyone remembering them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../../dev/gold.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

const sources = sourceFiles(path.join(REPO_ROOT, 'src')).map((file) => ({ file: path.relative(REPO_ROOT, file), text: readFileSync(file, 'utf8') }));

test('no HTML-string APIs and no eval anywhere in src', () => {
  for (const { file, text } of sources) {
    assert.doesNotMatch(text, /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\(|new Function\(/, file);
  }
});

test('no network APIs: the only fetch reads a file of the package', () => {
  for (const { file, text } of sources) {
    for (const line of text.split('\n')) {
      if (/\bfetch\(/.test(line)) assert.match(line, /runtime\.getURL\(/, `${file}: ${line.trim()}`);
      assert.doesNotMatch(line, /XMLHttpRequest|WebSocket|sendBeacon|EventSource/, file);
    }
  }
});

test('the DOM-free core uses no browser or Node API', () => {
  for (const { file, text } of sources.filter((s) => s.file.startsWith('src/core/'))) {
    assert.doesNotMatch(text, /\b(document|window|browser|chrome)\.|from 'node:/, file);
  }
});

test('every user-visible string key exists in _locales/en, and every message there is used', () => {
  const messages = JSON.parse(readFileSync(path.join(REPO_ROOT, '_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;
  const used = new Set<string>();
  for (const { text } of sources) for (const m of text.matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(m[1]!);
  // plural('base', n) reads base_one, base_other and the other plural categories a locale has.
  for (const { text } of sources)
    for (const m of text.matchAll(/\bplural\('([A-Za-z]+)'/g))
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) if (`${m[1]}_${form}` in messages) used.add(`${m[1]}_${form}`);
  const manifest = readFileSync(path.join(REPO_ROOT, 'manifest.json'), 'utf8');
  for (const m of manifest.matchAll(/__MSG_([A-Za-z]+)__/g)) used.add(m[1]!);
  for (const key of used) assert.ok(key in messages, `missing message ${key}`);
  for (const key of Object.keys(messages)) assert.ok(used.has(key), `unused message ${key}`);
});

/** The files under src that `file` imports (static, type-only, re-exported or dynamic), as paths from the repository root. */
function importsOf(file: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => path.relative(REPO_ROOT, path.resolve(REPO_ROOT, path.dirname(file), name)));
}

/** Every import circle of the graph, each named once as the path that closes it ("a.ts → b.ts → a.ts"). */
function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const circles: string[] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string) => {
    const at = onPath.indexOf(file);
    if (at >= 0) {
      circles.push([...onPath.slice(at), file].join(' → '));
      return;
    }
    if (done.has(file)) return;
    onPath.push(file);
    for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next);
    onPath.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return circles;
}

const graph = new Map(sources.map(({ file, text }) => [file, importsOf(file, text)]));

test('no import circle in src, type-only imports included', () => {
  assert.deepEqual(importCircles(graph), []);
});

test('the first content script stays small: nothing it imports reaches the polyfill or the annotator', () => {
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const next of graph.get(file) ?? []) visit(next);
  };
  visit('src/content.ts');
  for (const file of ['src/shared/browser-api.ts', 'src/content/page-annotator.ts', 'src/content/annotator.ts'])
    assert.ok(!reached.has(file), `content.js reaches ${file}`);
  assert.ok(!sources.find((s) => s.file === 'src/content.ts')?.text.includes('webextension-polyfill'));
});

test('the circle check names a circle', () => {
  const graph = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts']],
    ['c.ts', ['a.ts']],
    ['d.ts', ['a.ts']],
  ]);
  assert.deepEqual(importCircles(graph), ['a.ts → b.ts → c.ts → a.ts']);
});

test('every message with plural forms has its "other" form, which is the one every language has', () => {
  const messages = JSON.parse(readFileSync(path.join(REPO_ROOT, '_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;
  for (const key of Object.keys(messages)) {
    const m = /^([A-Za-z]+)_(zero|one|two|few|many|other)$/.exec(key);
    if (m) assert.ok(`${m[1]}_other` in messages, `${key} has no ${m[1]}_other`);
    else assert.match(key, /^[A-Za-z]+$/, `${key}: a message key is a plain name, or a name and a plural category`);
  }
});
