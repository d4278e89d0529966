/** The popup: reads the settings, renders the view, writes changes back to storage. */
import { render } from 'preact';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../shared/settings.ts';
import { Popup } from './Popup.tsx';

const app = document.getElementById('app')!;
const lifetime = new AbortController();

function show(settings: Settings): void {
  render(<Popup enabled={settings.enabled} onToggle={(enabled) => void saveSettings({ enabled })} />, app);
}

void loadSettings().then((settings) => {
  show(settings);
  watchSettings(show, lifetime.signal);
  // Tests wait for this before they click.
  document.body.dataset.ready = 'true';
});
