/** The site list: what a reader may add, which pages no extension may read, and the added sites' content scripts. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_FILE, permissionFor, scanTab, sitesIn, syncRegistrations } from '../../lib/ext/registration';
import { installFakeScripting } from '../support/fake-scripting';
import { DEFAULT_SITES, isForbiddenPage, parseSiteInput, SITE_GROUPS, siteForHost, sitesOf } from '../../lib/ext/sites';

describe('the default list', () => {
  it('holds each site once, and outlets in every language the readers read', () => {
    expect(new Set(DEFAULT_SITES).size).toBe(DEFAULT_SITES.length);
    for (const tld of ['.cz', '.sk', '.pl', '.de', '.at', '.ua', '.bg']) expect(DEFAULT_SITES.some((s) => s.endsWith(tld))).toBe(true);
    expect(SITE_GROUPS.map((g) => g.id)).toEqual(expect.arrayContaining(['slovak', 'polish', 'german', 'russian', 'ukrainian', 'bulgarian']));
    // A site inside another listed one would be listed twice.
    for (const site of DEFAULT_SITES) expect(siteForHost(site, DEFAULT_SITES.filter((s) => s !== site))).toBeUndefined();
  });

  it('adds the reader’s sites to it', () => {
    expect(siteForHost('www.example.sk', sitesOf({ addedSites: ['example.sk'] }))).toBe('example.sk');
    expect(siteForHost('www.example.sk')).toBeUndefined();
  });
});

describe('parseSiteInput', () => {
  it.each([
    ['example.sk', 'example.sk'],
    ['  WWW.Example.SK ', 'example.sk'],
    ['https://www.example.sk/spravy/123?x=1', 'example.sk'],
    ['http://news.example.pl', 'news.example.pl'],
    ['příklad.cz', 'xn--pklad-zsa96e.cz'],
  ])('takes %j as %s', (input, site) => expect(parseSiteInput(input, DEFAULT_SITES)).toEqual({ site }));

  it.each([
    ['', { error: 'empty' }],
    ['ftp://example.sk', { error: 'not-web', input: 'ftp://example.sk' }],
    ['http://exa mple.sk', { error: 'invalid', input: 'http://exa mple.sk' }],
    ['localhost', { error: 'not-public', input: 'localhost' }],
    ['192.168.1.1', { error: 'not-public', input: '192.168.1.1' }],
    ['example', { error: 'not-public', input: 'example' }],
    ['sme.sk', { error: 'listed', site: 'sme.sk', listed: 'sme.sk' }],
    ['https://domov.sme.sk/c/1', { error: 'listed', site: 'domov.sme.sk', listed: 'sme.sk' }],
  ])('refuses %j, saying why', (input, error) => expect(parseSiteInput(input, DEFAULT_SITES)).toEqual(error));
});

describe('isForbiddenPage', () => {
  it.each([
    ['chrome://extensions/', true],
    ['about:addons', true],
    ['moz-extension://abc/popup.html', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://addons.mozilla.org/cs/firefox/', true],
    ['view-source:https://sme.sk/', true],
    ['https://www.sme.sk/', false],
    ['http://example.org/a', false],
  ])('%s → %s', (url, forbidden) => expect(isForbiddenPage(url)).toBe(forbidden));
});

describe('sitesIn', () => {
  it('reads back the sites of the permissions it asks for, and nothing else', () => {
    expect(sitesIn([...permissionFor('example.sk').origins, ...permissionFor('news.example.pl').origins])).toEqual(['example.sk', 'news.example.pl']);
    expect(sitesIn(['<all_urls>', '*://*/*', 'https://example.sk/*'])).toEqual([]);
    expect(sitesIn(undefined)).toEqual([]);
  });
});

describe('syncRegistrations', () => {
  let fake: ReturnType<typeof installFakeScripting>;

  beforeEach(() => {
    fakeBrowser.reset();
    fake = installFakeScripting();
  });

  it('registers the content script for each added site the reader allowed, kept across restarts, and for no other', async () => {
    fake.granted.add('*://*.example.sk/*');
    expect(await syncRegistrations({ addedSites: ['example.sk', 'example.pl'] })).toEqual(['example.sk']);
    expect(fake.registered).toEqual([
      { id: 'backgrounder-site-example.sk', matches: ['*://*.example.sk/*'], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  });

  it('adds and removes registrations as sites and permissions come and go, and runs twice without a duplicate', async () => {
    fake.granted.add('*://*.example.sk/*').add('*://*.example.pl/*');
    await syncRegistrations({ addedSites: ['example.sk'] });
    await syncRegistrations({ addedSites: ['example.sk', 'example.pl'] });
    await syncRegistrations({ addedSites: ['example.sk', 'example.pl'] });
    expect(fake.registered.map((s) => s.id).sort()).toEqual(['backgrounder-site-example.pl', 'backgrounder-site-example.sk']);
    // The reader took example.sk back in the browser's settings, then removed example.pl in ours.
    fake.granted.delete('*://*.example.sk/*');
    await syncRegistrations({ addedSites: ['example.sk', 'example.pl'] });
    expect(fake.registered.map((s) => s.id)).toEqual(['backgrounder-site-example.pl']);
    await syncRegistrations({ addedSites: ['example.sk'] });
    expect(fake.registered).toEqual([]);
  });

  it('leaves registrations that are not its own alone', async () => {
    fake.registered.push({ id: 'someone-else', matches: ['*://*.x.org/*'], js: ['x.js'] });
    await syncRegistrations({ addedSites: [] });
    expect(fake.registered.map((s) => s.id)).toEqual(['someone-else']);
  });
});

describe('scanTab', () => {
  it('marks the page as asked for, then runs the content script in that tab', async () => {
    fakeBrowser.reset();
    const fake = installFakeScripting();
    await scanTab(7);
    expect(fake.injected.map((i) => [i.tabId, i.files ?? 'flag'])).toEqual([
      [7, 'flag'],
      [7, [CONTENT_SCRIPT_FILE]],
    ]);
    expect((globalThis as { backgrounderScanOnce?: boolean }).backgrounderScanOnce).toBe(true);
    delete (globalThis as { backgrounderScanOnce?: boolean }).backgrounderScanOnce;
  });
});
