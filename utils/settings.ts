/**
 * User settings: one typed object with defaults and versioned migrations,
 * kept in storage.local (never synced). The API key and corrections are
 * stored under their own keys, apart from these, and never in the cache.
 */
import { browser } from './native-browser';
import { SITE_IDS, type SiteId } from './sites/ids';

export type BadgeStyle = 'rating' | 'rating-votes' | 'none';
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  version: 1;
  /** TMDB language, e.g. "en-US". */
  language: string;
  /** Region for certifications and where-to-watch, e.g. "US". */
  region: string;
  sites: Record<SiteId, boolean>;
  /** Detection on every other site through the generic detectors (optional permission). */
  allSites: boolean;
  badgeStyle: BadgeStyle;
  /** Hover intent before a card opens. */
  cardDelayMs: number;
  theme: Theme;
  logging: boolean;
}

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

/** Defaults follow the browser's UI language, e.g. "pt-BR" gives language pt-BR and region BR. */
export function defaultSettings(uiLanguage = browserLanguage()): Settings {
  const [lang = 'en', country] = uiLanguage.replace('_', '-').split('-');
  const region = (country ?? (lang === 'en' ? 'US' : lang)).toUpperCase();
  return {
    version: SETTINGS_VERSION,
    language: `${lang.toLowerCase()}-${region}`,
    region,
    sites: Object.fromEntries(SITE_IDS.map((id) => [id, true])) as Record<SiteId, boolean>,
    allSites: false,
    badgeStyle: 'rating',
    cardDelayMs: 350,
    theme: 'system',
    logging: false,
  };
}

function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en-US';
  } catch {
    return 'en-US';
  }
}

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n object into version n+1. None yet: version 1 is the first. */
const MIGRATIONS: Record<number, Migration> = {};

/**
 * Brings any stored value up to the current version, keeping what the user set
 * and filling what is missing from the defaults. Unknown or broken values give
 * the defaults rather than an exception: settings must always load.
 */
export function migrateSettings(stored: unknown, defaults = defaultSettings()): Settings {
  if (typeof stored !== 'object' || stored === null) return defaults;
  let value = { ...(stored as Record<string, unknown>) };
  let version = typeof value.version === 'number' ? value.version : 0;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (step) value = step(value);
    version += 1;
  }
  return sanitize(value, defaults);
}

function sanitize(value: Record<string, unknown>, defaults: Settings): Settings {
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): Settings[K] =>
    ok(value[key]) ? (value[key] as Settings[K]) : defaults[key];
  const storedSites = (typeof value.sites === 'object' && value.sites) || {};
  const sites = { ...defaults.sites };
  for (const id of SITE_IDS) {
    const on = (storedSites as Record<string, unknown>)[id];
    if (typeof on === 'boolean') sites[id] = on;
  }
  return {
    version: SETTINGS_VERSION,
    language: pick('language', (v) => typeof v === 'string' && /^[a-z]{2}(-[A-Z]{2})?$/.test(v)),
    region: pick('region', (v) => typeof v === 'string' && /^[A-Z]{2}$/.test(v)),
    sites,
    allSites: pick('allSites', (v) => typeof v === 'boolean'),
    badgeStyle: pick('badgeStyle', (v) => v === 'rating' || v === 'rating-votes' || v === 'none'),
    cardDelayMs: pick('cardDelayMs', (v) => typeof v === 'number' && v >= 0 && v <= 3000),
    theme: pick('theme', (v) => v === 'system' || v === 'light' || v === 'dark'),
    logging: pick('logging', (v) => typeof v === 'boolean'),
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = migrateSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `onChange` whenever the settings change in any tab or page, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      onChange(migrateSettings(changes[SETTINGS_KEY]?.newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
