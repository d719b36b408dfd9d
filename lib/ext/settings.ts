/**
 * The reader's settings, in `storage.local`. Only the sites turned off are stored, so a
 * site added to the default list in an update is on without a migration. A stored value
 * that does not parse falls back to the defaults, and the caller is told so.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

/**
 * How many of a name's mentions are drawn: the first in each section of the page (the
 * default: marks everywhere teach the reader to ignore them), every one, or the first on the
 * page only. Mentions not drawn still open their card.
 */
export const DENSITIES = ['first-in-section', 'every', 'first-only'] as const;
export type Density = (typeof DENSITIES)[number];

const SettingsSchema = v.object({
  disabledSites: v.array(v.string()),
  density: v.picklist(DENSITIES),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { disabledSites: [], density: 'first-in-section' };

/** Settings as read, with a note when the stored value was unreadable. */
export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored settings were corrupt and the defaults are used instead. */
  problem?: string;
}

const item = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // Version 1 had no density: its readers get the default. A value that is not an object is left for parseSettings to report.
    2: (old: unknown) => (typeof old === 'object' && old !== null ? { density: DEFAULT_SETTINGS.density, ...old } : old),
  },
});

/** Runs the stored settings' migrations now (they run anyway before the first read or write). */
export function migrateSettings(): Promise<void> {
  return item.migrate();
}

/** Checks a stored value; anything unexpected becomes the defaults plus a problem note. */
export function parseSettings(value: unknown): LoadedSettings {
  const result = v.safeParse(SettingsSchema, value);
  if (result.success) return { settings: result.output };
  const where = result.issues[0]?.path?.map((p) => String(p.key)).join('.') ?? 'the value';
  return {
    settings: DEFAULT_SETTINGS,
    problem: `Your saved settings could not be read (${where}: ${result.issues[0]?.message ?? 'invalid'}), so the defaults are in use.`,
  };
}

export async function loadSettings(): Promise<LoadedSettings> {
  return parseSettings(await item.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await item.setValue(settings);
}

/** Calls `onChange` whenever the settings change (in any tab or page) until `signal` aborts. */
export function watchSettings(onChange: (loaded: LoadedSettings) => void, signal: AbortSignal): void {
  const unwatch = item.watch((value) => onChange(parseSettings(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}

export function isSiteEnabled(settings: Settings, site: string): boolean {
  return !settings.disabledSites.includes(site);
}

/** The settings with one site turned on or off. */
export function withSite(settings: Settings, site: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site].sort() };
}
