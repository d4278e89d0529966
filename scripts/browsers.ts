/**
 * Finds the browsers the project runs in (Debian's chromium and firefox-esr by
 * default; CHROMIUM_PATH and FIREFOX_PATH override), and installs a missing one
 * with apt-get when this is a Debian machine run as root, or says exactly how.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSERS: Record<BrowserName, { path: string; apt: string }> = {
  chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', apt: 'chromium' },
  firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

export function ensureBrowsers(names: BrowserName[]): void {
  const missing = names.filter((name) => !existsSync(BROWSERS[name].path));
  if (missing.length === 0) return;
  const packages = missing.map((name) => BROWSERS[name].apt);
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Missing browser(s): ${missing.map((n) => BROWSERS[n].path).join(', ')}.`);
    console.error(`Install them with:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
    console.error('or point CHROMIUM_PATH / FIREFOX_PATH at an installed Chromium / Firefox (128 or later).');
    process.exit(1);
  }
  console.log(`Installing ${packages.join(' ')} with apt-get (about a minute)...`);
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-q', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
