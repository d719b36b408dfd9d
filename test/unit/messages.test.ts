import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, startBackground } from '../../lib/ext/background';
import { changeSettings, loadSettings } from '../../lib/ext/settings';
import { installFakeScripting } from '../support/fake-scripting';
import { FORMATS_WAIT_MS, parsePageReport, requestFormats, sendPageReport } from '../../lib/ext/messages';
import { formatsFor } from '../../lib/text/formats';
import { parseTabCommand } from '../../lib/ext/tab-commands';
import { getTabState, type TabState } from '../../lib/ext/tab-state';

const state: TabState = {
  status: 'marked',
  site: 'voanews.com',
  entities: [{ id: 'dmitry-peskov', count: 3 }, { id: 'jan-hamacek', count: 1 }],
  incidents: [{ id: 'mh17-2014', count: 2 }],
};
const report = (s: unknown) => ({ type: 'page-report', state: s });
/** A sender in tab `id`: the background reads only the tab's id, so the rest of the Tab is left out. */
const fromTab = (id: number) => ({ tab: { id } }) as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

/** The keyboard command's listener: WXT's fake browser has no commands API, so the test keeps what the background adds. */
let onCommand: ((command: string) => Promise<void>) | undefined;

let scripting: ReturnType<typeof installFakeScripting>;

beforeEach(() => {
  fakeBrowser.reset();
  scripting = installFakeScripting();
  onCommand = undefined;
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    onCommand = listener as unknown as typeof onCommand;
  });
  // Nor a context-menu API: the test keeps the item the background creates and its click listener.
  menuItems = [];
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((item) => {
    menuItems.push(item as { id: string; title: string; contexts: string[] });
    return 'look-up';
  });
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((listener) => {
    onMenuClick = listener as unknown as typeof onMenuClick;
  });
});

let menuItems: Array<{ id: string; title: string; contexts: string[] }> = [];
let onMenuClick: ((info: { menuItemId: string; selectionText?: string; frameId?: number }, tab?: { id?: number }) => void) | undefined;
afterEach(() => vi.restoreAllMocks());

describe('parsePageReport', () => {
  it('accepts a well-formed report', () => {
    expect(parsePageReport(report(state))).toEqual(report(state));
  });

  it.each<[string, unknown]>([
    ['an unknown status', { ...state, status: 'pwned' }],
    ['a count that is not a number', { ...state, entities: [{ id: 'x', count: '3' }] }],
    ['a missing list', { status: 'marked', site: 'voanews.com', entities: [] }],
    ['an extra field', { ...state, html: '<img src=x onerror=alert(1)>' }],
    ['no state at all', undefined],
  ])('drops %s, and says so in the console', (_what, bad) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parsePageReport(report(bad))).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/dropped a malformed page report/));
  });

  it('ignores messages of other kinds without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parsePageReport({ type: 'something-else' })).toBeUndefined();
    expect(parsePageReport('page-report')).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('the background', () => {
  it('stores a report for its tab and counts the names found on the badge, not the incidents', async () => {
    startBackground();
    await fakeBrowser.runtime.onMessage.trigger(report(state), fromTab(7), () => undefined);
    expect(await getTabState(7)).toEqual(state);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
  });

  it('never stores a malformed report', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    startBackground();
    await fakeBrowser.runtime.onMessage.trigger(report({ ...state, status: 'pwned' }), fromTab(7), () => undefined);
    expect(await getTabState(7)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it.each<[string, object]>([
    ['a frame inside the page', { tab: { id: 7 }, frameId: 3 }],
    ['a page being prerendered', { tab: { id: 7 }, frameId: 0, documentLifecycle: 'prerender' }],
    ['a page in the back/forward cache', { tab: { id: 7 }, frameId: 0, documentLifecycle: 'cached' }],
    ['no tab at all', { frameId: 0 }],
  ])('drops a report from %s', async (_what, sender) => {
    startBackground();
    await fakeBrowser.runtime.onMessage.trigger(report(state), sender as ReturnType<typeof fromTab>, () => undefined);
    expect(await getTabState(7)).toBeNull();
  });

  it('drops a report that arrives after its tab closed', async () => {
    startBackground();
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 7.'));
    await fakeBrowser.runtime.onMessage.trigger(report(state), fromTab(7), () => undefined);
    expect(await getTabState(7)).toBeNull();
  });

  it.each<[string, TabState, string]>([
    ['names found', state, '2'],
    ['only an incident named', { ...state, entities: [] }, ''],
    ['the site off', { ...state, status: 'off', entities: [], incidents: [] }, ''],
    ['a failed scan', { ...state, status: 'error', entities: [], incidents: [], message: 'boom' }, ''],
  ])('badge with %s: %j', (_what, s, text) => {
    expect(badgeText(s)).toBe(text);
  });
});

describe('sendPageReport', () => {
  it('never rejects into the news page when the message cannot be delivered', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendPageReport(browser.runtime, state)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not report this page's findings \(Could not establish connection/));
  });
});

describe('the keyboard command', () => {
  it('asks the tab in front for the card at the cursor', async () => {
    startBackground();
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    // The fake's tab list is empty: the tab in front is one the test names.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4 }] as never);
    await onCommand?.('open-card');
    expect(sent).toHaveBeenCalledWith(4, { type: 'open-card-at-cursor' });
    await onCommand?.('something-else');
    expect(sent).toHaveBeenCalledTimes(1);
  });
});

describe('the formats of a language', () => {
  it('come from the background, as Intl writes them there', async () => {
    startBackground();
    expect(await requestFormats(browser.runtime, 'cs')).toEqual(formatsFor('cs'));
  });

  it.each<[string, unknown]>([
    ['a locale that is no language tag', { type: 'formats', locale: '<img src=x onerror=alert(1)>' }],
    ['a locale that is no string', { type: 'formats', locale: { toString: 'cs' } }],
    ['an extra field', { type: 'formats', locale: 'cs', html: '<b>' }],
  ])('are not written for a request with %s, which is dropped and said so', async (_what, request) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    startBackground();
    const answers: unknown[] = [];
    await fakeBrowser.runtime.onMessage.trigger(request, fromTab(7), (answer: unknown) => void answers.push(answer));
    expect(answers).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/dropped a malformed formats request/));
  });

  it.each<[string, unknown]>([
    ['another language', { ...formatsFor('pl'), locale: 'pl' }],
    ['a template too long', { locale: 'cs', plainCounts: true, dates: { y: ['x'.repeat(500)] } }],
    ['nothing', undefined],
  ])('are left to the page when the answer is %s', async (_what, answer) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(answer as void);
    expect(await requestFormats(browser.runtime, 'cs')).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/formats for cs were not usable/));
  });

  it('are left to the page when the background does not answer in time, so that no card waits on it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.useFakeTimers();
    try {
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => new Promise<void>(() => undefined));
      const asked = requestFormats(browser.runtime, 'cs');
      await vi.advanceTimersByTimeAsync(FORMATS_WAIT_MS);
      expect(await asked).toBeUndefined();
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/did not answer with the formats of cs within 1000 ms/));
    } finally {
      vi.useRealTimers();
    }
  });

  it('are left to the page when the background cannot be reached, without a rejection into the news page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(requestFormats(browser.runtime, 'cs')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not ask for the formats of cs/));
  });
});

describe('parseTabCommand', () => {
  it.each<[unknown, unknown]>([
    [{ type: 'open-card', id: 'dmitry-peskov' }, { type: 'open-card', id: 'dmitry-peskov' }],
    [{ type: 'open-card-at-cursor' }, { type: 'open-card-at-cursor' }],
    [{ type: 'open-card', id: '' }, undefined],
    [{ type: 'open-card', id: 'x', html: '<b>' }, undefined],
    [{ type: 'page-report' }, undefined],
    ['open-card', undefined],
  ])('%j → %j', (message, command) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseTabCommand(message)).toEqual(command);
  });
});

describe('the context menu', () => {
  it('offers to look up selected text, on any page, and sends the look-up to the clicked tab', async () => {
    startBackground();
    await vi.waitUntil(() => menuItems.length > 0);
    expect(menuItems).toEqual([{ id: 'look-up', title: 'Look up “%s” in Backgrounder', contexts: ['selection'] }]);
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    onMenuClick?.({ menuItemId: 'look-up', selectionText: 'Peskov', frameId: 0 }, { id: 9 });
    await vi.waitUntil(() => sent.mock.calls.length > 0);
    expect(sent).toHaveBeenCalledWith(9, { type: 'look-up', text: 'Peskov' });
  });
});

describe('the background and the reader’s own sites', () => {
  it('adds a site the reader allows, wherever they allowed it, registers its content script, and drops both when they take it back', async () => {
    startBackground();
    // Granted, say, from the popup, which the browser's prompt closed before it could add the site itself.
    scripting.granted.add('*://*.example.sk/*');
    scripting.onAdded.trigger({ origins: ['*://*.example.sk/*'] });
    await vi.waitUntil(async () => (await loadSettings()).settings.addedSites.includes('example.sk'));
    await vi.waitUntil(() => scripting.registered.length === 1);
    expect(scripting.registered[0]).toMatchObject({ id: 'backgrounder-site-example.sk', matches: ['*://*.example.sk/*'] });
    // Taken back in the browser's own settings, not ours.
    scripting.granted.delete('*://*.example.sk/*');
    scripting.onRemoved.trigger({ origins: ['*://*.example.sk/*'] });
    await vi.waitUntil(() => scripting.registered.length === 0);
    await vi.waitUntil(async () => (await loadSettings()).settings.addedSites.length === 0);
  });

  it('keeps a site added in the options registered only while its permission stands', async () => {
    startBackground();
    scripting.granted.add('*://*.example.pl/*');
    await changeSettings(browser.runtime, { type: 'add-site', site: 'example.pl' });
    await vi.waitUntil(() => scripting.registered.some((r) => r.id === 'backgrounder-site-example.pl'));
    scripting.granted.delete('*://*.example.pl/*');
    await changeSettings(browser.runtime, { type: 'set', patch: { density: 'every' } });
    await vi.waitUntil(() => scripting.registered.length === 0);
  });

  it('opens the welcome page on install, and not on an update', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    expect(created).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(created).toHaveBeenCalledWith({ url: '/welcome.html' });
  });
});
