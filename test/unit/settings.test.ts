import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isSiteEnabled, loadSettings, saveSettings, watchSettings, withSite } from '../../lib/ext/settings';

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
    ['a list of numbers', { disabledSites: [1, 2] }],
  ])('falls back to the defaults on %s, and says so', async (_what, value) => {
    await fakeBrowser.storage.local.set({ settings: value });
    const { settings, problem } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problem).toMatch(/could not be read.*defaults are in use/);
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
