import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isSiteEnabled, loadSettings, migrateSettings, saveSettings, watchSettings, withSite } from '../../lib/ext/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with every site on', async () => {
    const { settings, problem } = await loadSettings();
    expect(problem).toBeUndefined();
    expect(isSiteEnabled(settings, 'voanews.com')).toBe(true);
  });

  it('remembers a site turned off, and on again', async () => {
    await saveSettings(withSite(DEFAULT_SETTINGS, 'voanews.com', false));
    expect(isSiteEnabled((await loadSettings()).settings, 'voanews.com')).toBe(false);
    expect(isSiteEnabled((await loadSettings()).settings, 'rmx.news')).toBe(true);
    await saveSettings(withSite((await loadSettings()).settings, 'voanews.com', true));
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['a string', 'garbage'],
    ['a wrong field type', { disabledSites: 'voanews.com' }],
    ['a list of numbers', { disabledSites: [1, 2], density: 'every' }],
    ['an unknown density', { disabledSites: [], density: 'sometimes' }],
  ])('falls back to the defaults on %s, and says so', async (_what, value) => {
    await fakeBrowser.storage.local.set({ settings: value });
    const { settings, problem } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problem).toMatch(/could not be read.*defaults are in use/);
  });

  it('migrates version 1 settings: the sites turned off stay off, and the density is the default', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['rmx.news'] }, settings$: { v: 1 } });
    await migrateSettings();
    expect(await loadSettings()).toEqual({ settings: { disabledSites: ['rmx.news'], density: 'first-in-section' } });
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
  });

  it('keeps the density when a site is turned off', () => {
    expect(withSite({ disabledSites: [], density: 'every' }, 'rmx.news', false)).toEqual({ disabledSites: ['rmx.news'], density: 'every' });
  });

  it('tells watchers about changes until aborted', async () => {
    const seen: boolean[] = [];
    const controller = new AbortController();
    watchSettings(({ settings }) => seen.push(isSiteEnabled(settings, 'rmx.news')), controller.signal);
    await saveSettings(withSite(DEFAULT_SETTINGS, 'rmx.news', false));
    controller.abort();
    await saveSettings(DEFAULT_SETTINGS);
    expect(seen).toEqual([false]);
  });
});
