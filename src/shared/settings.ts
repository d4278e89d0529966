/**
 * The user's settings: defaults, repair of whatever storage holds (an older
 * version's shape, a hand-edited value, nothing at all), and change events.
 * Settings live in `storage.local` under one key so that every tab and the
 * popup see one truth.
 */
import browser from './browser-api.ts';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_SCHEMA_VERSION = 4;

/** Which mentions are marked: every one, only the first of each entity, or every one but only while Alt is held. */
export type MarkMode = 'every' | 'first' | 'modifier';

/** How marks look: the dotted underline (the first look, the default), a soft background tint, or a plain thin underline. */
export type MarkLook = 'dotted' | 'tint' | 'line';
export const MARK_LOOKS: readonly MarkLook[] = ['dotted', 'tint', 'line'];

/** Where names are marked: the article (headline, body, byline; the default) or everything on the page. */
export type MarkScope = 'article' | 'page';
export const MARK_SCOPES: readonly MarkScope[] = ['article', 'page'];

export interface Settings {
  schemaVersion: typeof SETTINGS_SCHEMA_VERSION;
  /** The main switch: marks and cards on every site. */
  enabled: boolean;
  /** Host names where the reader paused Dramatis ("pause on this site"). */
  pausedSites: string[];
  markPeople: boolean;
  markOrganizations: boolean;
  markMode: MarkMode;
  markLook: MarkLook;
  scope: MarkScope;
}

export const defaultSettings: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  enabled: true,
  pausedSites: [],
  markPeople: true,
  markOrganizations: true,
  markMode: 'every',
  markLook: 'dotted',
  scope: 'article',
};

const MAX_PAUSED_SITES = 1000;

/**
 * Always returns usable settings: every field is checked on its own, so one
 * broken or unknown value falls back to its default without losing the rest.
 * Version 1 had only `enabled`, version 2 no `markLook`, version 3 no `scope`:
 * what they had carries over and the rest takes its default.
 */
export function repairSettings(stored: unknown): Settings {
  const settings: Settings = { ...defaultSettings, pausedSites: [] };
  if (typeof stored !== 'object' || stored === null) return settings;
  const s = stored as Record<string, unknown>;
  if (typeof s.enabled === 'boolean') settings.enabled = s.enabled;
  if (Array.isArray(s.pausedSites)) {
    settings.pausedSites = [...new Set(s.pausedSites.filter((h): h is string => typeof h === 'string' && h.length > 0 && h.length < 254))].slice(0, MAX_PAUSED_SITES);
  }
  if (typeof s.markPeople === 'boolean') settings.markPeople = s.markPeople;
  if (typeof s.markOrganizations === 'boolean') settings.markOrganizations = s.markOrganizations;
  if (s.markMode === 'every' || s.markMode === 'first' || s.markMode === 'modifier') settings.markMode = s.markMode;
  if (MARK_LOOKS.includes(s.markLook as MarkLook)) settings.markLook = s.markLook as MarkLook;
  if (MARK_SCOPES.includes(s.scope as MarkScope)) settings.scope = s.scope as MarkScope;
  return settings;
}

/** Whether Dramatis runs on a page of this host. */
export function activeOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.pausedSites.includes(host);
}

/** Pauses Dramatis on a site, or resumes it there. */
export async function setSitePaused(host: string, paused: boolean): Promise<Settings> {
  const current = await loadSettings();
  const others = current.pausedSites.filter((h) => h !== host);
  return saveSettings({ pausedSites: paused ? [...others, host] : others });
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
