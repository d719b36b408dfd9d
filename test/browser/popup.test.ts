/**
 * The reader's control in real Chromium and Firefox: the popup explains each seed article in one
 * 400×600 screen, its search covers the whole dataset, its switch turns the site off, an unlisted
 * page gets its offers, the options add and remove a site (the content script registered and
 * unregistered), a broken import changes nothing, and the welcome page opens on install.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../support/demo-articles';
import { UNLISTED } from '../support/server';
import { type BrowserName, cardDates, markCount, openPopup, selectText, type Session, type Tab } from './harness';
import { openMarkedArticle, useBrowser } from './setup';

const voa = DEMO_ARTICLES.find((a) => a.host === 'www.voanews.com')!;
/** Each seed's publisher, which its own site's popup must not list. */
const OUTLETS: Record<string, string> = { 'rmx.news': 'remix', 'www.voanews.com': 'voice-of-america', 'www.washingtonexaminer.com': 'washington-examiner' };
const slug = (host: string) => host.replace(/^www\./, '').split('.')[0]!;

/** In the page: where the popup's parts are, in viewport pixels, and whether the page scrolled. */
function popupLayout() {
  const box = (el: Element | null | undefined) => el?.getBoundingClientRect();
  const incidents = [...document.querySelectorAll('[data-testid="incident-item"]')];
  return {
    search: box(document.querySelector('[data-testid="search"]'))?.bottom ?? Infinity,
    lastIncident: box(incidents.at(-1))?.bottom ?? -1,
    incidents: incidents.length,
    firstName: box(document.querySelector('[data-testid="entity-item"]'))?.top ?? Infinity,
    names: [...document.querySelectorAll('[data-testid="entity-item"]')].map((el) => el.getAttribute('data-entity')),
    scrolled: document.scrollingElement?.scrollTop ?? 0,
  };
}

/** In an extension page: whether the content script is registered at run time under `id`, as `wanted` says it should be or not. */
async function isRegistered([id, wanted]: [string, boolean]): Promise<boolean> {
  type Api = { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const ids = (await (g.browser ?? g.chrome)!.scripting.getRegisteredContentScripts()).map((s) => s.id);
  return ids.includes(id) === wanted;
}

/** In an extension page: the stored settings, as the storage holds them. */
async function storedSettings(): Promise<unknown> {
  type Api = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (await (g.browser ?? g.chrome)!.storage.local.get('settings')).settings ?? null;
}

/** The id of the newest web tab, read from an extension page (without the "tabs" permission the extension sees ids, not addresses). */
async function newestTabId(session: Session): Promise<number> {
  const ext = await session.newTab();
  await ext.goto(session.extensionUrl('options.html'));
  const id = await ext.evaluate(async () => {
    type Api = { tabs: { query(q: object): Promise<Array<{ id?: number }>>; getCurrent(): Promise<{ id?: number } | undefined> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    const self = (await api.tabs.getCurrent())?.id;
    const ids = (await api.tabs.query({})).map((t) => t.id ?? -1).filter((t) => t !== self);
    return Math.max(...ids);
  });
  await ext.close();
  return id;
}

/**
 * The unlisted page in a tab of its own, with the toolbar button pressed there (Chromium's only):
 * the reader's click grants activeTab for this tab, as the context menu's click does.
 */
async function openUnlistedPressed(session: Session, url: string): Promise<{ page: Tab; tabId: number }> {
  const page = await session.newTab();
  await page.goto(url);
  const tabId = await newestTabId(session);
  await session.pressToolbarButton!(url);
  return { page, tabId };
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const env = useBrowser(name);

  it('opens the welcome page on install', async () => {
    const url = env.session.extensionUrl('welcome.html');
    // The background opens it as the extension starts (it may still be on its way); the extension's own pages see it among its tabs.
    const options = await env.session.newTab();
    await options.goto(env.session.extensionUrl('options.html'));
    await options.waitFor(() => {
      type Api = { extension: { getViews(filter: { type: string }): Window[] } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (g.browser ?? g.chrome)!.extension.getViews({ type: 'tab' }).some((view) => view.location.pathname === '/welcome.html');
    });
    await options.close();
    const welcome = await env.session.newTab();
    await welcome.setViewport(900, 1100);
    await welcome.goto(url);
    await welcome.waitForSelector('[data-testid="welcome-scope"]');
    expect((await welcome.texts('[data-testid="welcome-scope"]'))[0]).toMatch(/75 .*25 incidents/);
    await welcome.screenshot(`${name}-welcome`);
    await welcome.close();
  });

  it.each(DEMO_ARTICLES)('explains $publication in one 400×600 screen', async (article) => {
    const { tab, tabId } = await openMarkedArticle(env, article);
    const popup = await openPopup(env.session, tabId);
    await popup.setViewport(400, 600);
    await popup.waitForSelector('[data-testid="entity-item"]');
    const layout = await popup.evaluate(popupLayout);
    expect(layout.scrolled).toBe(0);
    expect(layout.search).toBeLessThan(200);
    expect(layout.incidents).toBeGreaterThan(0);
    expect(layout.incidents).toBeLessThanOrEqual(3);
    expect(layout.lastIncident).toBeLessThanOrEqual(600);
    expect(layout.firstName).toBeLessThan(600);
    expect(layout.names).not.toContain(OUTLETS[article.host]);
    await popup.screenshot(`${name}-popup-${slug(article.host)}`);
    await popup.close();
    await tab.close();
  });

  it('searches the whole dataset however a name is spelt, and shows a result’s card in the popup', async () => {
    const { tab, tabId } = await openMarkedArticle(env, voa);
    const popup = await openPopup(env.session, tabId);
    await popup.setViewport(400, 600);
    for (const [query, id] of [
      ['Vrbetice', 'vrbetice'],
      ['Navalnyy', 'alexey-navalny'],
      ['Пескова', 'dmitry-peskov'],
    ] as const) {
      await popup.fill('[data-testid="search"]', query);
      await popup.waitForSelector(`[data-testid="search-result"][data-id="${id}"]`);
      expect((await popup.evaluate(() => document.querySelector('[data-testid="search-result"]')?.getAttribute('data-id')))).toBe(id);
      if (query === 'Navalnyy') await popup.screenshot(`${name}-popup-search-results`);
    }
    await popup.click('[data-testid="search-result"][data-id="dmitry-peskov"]');
    await popup.waitForSelector('[data-testid="popup-card"] >>> [data-testid="entity-name"]');
    expect(await popup.texts('[data-testid="popup-card"] >>> [data-testid="entity-name"]')).toEqual(['Dmitry Peskov']);
    await popup.screenshot(`${name}-popup-search`);
    await popup.close();
    await tab.close();
  });

  it('turns the site off and on from its switch, and the page follows', async () => {
    const { tab, tabId } = await openMarkedArticle(env, voa);
    const popup = await openPopup(env.session, tabId);
    await popup.waitForSelector('[data-testid="site-switch"]');
    expect(await popup.texts('[data-testid="site-state"]')).toEqual(['On for voanews.com']);
    await popup.click('[data-testid="site-switch"]');
    await popup.waitForSelector('[data-testid="status"][data-status="off"]');
    await tab.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) === 0);
    await popup.click('[data-testid="turn-on"]');
    // A hidden tab is not scanned: the reader goes back to the article.
    await tab.bringToFront();
    await tab.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    await popup.waitForSelector('[data-testid="entity-item"]');
    await popup.close();
    await tab.close();
  });

  it('offers to scan a page of a site that is not on the list, and says why when the browser does not let it', async () => {
    const page = await env.session.newTab();
    await page.goto(env.server.urlOf(UNLISTED));
    const popup = await openPopup(env.session, await newestTabId(env.session));
    await popup.setViewport(400, 600);
    await popup.waitForSelector('[data-testid="status"][data-status="unlisted"]');
    // Opened as a page, not from the toolbar button, the popup has no activeTab grant: the browser refuses, and the popup says so.
    await popup.click('[data-testid="scan-page"]');
    await popup.waitForSelector('[data-testid="popup-notice"]');
    expect((await popup.texts('[data-testid="popup-notice"]'))[0]).toMatch(/could not be scanned/);
    expect(await page.evaluate(markCount)).toBe(0);
    await popup.close();
    await page.close();
  });

  // Only Chromium's toolbar button can be pressed from a test (harness.ts pressToolbarButton).
  if (name === 'chromium')
  it('scans an unlisted page once the reader has pressed the toolbar button there', async () => {
    const { page, tabId } = await openUnlistedPressed(env.session, env.server.urlOf(UNLISTED));
    const popup = await openPopup(env.session, tabId);
    await popup.setViewport(400, 600);
    await popup.waitForSelector('[data-testid="always-run"]');
    expect(await popup.texts('[data-testid="always-run"]')).toEqual(['Always run on example-news.sk']);
    await popup.screenshot(`${name}-popup-unlisted`);
    await popup.click('[data-testid="scan-page"]');
    await popup.waitForSelector('[data-testid="entity-item"][data-entity="dmitry-peskov"]');
    expect(await popup.texts('[data-testid="site-state"]')).toEqual(['On for example-news.sk']);
    await page.bringToFront();
    await page.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    await popup.close();
    await page.close();
  });

  if (name === 'chromium')
  it('looks a selected name up on an unlisted page, as the context menu does, with the card’s dates from the background’s formats', async () => {
    const { page, tabId } = await openUnlistedPressed(env.session, env.server.urlOf(UNLISTED));
    await page.evaluateWith(selectText, { word: 'Peskov', collapse: false });
    // What the background does for the menu's click (lib/ext/background.ts lookUpInTab): the look-up script, then the command.
    const ext = await env.session.newTab();
    await ext.goto(env.session.extensionUrl('options.html'));
    await ext.evaluateWith(
      async (id) => {
        type Api = {
          scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
          tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
        };
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        await api.scripting.executeScript({ target: { tabId: id }, files: ['/lookup.js'] });
        await api.tabs.sendMessage(id, { type: 'look-up', text: 'Peskov' });
      },
      tabId,
    );
    await ext.close();
    await page.bringToFront();
    await page.waitForSelector('backgrounder-card >>> [data-entity="dmitry-peskov"]');
    // Nothing marked: the look-up shows a card and leaves the page as it was.
    expect(await page.evaluate(markCount)).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName('backgrounder:formats').length)).toBe(1);
    const dates = await page.evaluateWith(cardDates, await page.evaluate(() => navigator.language));
    expect(dates.length).toBeGreaterThan(1);
    for (const { text, written } of dates) expect(text.startsWith(written), `${text} starts with ${written}`).toBe(true);
    await page.screenshot(`${name}-lookup-unlisted`);
    await page.close();
  });

  it('refuses a site it cannot add, saying why', async () => {
    const options = await env.session.newTab();
    await options.goto(env.session.extensionUrl('options.html'));
    for (const [typed, message] of [
      ['sme.sk', /on the list already/],
      ['localhost', /not the address of a public site/],
      ['ftp://example.sk', /only http and https/],
    ] as const) {
      await options.fill('[data-testid="add-site-input"]', typed);
      await options.click('[data-testid="add-site-button"]');
      await options.waitForSelector('[data-testid="add-site-problem"]');
      expect((await options.texts('[data-testid="add-site-problem"]'))[0]).toMatch(message);
    }
    await options.close();
  });

  it('refuses a broken settings file with what is wrong with it, and changes nothing', async () => {
    const options = await env.session.newTab();
    await options.goto(env.session.extensionUrl('options.html'));
    await options.click('[data-testid="density"] input[value="every"]');
    await options.waitFor(() => (document.querySelector('[data-testid="density"] input[value="every"]') as HTMLInputElement).checked);
    const before = JSON.stringify(await options.evaluate(storedSettings));
    await options.setFile('[data-testid="import"]', { name: 'broken.json', content: '{"kind":"backgrounder-settings","version":3,"settings":{"cardDelay":"soon"}}' });
    await options.waitForSelector('[data-testid="settings-file-message"]');
    expect((await options.texts('[data-testid="settings-file-message"]'))[0]).toMatch(/not imported.*settings\.cardDelay/);
    expect(JSON.stringify(await options.evaluate(storedSettings))).toBe(before);
    await options.screenshot(`${name}-options`);
    await options.click('[data-testid="density"] input[value="first-in-section"]');
    await options.close();
  });
});

// Firefox answers the permission prompt from a pref (harness.ts); no driver can answer Chromium's.
describe('firefox, the reader’s own sites', () => {
  const env = useBrowser('firefox');
  let options: Tab;

  beforeAll(async () => {
    options = await env.session.newTab();
    await options.goto(env.session.extensionUrl('options.html'));
  });

  it('adds a site: its permission is asked for, the content script is registered there, and its pages are marked', async () => {
    await options.fill('[data-testid="add-site-input"]', `https://${UNLISTED.host}/svet`);
    await options.click('[data-testid="add-site-button"]');
    await options.waitForSelector('[data-testid="add-site-done"]');
    await options.waitForSelector('[data-testid="site-row"][data-site="example-news.sk"] [data-testid="site-remove"]');
    await options.waitForFunctionWith(isRegistered, ['backgrounder-site-example-news.sk', true]);
    await options.evaluate(() => document.querySelector('[data-testid="add-site"]')!.scrollIntoView());
    await options.screenshot('firefox-options-sites');
    const page = await env.session.newTab();
    await page.goto(env.server.urlOf(UNLISTED));
    await page.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    await page.close();
  });

  it('removes the site: the script is unregistered and the permission given back', async () => {
    await options.click('[data-testid="site-row"][data-site="example-news.sk"] [data-testid="site-remove"]');
    await options.waitForFunctionWith(isRegistered, ['backgrounder-site-example-news.sk', false]);
    const granted = await options.evaluate(async () => {
      type Api = { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (g.browser ?? g.chrome)!.permissions.contains({ origins: ['*://*.example-news.sk/*'] });
    });
    expect(granted).toBe(false);
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('%s, dark', (name) => {
  const env = useBrowser(name, { dark: true });

  it.each(DEMO_ARTICLES)('draws the popup for $publication in the dark theme', async (article) => {
    const { tab, tabId } = await openMarkedArticle(env, article);
    const popup = await openPopup(env.session, tabId);
    await popup.setViewport(400, 600);
    await popup.waitForSelector('[data-testid="entity-item"]');
    // The popup follows the system's theme: a dark background under light text.
    const colours = await popup.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    const lightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, c) => sum + Number(c), 0) / 3;
    expect(lightness(colours[0]!)).toBeLessThan(80);
    expect(lightness(colours[1]!)).toBeGreaterThan(180);
    await popup.screenshot(`${name}-popup-${slug(article.host)}-dark`);
    await popup.close();
    await tab.close();
  });
});
