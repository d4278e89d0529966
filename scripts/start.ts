/**
 * `npm start` (Chromium) and `npm run start:firefox`: builds Dramatis, keeps
 * rebuilding on change, serves the sample article on localhost and opens a
 * browser with the extension loaded on it through `web-ext run`, which also
 * reloads the extension after each rebuild.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startServer } from '../dev/server.ts';
import { REPO_ROOT } from '../dev/gold.ts';
import { BROWSERS, ensureBrowsers, ensureXvfb, XVFB_RUN } from './browsers.ts';

const target = process.argv[2] === 'firefox' ? 'firefox' : 'chromium';
const browserPath = BROWSERS[target].path;

ensureBrowsers([target]);
if (spawnSync(process.execPath, ['build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);

const server = await startServer(Number(process.env.PORT ?? 8931));
console.log(`Sample article: ${server.url}`);

const webExt = path.join(REPO_ROOT, 'node_modules/.bin/web-ext');
const args =
  target === 'firefox'
    ? ['run', '--target', 'firefox-desktop', '--firefox', browserPath, '--source-dir', 'dist/firefox', '--start-url', server.url]
    : ['run', '--target', 'chromium', '--chromium-binary', browserPath, '--source-dir', 'dist/chrome', '--start-url', server.url];
// Chromium refuses to start as root without it (containers, CI machines).
if (target === 'chromium' && process.getuid?.() === 0) args.push('--arg=--no-sandbox');

let command = webExt;
let commandArgs = args;
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  // Installed with apt-get like the browsers, when run as root on Debian; otherwise the exact command is printed.
  ensureXvfb();
  console.log('No display here: the browser runs on a virtual X display (xvfb-run).');
  command = XVFB_RUN.path;
  commandArgs = ['-a', '-s', '-screen 0 1280x900x24', webExt, ...args];
}

const children: ChildProcess[] = [
  spawn(process.execPath, ['build.mjs', '--watch'], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] }),
  spawn(command, commandArgs, { cwd: REPO_ROOT, stdio: 'inherit' }),
];

const stop = () => {
  // SIGINT, not SIGTERM: web-ext then closes the browser and removes its temporary profile.
  for (const child of children) child.kill('SIGINT');
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children[1]!.on('exit', stop);
