/** Settings: read field by field, migrated, changed by one writer, exported and imported; WXT's fake browser behind them. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyChange,
  changeSettings,
  DEFAULT_SETTINGS,
  isKindShown,
  isSiteEnabled,
  loadSettings,
  migrateSettings,
  parseSettingsFile,
  SETTINGS_VERSION,
  settingsFile,
  startSettingsWriter,
  watchSettings,
} from '../../lib/ext/settings';

const stored = async () => (await fakeBrowser.storage.local.get(['settings', 'settings$'])) as { settings?: unknown; settings$?: { v: number } };

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startSettingsWriter(browser.runtime);
  });

  it('starts with every site on, nothing paused, every kind marked', async () => {
    const loaded = await loadSettings();
    expect(loaded).toEqual({ settings: DEFAULT_SETTINGS, corrupt: [] });
    expect(isSiteEnabled(loaded.settings, 'voanews.com')).toBe(true);
    expect(isKindShown(loaded.settings, 'incident')).toBe(true);
  });

  it('remembers a site turned off, and on again, through the writer', async () => {
    await changeSettings(browser.runtime, { type: 'site', site: 'voanews.com', enabled: false });
    expect(isSiteEnabled((await loadSettings()).settings, 'voanews.com')).toBe(false);
    expect(isSiteEnabled((await loadSettings()).settings, 'rmx.news')).toBe(true);
    await changeSettings(browser.runtime, { type: 'site', site: 'voanews.com', enabled: true });
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('applies quick changes one after another, so that none overwrites another', async () => {
    // Two clicks and another tab's change, all sent before any is stored.
    await Promise.all([
      changeSettings(browser.runtime, { type: 'site', site: 'voanews.com', enabled: false }),
      changeSettings(browser.runtime, { type: 'site', site: 'rmx.news', enabled: false }),
      changeSettings(browser.runtime, { type: 'set', patch: { density: 'every' } }),
      changeSettings(browser.runtime, { type: 'add-site', site: 'sme.sk' }),
    ]);
    expect((await loadSettings()).settings).toMatchObject({ disabledSites: ['rmx.news', 'voanews.com'], density: 'every', addedSites: ['sme.sk'] });
  });

  it.each([
    ['a string', 'garbage', ['paused', 'disabledSites', 'addedSites', 'hiddenKinds', 'density', 'markStyle', 'cardDelay', 'claimNotes']],
    ['a wrong field type', { disabledSites: 'voanews.com', density: 'every' }, ['disabledSites']],
    ['a list of numbers', { disabledSites: [1, 2], density: 'every' }, ['disabledSites']],
    ['an unknown density', { disabledSites: ['rmx.news'], density: 'sometimes' }, ['density']],
    ['a delay out of range', { cardDelay: 99_999 }, ['cardDelay']],
    ['an unknown kind', { hiddenKinds: ['cat'] }, ['hiddenKinds']],
  ])('falls back to the default of each unreadable field on %s, names it, and keeps the rest', async (_what, value, corrupt) => {
    await fakeBrowser.storage.local.set({ settings: value, settings$: { v: SETTINGS_VERSION } });
    const loaded = await loadSettings();
    expect(loaded.corrupt).toEqual(corrupt);
    for (const name of corrupt) expect(loaded.settings[name as keyof typeof DEFAULT_SETTINGS]).toEqual(DEFAULT_SETTINGS[name as keyof typeof DEFAULT_SETTINGS]);
    if (typeof value === 'object' && 'density' in value && !corrupt.includes('density')) expect(loaded.settings.density).toBe(value.density);
  });

  it('migrates version 1 settings: the sites turned off stay off, everything new is at its default', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['rmx.news'] }, settings$: { v: 1 } });
    await migrateSettings();
    expect(await loadSettings()).toEqual({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['rmx.news'] }, corrupt: [] });
    expect((await stored()).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('migrates version 2 settings, keeping the density the reader chose', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: [], density: 'first-only' }, settings$: { v: 2 } });
    await migrateSettings();
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, density: 'first-only' });
    expect((await stored()).settings).toEqual({ ...DEFAULT_SETTINGS, density: 'first-only' });
  });

  it('migrates version 3 settings to notes on corrected claims, on, keeping everything else', async () => {
    const { claimNotes: _new, ...v3 } = { ...DEFAULT_SETTINGS, markStyle: 'underline' as const, cardDelay: 1000 };
    await fakeBrowser.storage.local.set({ settings: v3, settings$: { v: 3 } });
    await migrateSettings();
    expect((await stored()).settings).toEqual({ ...v3, claimNotes: true });
    expect((await stored()).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('leaves settings written by a newer version untouched, reads what it understands, and says so', async () => {
    const newer = { ...DEFAULT_SETTINGS, density: 'every', theme: 'sepia', disabledSites: ['rmx.news'] };
    await fakeBrowser.storage.local.set({ settings: newer, settings$: { v: SETTINGS_VERSION + 1 } });
    // WXT refuses to migrate downwards and logs it; nothing is reset.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: newer, settings$: { v: SETTINGS_VERSION + 1 } });
    startSettingsWriter(browser.runtime);
    const loaded = await loadSettings();
    expect(loaded).toMatchObject({ newer: true, corrupt: [], settings: { density: 'every', disabledSites: ['rmx.news'] } });
    // A change keeps the fields this version does not know, and the newer version's mark.
    await changeSettings(browser.runtime, { type: 'site', site: 'voanews.com', enabled: false });
    const after = await stored();
    expect(after.settings).toMatchObject({ theme: 'sepia', density: 'every', disabledSites: ['rmx.news', 'voanews.com'] });
    expect(after.settings$).toEqual({ v: SETTINGS_VERSION + 1 });
    vi.restoreAllMocks();
  });

  it('tells watchers about changes until aborted', async () => {
    const seen: boolean[] = [];
    const controller = new AbortController();
    watchSettings(({ settings }) => seen.push(isSiteEnabled(settings, 'rmx.news')), controller.signal);
    await changeSettings(browser.runtime, { type: 'site', site: 'rmx.news', enabled: false });
    await vi.waitUntil(() => seen.length === 1);
    controller.abort();
    await changeSettings(browser.runtime, { type: 'reset' });
    expect(seen).toEqual([false]);
  });

  it('drops a malformed change and stores nothing', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const answer = await fakeBrowser.runtime.sendMessage({ type: 'settings-change', change: { type: 'set', patch: { density: 'always' } } });
    expect(answer).toEqual({ ok: false, error: 'malformed change' });
    expect((await stored()).settings).toBeUndefined();
    expect(warned).toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});

describe('applyChange', () => {
  it('adds a site once, sorted, and turns it on; removing it forgets that it was off', () => {
    const added = applyChange({ ...DEFAULT_SETTINGS, disabledSites: ['sme.sk'] }, { type: 'add-site', site: 'sme.sk' });
    expect(added).toMatchObject({ addedSites: ['sme.sk'], disabledSites: [] });
    expect(applyChange(added, { type: 'add-site', site: 'sme.sk' }).addedSites).toEqual(['sme.sk']);
    const off = applyChange(added, { type: 'site', site: 'sme.sk', enabled: false });
    expect(applyChange(off, { type: 'remove-site', site: 'sme.sk' })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the density when a site is turned off', () => {
    expect(applyChange({ ...DEFAULT_SETTINGS, density: 'every' }, { type: 'site', site: 'rmx.news', enabled: false })).toMatchObject({ disabledSites: ['rmx.news'], density: 'every' });
  });
});

describe('export and import', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startSettingsWriter(browser.runtime);
  });

  it('imports what it exported', async () => {
    const mine = { ...DEFAULT_SETTINGS, density: 'every' as const, addedSites: ['sme.sk'], hiddenKinds: ['document' as const], cardDelay: 1000 };
    const file = settingsFile(mine);
    expect(parseSettingsFile(file)).toEqual({ settings: mine });
    await changeSettings(browser.runtime, { type: 'import', file });
    expect((await loadSettings()).settings).toEqual(mine);
  });

  it('reads an older file, its missing settings at their defaults', () => {
    expect(parseSettingsFile({ kind: 'backgrounder-settings', version: 2, settings: { disabledSites: ['rmx.news'], density: 'every' } })).toEqual({
      settings: { ...DEFAULT_SETTINGS, disabledSites: ['rmx.news'], density: 'every' },
    });
  });

  it.each([
    ['text that is not JSON', '{"kind": ', /^the file is not JSON/],
    ['another program’s file', { kind: 'ublock', version: 1, settings: {} }, /^kind: is not a Backgrounder settings file$/],
    ['a bad density', { kind: 'backgrounder-settings', version: 3, settings: { density: 'always' } }, /^settings\.density: /],
    ['a bad site list', { kind: 'backgrounder-settings', version: 3, settings: { addedSites: 'sme.sk' } }, /^settings\.addedSites: /],
    ['no version', { kind: 'backgrounder-settings', settings: {} }, /^version: /],
  ])('refuses %s, naming the problem, and changes nothing', async (_what, file, message) => {
    await changeSettings(browser.runtime, { type: 'set', patch: { density: 'first-only' } });
    const before = await stored();
    const parsed = parseSettingsFile(typeof file === 'string' ? file : JSON.stringify(file));
    expect('error' in parsed && parsed.error).toMatch(message);
    await expect(changeSettings(browser.runtime, { type: 'import', file: typeof file === 'string' ? file : JSON.stringify(file) })).rejects.toThrow(message);
    expect(await stored()).toEqual(before);
  });

  it('resets every setting to its default', async () => {
    await changeSettings(browser.runtime, { type: 'set', patch: { paused: true, markStyle: 'underline' } });
    await changeSettings(browser.runtime, { type: 'reset' });
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });
});
