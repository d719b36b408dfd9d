/**
 * The reader's settings, in `storage.local`. Only the sites turned off are stored, so a
 * site added to the default list in an update is on without a migration. A stored value
 * that does not parse falls back to the defaults, and the caller is told so.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

const SettingsSchema = v.object({ disabledSites: v.array(v.string()) });

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { disabledSites: [] };

/** Settings as read, with a note when the stored value was unreadable. */
export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored settings were corrupt and the defaults are used instead. */
  problem?: string;
}

const item = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

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
  return { disabledSites: enabled ? others : [...others, site].sort() };
}
