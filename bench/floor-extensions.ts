/**
 * The floors Dramatis is measured against: unpacked extensions that do
 * nothing but what every extension of its kind pays for. Written to a
 * temporary folder per run and loaded like dist/chrome.
 *
 * - `empty`: a worker that only answers, and a content script on every page
 *   that does nothing. Chromium still creates the content script's isolated
 *   world and evaluates the script: the cost of having a content script at all.
 * - `askOnIdle`: the same worker, with a content script that sends it a
 *   message as the page becomes idle, as Dramatis's asks for the article: the
 *   floor of a cold start (Chromium's own time to wake a worker and answer).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const CONTENT_SCRIPTS = {
  empty: '// The floor: a content script that does nothing.\n',
  askOnIdle: [
    'const asked = performance.now();',
    "chrome.runtime.sendMessage({}).then(() => performance.measure('floor:answer-on-load', { start: asked, end: performance.now() }));",
    '',
  ].join('\n'),
};

export type FloorKind = keyof typeof CONTENT_SCRIPTS;

export interface FloorExtension {
  dir: string;
  /** The content script's size in bytes. */
  contentScriptBytes: number;
  remove(): Promise<void>;
}

export async function writeFloorExtension(kind: FloorKind): Promise<FloorExtension> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `dramatis-floor-${kind}-`));
  const manifest = {
    manifest_version: 3,
    name: `Dramatis bench floor (${kind})`,
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(path.join(dir, 'worker.js'), 'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({}); });\n');
  await writeFile(path.join(dir, 'content.js'), CONTENT_SCRIPTS[kind]);
  return { dir, contentScriptBytes: Buffer.byteLength(CONTENT_SCRIPTS[kind]), remove: () => rm(dir, { recursive: true, force: true }) };
}
