// `npm run package` (scripts/package.mjs) on a small stand-in for the repository: from a git checkout it
// writes the two store packages and the source package, byte-identical run after run; from the unpacked
// source package (no git), where SOURCE-BUILD.md sends reviewers, it writes the two store packages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../dev/gold.ts';

/** A folder with the packaging script, a manifest and two tiny builds. */
function standIn(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dramatis-package-'));
  for (const file of ['scripts/package.mjs', 'scripts/build/zip.mjs']) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(path.join(REPO_ROOT, file), path.join(root, file));
  }
  writeFileSync(path.join(root, 'manifest.json'), JSON.stringify({ version: '9.8.7' }));
  for (const browser of ['chrome', 'firefox']) {
    mkdirSync(path.join(root, 'dist', browser, 'icons'), { recursive: true });
    writeFileSync(path.join(root, 'dist', browser, 'manifest.json'), `{"browser":"${browser}"}`);
    writeFileSync(path.join(root, 'dist', browser, 'icons', 'icon.txt'), 'an icon');
  }
  return root;
}

/** Runs the packaging script in `root`; the SHA-256 of each file it wrote, by name. */
function packageIn(root: string): Record<string, string> {
  rmSync(path.join(root, 'artifacts'), { recursive: true, force: true });
  execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: root, stdio: 'pipe' });
  const out = path.join(root, 'artifacts');
  return Object.fromEntries(
    readdirSync(out).map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(path.join(out, name)))
        .digest('hex'),
    ]),
  );
}

/** The names in a zip's central directory, in order (read from the end record; our zips have no comment). */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.length - 22;
  assert.equal(zip.readUInt32LE(end), 0x06054b50, 'end of central directory');
  const names: string[] = [];
  for (let i = 0, at = zip.readUInt32LE(end + 16); i < zip.readUInt16LE(end + 10); i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const [nameLength, extraLength, commentLength] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

test('from a git checkout: the two store packages and the source package, the same bytes twice', () => {
  const root = standIn();
  try {
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', 'scripts', 'manifest.json'], { cwd: root });
    const first = packageIn(root);
    assert.deepEqual(Object.keys(first).sort(), ['dramatis-chrome-9.8.7.zip', 'dramatis-firefox-9.8.7.zip', 'dramatis-source-9.8.7.zip']);
    assert.deepEqual(packageIn(root), first);
    // What git tracks, not the build, and the notes on how to rebuild.
    assert.deepEqual(zipEntries(path.join(root, 'artifacts/dramatis-source-9.8.7.zip')), [
      'SOURCE-BUILD.md',
      'manifest.json',
      'scripts/build/zip.mjs',
      'scripts/package.mjs',
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('from the unpacked source package (no git): the two store packages, and no error', () => {
  const root = standIn();
  try {
    assert.deepEqual(Object.keys(packageIn(root)).sort(), ['dramatis-chrome-9.8.7.zip', 'dramatis-firefox-9.8.7.zip']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
