/**
 * The reader's settings, in `storage.local` through one WXT storage item with a version and
 * migrations. Each field is read on its own: a corrupt field falls back to its default and
 * the reader is told which one; fields this version does not know (written by a newer one)
 * are kept as they are. Every change is a `SettingsChange`, applied by the background alone
 * (`startSettingsWriter`) as a read-modify-write, one at a time, so that two quick clicks or two
 * open options tabs never overwrite each other.
 */
import * as v from 'valibot';
import type { WxtBrowser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * How many of a name's mentions are drawn: the first in each section of the page (the
 * default: marks everywhere teach the reader to ignore them), every one, or the first on the
 * page only. Mentions not drawn still open their card.
 */
export const DENSITIES = ['first-in-section', 'every', 'first-only'] as const;
export type Density = (typeof DENSITIES)[number];

/** What can be marked: the dataset's entity kinds and its incidents. */
export const MARK_KINDS = ['person', 'organisation', 'place', 'document', 'incident'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** How a mark is drawn: a tinted background with its underline (the default), or the underline alone, quieter. */
export const MARK_STYLES = ['background', 'underline'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

/** The longest dwell a reader may choose before a card opens, in milliseconds. */
export const MAX_CARD_DELAY = 2000;

/** The schema of each field, read one by one so that one corrupt field does not cost the others. */
const FIELDS = {
  /** Backgrounder paused everywhere: no marks on any site until the reader resumes it. */
  paused: v.boolean(),
  /** Sites (listed or added) the reader turned off. Only these are stored, so a site added to the default list in an update is on. */
  disabledSites: v.array(v.string()),
  /** Sites the reader added, each with its host permission granted at the time. */
  addedSites: v.array(v.string()),
  /** Kinds the reader chose not to mark. */
  hiddenKinds: v.array(v.picklist(MARK_KINDS)),
  density: v.picklist(DENSITIES),
  markStyle: v.picklist(MARK_STYLES),
  /** Milliseconds a pointer rests on a name before its card opens. */
  cardDelay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_CARD_DELAY)),
  /** Notes on sentences that state a claim the record corrects. */
  claimNotes: v.boolean(),
};

export type Settings = { [K in keyof typeof FIELDS]: v.InferOutput<(typeof FIELDS)[K]> };
export type SettingName = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  addedSites: [],
  hiddenKinds: [],
  density: 'first-in-section',
  markStyle: 'background',
  cardDelay: 500,
  claimNotes: true,
};

/** The version this code writes; a stored value of a higher one was written by a newer Backgrounder. */
export const SETTINGS_VERSION = 4;

/** Settings as read, with what could not be. */
export interface LoadedSettings {
  settings: Settings;
  /** Fields whose stored value was unreadable, now at their defaults (all of them if the whole value was). */
  corrupt: SettingName[];
  /** Set when a newer version of Backgrounder wrote the settings: what this one understands is in use, the rest is kept. */
  newer?: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const defineSettingsItem = () =>
  storage.defineItem<unknown>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: {
      // Version 1 had no density: its readers get the default. A value that is not an object is left for parseSettings to report.
      2: (old: unknown) => (isRecord(old) ? { density: DEFAULT_SETTINGS.density, ...old } : old),
      // Version 3 added the pause, added sites, kinds, mark style and card delay, all at their defaults.
      3: (old: unknown) => (isRecord(old) ? { ...DEFAULT_SETTINGS, ...old } : old),
      // Version 4 added the notes on corrected claims, on.
      4: (old: unknown) => (isRecord(old) ? { claimNotes: DEFAULT_SETTINGS.claimNotes, ...old } : old),
    },
  });

/**
 * The stored item, defined when first used: defining it starts its migrations, a read of the
 * storage, which the content script's first task then does not pay (lib/page/boot.ts).
 */
let item: ReturnType<typeof defineSettingsItem> | undefined;
const settingsItem = () => (item ??= defineSettingsItem());

/** Runs the stored settings' migrations now (they run anyway before the first read or write). */
export function migrateSettings(): Promise<void> {
  return settingsItem().migrate();
}

/** Reads a stored value field by field: a missing field is its default, an unreadable one its default and named in `corrupt`. */
export function parseSettings(value: unknown): LoadedSettings {
  if (!isRecord(value)) return { settings: DEFAULT_SETTINGS, corrupt: Object.keys(FIELDS) as SettingName[] };
  const settings: Record<string, unknown> = {};
  const corrupt: SettingName[] = [];
  for (const name of Object.keys(FIELDS) as SettingName[]) {
    if (value[name] === undefined) {
      settings[name] = DEFAULT_SETTINGS[name];
      continue;
    }
    const result = v.safeParse(FIELDS[name], value[name]);
    settings[name] = result.success ? result.output : DEFAULT_SETTINGS[name];
    if (!result.success) corrupt.push(name);
  }
  return { settings: settings as Settings, corrupt };
}

/** The settings now, with notes on what could not be read. */
export async function loadSettings(): Promise<LoadedSettings> {
  const [value, meta] = await Promise.all([settingsItem().getValue(), settingsItem().getMeta()]);
  const loaded = parseSettings(value);
  const version = isRecord(meta) && typeof meta.v === 'number' ? meta.v : undefined;
  return version !== undefined && version > SETTINGS_VERSION ? { ...loaded, newer: true } : loaded;
}

/** Calls `onChange` whenever the settings change (in any tab or page) until `signal` aborts. */
export function watchSettings(onChange: (loaded: LoadedSettings) => void, signal: AbortSignal): void {
  // The stored value changed: read it with its version again, as loadSettings does.
  const unwatch = settingsItem().watch(() => void loadSettings().then(onChange, (error: unknown) => console.error('Backgrounder: could not read the settings', error)));
  signal.addEventListener('abort', unwatch, { once: true });
}

// Changes.

/** A host name as the site list keeps it. */
const Site = v.pipe(v.string(), v.nonEmpty());

/** The fields a `set` change may change: everything but the site lists, which have changes of their own. */
const Patch = v.partial(v.object({ paused: FIELDS.paused, hiddenKinds: FIELDS.hiddenKinds, density: FIELDS.density, markStyle: FIELDS.markStyle, cardDelay: FIELDS.cardDelay, claimNotes: FIELDS.claimNotes }));

/** One change the reader makes, as data, so that one writer can apply every change in turn. */
export const SettingsChangeSchema = v.variant('type', [
  /** Turns a site on or off. */
  v.strictObject({ type: v.literal('site'), site: Site, enabled: v.boolean() }),
  /** Adds a site the reader chose (its permission is granted before). */
  v.strictObject({ type: v.literal('add-site'), site: Site }),
  /** Removes an added site. */
  v.strictObject({ type: v.literal('remove-site'), site: Site }),
  v.strictObject({ type: v.literal('set'), patch: Patch }),
  /** Replaces every setting with an imported file's (checked with `parseSettingsFile` first). */
  v.strictObject({ type: v.literal('import'), file: v.unknown() }),
  v.strictObject({ type: v.literal('reset') }),
]);
export type SettingsChange = v.InferOutput<typeof SettingsChangeSchema>;

/** The settings after `change`. Throws on an import file that does not parse (the writer reports it). */
export function applyChange(settings: Settings, change: SettingsChange): Settings {
  switch (change.type) {
    case 'site': {
      const others = settings.disabledSites.filter((s) => s !== change.site);
      return { ...settings, disabledSites: change.enabled ? others : [...others, change.site].sort() };
    }
    case 'add-site':
      return {
        ...settings,
        addedSites: [...new Set([...settings.addedSites, change.site])].sort(),
        disabledSites: settings.disabledSites.filter((s) => s !== change.site),
      };
    case 'remove-site':
      return {
        ...settings,
        addedSites: settings.addedSites.filter((s) => s !== change.site),
        disabledSites: settings.disabledSites.filter((s) => s !== change.site),
      };
    case 'set':
      return { ...settings, ...change.patch };
    case 'import': {
      const parsed = parseSettingsFile(change.file);
      if ('error' in parsed) throw new Error(parsed.error);
      return parsed.settings;
    }
    case 'reset':
      return DEFAULT_SETTINGS;
  }
}

/** The message that carries a change to the writer. */
const SettingsMessageSchema = v.strictObject({ type: v.literal('settings-change'), change: SettingsChangeSchema });
type ChangeResult = { ok: true } | { ok: false; error: string };

/**
 * Asks the background to apply `change`; resolves once it is stored (every open page then
 * hears of it through `watchSettings`). Throws with the writer's reason when it was refused.
 */
export async function changeSettings(runtime: WxtBrowser['runtime'], change: SettingsChange): Promise<void> {
  const result = (await runtime.sendMessage({ type: 'settings-change', change })) as ChangeResult | undefined;
  if (!result) throw new Error('the background did not answer');
  if (!result.ok) throw new Error(result.error);
}

/**
 * The one writer of the settings, in the background: each change is applied to the stored value
 * as it is at that moment, in the order the changes came, and fields this version does not
 * know are written back untouched.
 */
export function startSettingsWriter(runtime: WxtBrowser['runtime']): (change: SettingsChange) => Promise<void> {
  let queue: Promise<unknown> = Promise.resolve();
  const write = async (change: SettingsChange): Promise<ChangeResult> => {
    try {
      const stored = await settingsItem().getValue();
      const next = applyChange(parseSettings(stored).settings, change);
      await settingsItem().setValue({ ...(isRecord(stored) ? stored : {}), ...next });
      return { ok: true };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
  // The answer goes through sendResponse (and `return true`), which every browser and WXT's fake browser understand.
  runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (result: ChangeResult) => void) => {
    if (!isRecord(message) || message.type !== 'settings-change') return undefined;
    const parsed = v.safeParse(SettingsMessageSchema, message);
    if (!parsed.success) {
      console.warn(`Backgrounder: dropped a malformed settings change (${v.getDotPath(parsed.issues[0]) ?? 'message'}: ${parsed.issues[0].message})`);
      sendResponse({ ok: false, error: 'malformed change' });
      return true;
    }
    void enqueue(parsed.output.change).then(sendResponse);
    return true;
  });
  /** Queues a change behind the others; resolves with its result once it is stored or refused. */
  function enqueue(change: SettingsChange): Promise<ChangeResult> {
    const done = queue.then(() => write(change));
    queue = done;
    return done;
  }
  // The background's own changes join the same queue (a message to itself would never arrive).
  return async (change) => {
    const result = await enqueue(change);
    if (!result.ok) throw new Error(result.error);
  };
}

// Export and import.

/** What marks an exported file as ours. */
const FILE_KIND = 'backgrounder-settings';

/** The settings as a file's JSON text, with this version's number. */
export function settingsFile(settings: Settings): string {
  return `${JSON.stringify({ kind: FILE_KIND, version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

const SettingsFileSchema = v.object({
  kind: v.literal(FILE_KIND, 'is not a Backgrounder settings file'),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  // An older file lacks later fields (their defaults apply); a newer one's unknown fields are left out.
  settings: v.partial(v.object(FIELDS)),
});

/** The settings in an imported file, or what is wrong with it, naming the field. */
export function parseSettingsFile(json: unknown): { settings: Settings } | { error: string } {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      return { error: `the file is not JSON (${(error as Error).message})` };
    }
  }
  const result = v.safeParse(SettingsFileSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    return { error: `${v.getDotPath(issue) ?? 'the file'}: ${issue.message}` };
  }
  const read = result.output.settings as Partial<Settings>;
  return { settings: { ...DEFAULT_SETTINGS, ...Object.fromEntries(Object.entries(read).filter(([, value]) => value !== undefined)) } };
}

// Reading the settings: in a module of their own, with no storage, so that the page kit can ask them.
export { isKindShown, isSiteEnabled } from './settings-read';
