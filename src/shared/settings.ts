/**
 * The user's settings: their shape, defaults, and the repair of whatever
 * storage holds (an older version's shape, a hand-edited value, nothing at
 * all). Settings live in `storage.local` under one key so that every tab and
 * the popup see one truth (settings-store.ts reads and writes them). No
 * browser API here: the first content script reads them without the polyfill.
 */

export const SETTINGS_KEY = 'settings';
export const SETTINGS_SCHEMA_VERSION = 5;

/** Which mentions are marked: every one, only the first of each entity, or every one but only while Alt is held. */
export type MarkMode = 'every' | 'first' | 'modifier';

/** How marks look: the dotted underline (the first look, the default), a soft background tint, or a plain thin underline. */
export type MarkLook = 'dotted' | 'tint' | 'line';
export const MARK_LOOKS: readonly MarkLook[] = ['dotted', 'tint', 'line'];

/** Where names are marked: the article (headline, body, byline; the default) or everything on the page. */
export type MarkScope = 'article' | 'page';
export const MARK_SCOPES: readonly MarkScope[] = ['article', 'page'];

/** Where Dramatis runs: every site but the paused ones (the default), or only the sites the reader allowed. */
export type SiteMode = 'all' | 'only';
export const SITE_MODES: readonly SiteMode[] = ['all', 'only'];

export interface Settings {
  schemaVersion: typeof SETTINGS_SCHEMA_VERSION;
  /** The main switch: marks and cards on every site. */
  enabled: boolean;
  /** Host names where the reader paused Dramatis ("pause on this site"), in the 'all' site mode. */
  pausedSites: string[];
  siteMode: SiteMode;
  /** Host names where Dramatis runs in the 'only' site mode. */
  allowedSites: string[];
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
  siteMode: 'all',
  allowedSites: [],
  markPeople: true,
  markOrganizations: true,
  markMode: 'every',
  markLook: 'dotted',
  scope: 'article',
};

const MAX_SITES = 1000;

/**
 * Always returns usable settings: every field is checked on its own, so one
 * broken or unknown value falls back to its default without losing the rest.
 * Version 1 had only `enabled`, version 2 no `markLook`, version 3 no `scope`,
 * version 4 no site mode: what they had carries over and the rest takes its
 * default.
 */
export function repairSettings(stored: unknown): Settings {
  const settings: Settings = { ...defaultSettings, pausedSites: [], allowedSites: [] };
  if (typeof stored !== 'object' || stored === null) return settings;
  const s = stored as Record<string, unknown>;
  if (typeof s.enabled === 'boolean') settings.enabled = s.enabled;
  settings.pausedSites = hostList(s.pausedSites);
  settings.allowedSites = hostList(s.allowedSites);
  if (SITE_MODES.includes(s.siteMode as SiteMode)) settings.siteMode = s.siteMode as SiteMode;
  if (typeof s.markPeople === 'boolean') settings.markPeople = s.markPeople;
  if (typeof s.markOrganizations === 'boolean') settings.markOrganizations = s.markOrganizations;
  if (s.markMode === 'every' || s.markMode === 'first' || s.markMode === 'modifier') settings.markMode = s.markMode;
  if (MARK_LOOKS.includes(s.markLook as MarkLook)) settings.markLook = s.markLook as MarkLook;
  if (MARK_SCOPES.includes(s.scope as MarkScope)) settings.scope = s.scope as MarkScope;
  return settings;
}

function hostList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((h): h is string => typeof h === 'string' && h.length > 0 && h.length < 254))].slice(0, MAX_SITES);
}

/** Whether the site mode lets Dramatis run on this host (the main switch aside). */
export function siteAllowed(settings: Settings, host: string): boolean {
  return settings.siteMode === 'only' ? settings.allowedSites.includes(host) : !settings.pausedSites.includes(host);
}

/** Whether Dramatis runs on a page of this host. */
export function activeOn(settings: Settings, host: string): boolean {
  return settings.enabled && siteAllowed(settings, host);
}

/** The site-list change that makes Dramatis run on a site, or not: unpausing or pausing it, or allowing it or not in 'only' mode. */
export function siteChange(settings: Settings, host: string, active: boolean): Pick<Settings, 'pausedSites'> | Pick<Settings, 'allowedSites'> {
  if (settings.siteMode === 'only') {
    const others = settings.allowedSites.filter((h) => h !== host);
    return { allowedSites: active ? [...others, host] : others };
  }
  const others = settings.pausedSites.filter((h) => h !== host);
  return { pausedSites: active ? others : [...others, host] };
}

/** The host name in what a reader typed ("example.com", "https://www.example.com/news"), or undefined when it is none. */
export function hostOf(input: string): string | undefined {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return undefined;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || host === 'localhost' ? host : undefined;
  } catch {
    return undefined;
  }
}
