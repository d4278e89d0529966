/** The extension's keyboard shortcuts (commands API), as the browser has them bound, and the way to the browser's page for changing them. */
import browser from '../shared/browser-api.ts';
import type { Shortcut } from './option-parts.tsx';

export async function readShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands
    .filter((c) => c.name !== undefined && !c.name.startsWith('_'))
    .map((c) => ({ name: c.name!, description: c.description ?? c.name!, shortcut: c.shortcut ?? '' }));
}

/** Firefox 137+ opens its own shortcut settings; Chrome has a page for them that an extension may open. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
