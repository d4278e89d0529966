/** Reads, writes and follows the settings in `storage.local` (their shape and repair: settings.ts). */
import browser from './browser-api.ts';
import { defaultSettings, repairSettings, SETTINGS_KEY, SETTINGS_SCHEMA_VERSION, siteChange, type Settings } from './settings.ts';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return repairSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(patch: Partial<Omit<Settings, 'schemaVersion'>>): Promise<Settings> {
  const next: Settings = { ...(await loadSettings()), ...patch, schemaVersion: SETTINGS_SCHEMA_VERSION };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Every setting back to its default: the site lists are emptied too. */
export async function resetSettings(): Promise<Settings> {
  await browser.storage.local.set({ [SETTINGS_KEY]: defaultSettings });
  return defaultSettings;
}

/** Makes Dramatis run on a site, or stop there, in the current site mode. */
export async function setSiteActive(host: string, active: boolean): Promise<Settings> {
  return saveSettings(siteChange(await loadSettings(), host, active));
}

/** Calls `onChange` with the repaired settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) onChange(repairSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
