/**
 * The user's settings: defaults, repair of whatever storage holds (an older
 * version's shape, a hand-edited value, nothing at all), and change events.
 * Settings live in `storage.local` under one key so that every tab and the
 * popup see one truth.
 */
import browser from './browser-api.ts';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_SCHEMA_VERSION = 1;

export interface Settings {
  schemaVersion: typeof SETTINGS_SCHEMA_VERSION;
  /** The main switch: marks and cards on every site. */
  enabled: boolean;
}

export const defaultSettings: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  enabled: true,
};

/** Always returns usable settings: unknown or broken values fall back to the defaults. */
export function repairSettings(stored: unknown): Settings {
  const settings: Settings = { ...defaultSettings };
  if (typeof stored !== 'object' || stored === null) return settings;
  const s = stored as Record<string, unknown>;
  if (typeof s.enabled === 'boolean') settings.enabled = s.enabled;
  return settings;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return repairSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(patch: Partial<Omit<Settings, 'schemaVersion'>>): Promise<Settings> {
  const next: Settings = { ...(await loadSettings()), ...patch, schemaVersion: SETTINGS_SCHEMA_VERSION };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
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
