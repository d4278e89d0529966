/**
 * Finds what the project runs the browsers with (Debian's chromium and
 * firefox-esr by default, CHROMIUM_PATH and FIREFOX_PATH override; Xvfb for
 * `npm start` on a machine without a display), and installs what is missing
 * with apt-get when this is a Debian machine run as root, or says exactly how.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSERS: Record<BrowserName, { path: string; apt: string }> = {
  chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', apt: 'chromium' },
  firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

/** The virtual display `npm start` runs the browser on where there is no real one. */
export const XVFB_RUN = { path: '/usr/bin/xvfb-run', apt: 'xvfb' };

export function ensureBrowsers(names: BrowserName[]): void {
  ensureInstalled(
    names.map((name) => BROWSERS[name]),
    'or point CHROMIUM_PATH / FIREFOX_PATH at an installed Chromium / Firefox (140 or later).',
  );
}

export function ensureXvfb(): void {
  ensureInstalled([XVFB_RUN], 'or run this from a desktop session, where the browser opens on your display.');
}

function ensureInstalled(needed: { path: string; apt: string }[], otherwise: string): void {
  const missing = needed.filter((item) => !existsSync(item.path));
  if (missing.length === 0) return;
  const packages = missing.map((item) => item.apt);
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Missing: ${missing.map((item) => item.path).join(', ')}.`);
    console.error(`Install with:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
    console.error(otherwise);
    process.exit(1);
  }
  console.log(`Installing ${packages.join(' ')} with apt-get (about a minute)...`);
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-q', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
