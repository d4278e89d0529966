/**
 * The options page: reads the settings and the extension's shortcuts, renders
 * the view, and writes changes back to storage, where every tab and the popup
 * pick them up.
 */
import { render } from 'preact';
import { messagesReady } from '../shared/i18n.ts';
import { hostOf, siteChange, type Settings } from '../shared/settings.ts';
import { loadSettings, resetSettings, saveSettings, setSiteActive, watchSettings } from '../shared/settings-store.ts';
import { Options } from './Options.tsx';
import { readShortcuts, openShortcutSettings } from './shortcuts.ts';
import type { Shortcut } from './option-parts.tsx';

const app = document.getElementById('app')!;
const lifetime = new AbortController();
let settings: Settings | undefined;
let shortcuts: Shortcut[] = [];

function show(): void {
  if (!settings) return;
  const current = settings;
  render(
    <Options
      settings={current}
      shortcuts={shortcuts}
      onChange={(patch) => void saveSettings(patch)}
      onAddSite={(text) => {
        const host = hostOf(text);
        if (host === undefined) return false;
        void saveSettings(siteChange(current, host, current.siteMode === 'only'));
        return true;
      }}
      onSiteActive={(host, active) => void setSiteActive(host, active)}
      onEditShortcuts={() => void openShortcutSettings()}
      onReset={() => void resetSettings()}
    />,
    app,
  );
}

void (async () => {
  await messagesReady();
  settings = await loadSettings();
  shortcuts = await readShortcuts();
  show();
  watchSettings((next) => {
    settings = next;
    show();
  }, lifetime.signal);
  // The reader may come back from the browser's shortcut settings.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void readShortcuts().then((next) => ((shortcuts = next), show()));
  });
  // Tests wait for this before they click.
  document.body.dataset.ready = 'true';
})();
