/** The content script's start on a page of a listed site (boot.ts, then the page kit's content.ts), with WXT's fake browser behind it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentServices } from '../../lib/ext/content-services';
import { changeSettings, startSettingsWriter } from '../../lib/ext/settings';
import type { PageReport } from '../../lib/ext/messages';
import { bootContentScript, READY_MEASURE, SETUP_MEASURE } from '../../lib/page/boot';
import { HIGHLIGHT_NAME, QUIET_NAME } from '../../lib/page/marks';
import { startContentScript } from '../../lib/page/content';
import { dataset } from '../../data';
import { compileIndex, fullMatcher, loadIndex } from '../../lib/match/find-mentions';
import { gateOf, joined, restOf } from '../../lib/match/compiled';
import { loadGate } from '../../lib/page/gate-load';
import type { MatcherKit } from '../../lib/page/matcher-kit';
import { cardFor, noteCard } from '../../lib/dataset/card';
import { currentArticleDate } from '../../lib/page/article-date';
import { cardPlacement } from '../../lib/page/card/placement';
import { createCatalog, summariesOf } from '../../lib/dataset/catalog';
import { createSearch } from '../../lib/dataset/search';
import type { CardKit } from '../../lib/page/card-kit';
import type { PageKit } from '../../lib/page/page-kit';
import { lookUpText } from '../../lib/page/lookup';
import { english } from '../support/english';
import { installHighlightApi } from '../support/highlight-registry';

const ARTICLE = '<article><h1>Czech Republic urges allies</h1><p>Kremlin spokesman Dmitry Peskov said. Peskov added that MH17 was unrelated.</p></article>';

let reports: PageReport['state'][];
/** Marks on the page, drawn or quiet. */
const markCount = () => (CSS.highlights.get(HIGHLIGHT_NAME)?.size ?? 0) + (CSS.highlights.get(QUIET_NAME)?.size ?? 0);
let controller: AbortController;
let uninstall: (() => void) | undefined;

/** Sets the page's address; happy-dom lets a test move its window. */
function visit(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** Resolves with the next report the content script sends. */
function nextReport(): Promise<PageReport['state']> {
  const seen = reports.length;
  return vi.waitUntil(() => reports[seen], { timeout: 2000 });
}

/** WXT's context as the content script uses it: its signal, and listeners that end with it. */
const context = () => ({
  signal: controller.signal,
  addEventListener: (target: Window, type: string, handler: () => void) => target.addEventListener(type, handler, { signal: controller.signal }),
});
/** The index as the build compiles it: the gate's part, which the content script carries, and the rest, which the matcher kit does. */
const compiled = compileIndex(dataset);
const gate = gateOf(compiled);
const rest = JSON.stringify(restOf(compiled));
/** The matcher kit as its script makes it. */
const matcherKit = vi.fn(async (): Promise<MatcherKit> => ({ matcher: (part) => fullMatcher(loadIndex(joined(part, JSON.parse(rest)))) }));
/** The items' summaries, as the build writes them. */
const items = JSON.stringify(summariesOf(dataset));
/** The card kit over the real dataset, drawing nothing: these tests read reports and marks. */
const catalog = createCatalog(dataset);
const cardKit = vi.fn(
  async (): Promise<CardKit> => ({
    model: (id, findings, lang) => cardFor(catalog, id, findings, lang),
    note: (ids, lang) => noteCard(catalog, ids, currentArticleDate(), lang),
    placement: cardPlacement,
    lookUp: (i, text, findings, lang) => lookUpText(catalog, i, createSearch(catalog), text, findings, lang),
    render: () => undefined,
    speak: () => undefined,
  }),
);
/** The page kit as its script makes it, with the extension's services. */
const pageKit = vi.fn(
  async (): Promise<PageKit> => ({
    start: (ctx, boot) =>
      startContentScript(ctx, { ...boot, services: contentServices(boot.browser.runtime), words: english, items, cardCss: '' }),
  }),
);
const start = () => bootContentScript(context(), { gate: loadGate(gate), browser, pageKit, matcherKit, cardKit });

beforeEach(() => {
  fakeBrowser.reset();
  reports = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string }).type === 'page-report') reports.push((message as PageReport).state);
  });
  // The background's one writer of the settings, which the content script and the pages send their changes to.
  startSettingsWriter(browser.runtime);
  controller = new AbortController();
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('afterbegin', ARTICLE);
  visit('https://www.voanews.com/a/czech-republic-urges-allies.html');
});

afterEach(() => {
  controller.abort();
  uninstall?.();
  uninstall = undefined;
  vi.restoreAllMocks();
});

describe('startContentScript', () => {
  it('marks the page and reports its names apart from the incidents it names', async () => {
    uninstall = installHighlightApi();
    await start();
    await nextReport();
    expect(reports).toEqual([
      { status: 'marked', site: 'voanews.com', entities: [{ id: 'dmitry-peskov', count: 2 }], incidents: [{ id: 'mh17-2014', count: 1 }], claims: [] },
    ]);
    expect(markCount()).toBe(3);
  });

  it('draws the first mention of a name in a section and keeps the repeat quiet, and draws all when the reader asks', async () => {
    uninstall = installHighlightApi();
    await start();
    await nextReport();
    expect(CSS.highlights.get(HIGHLIGHT_NAME)?.size).toBe(2);
    expect(CSS.highlights.get(QUIET_NAME)?.size).toBe(1);
    await changeSettings(browser.runtime, { type: 'set', patch: { density: 'every' } });
    await vi.waitUntil(() => CSS.highlights.get(HIGHLIGHT_NAME)?.size === 3);
    expect(CSS.highlights.get(QUIET_NAME)?.size).toBe(0);
  });

  it('reports a browser without the Highlight API as unsupported, not as too large', async () => {
    await start();
    expect(reports.map((r) => r.status)).toEqual(['unsupported']);
  });

  it('reports a scan that throws as an error with its reason, and lets the page be', async () => {
    uninstall = installHighlightApi();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(document, 'createTreeWalker').mockImplementation(() => {
      throw new Error('a hostile page broke the walker');
    });
    await expect(start()).resolves.toBeUndefined();
    await nextReport();
    expect(reports).toEqual([{ status: 'error', site: 'voanews.com', entities: [], incidents: [], message: 'a hostile page broke the walker' }]);
    expect(logged).toHaveBeenCalled();
  });

  it('removes its marks and reports off when the reader turns the site off, and marks again when on', async () => {
    uninstall = installHighlightApi();
    await start();
    await nextReport();
    const off = nextReport();
    await changeSettings(browser.runtime, { type: 'site', site: 'voanews.com', enabled: false });
    expect((await off).status).toBe('off');
    expect(CSS.highlights.has(HIGHLIGHT_NAME)).toBe(false);
    const on = nextReport();
    await changeSettings(browser.runtime, { type: 'site', site: 'voanews.com', enabled: true });
    expect((await on).status).toBe('marked');
    expect(markCount()).toBe(3);
  });

  it('pauses on every site and resumes, saying so to the popup', async () => {
    uninstall = installHighlightApi();
    await start();
    await nextReport();
    const paused = nextReport();
    await changeSettings(browser.runtime, { type: 'set', patch: { paused: true } });
    expect((await paused).status).toBe('paused');
    expect(markCount()).toBe(0);
    const resumed = nextReport();
    await changeSettings(browser.runtime, { type: 'set', patch: { paused: false } });
    expect((await resumed).status).toBe('marked');
  });

  it('leaves the kinds the reader hid unmarked', async () => {
    uninstall = installHighlightApi();
    await start();
    await nextReport();
    const next = nextReport();
    await changeSettings(browser.runtime, { type: 'set', patch: { hiddenKinds: ['incident'] } });
    expect(await next).toMatchObject({ status: 'marked', entities: [{ id: 'dmitry-peskov', count: 2 }], incidents: [] });
    expect(markCount()).toBe(2);
  });

  it('runs on a site the reader added, and on an unlisted page only when the reader asked to scan it', async () => {
    uninstall = installHighlightApi();
    visit('https://www.sme.sk/minuta/1');
    await start();
    expect(reports).toEqual([]);
    await changeSettings(browser.runtime, { type: 'add-site', site: 'sme.sk' });
    await start();
    expect((await nextReport()).site).toBe('sme.sk');
    controller.abort();
    controller = new AbortController();
    visit('https://example.org/story');
    (globalThis as { backgrounderScanOnce?: boolean }).backgrounderScanOnce = true;
    try {
      await start();
      expect(await nextReport()).toMatchObject({ status: 'marked', site: 'example.org' });
    } finally {
      delete (globalThis as { backgrounderScanOnce?: boolean }).backgrounderScanOnce;
    }
  });

  it('marks names added to the page after load, and drops the marks of removed text', async () => {
    uninstall = installHighlightApi();
    await start();
    await nextReport();
    const added = nextReport();
    const p = document.createElement('p');
    p.textContent = 'Later, Jan Hamáček replied.';
    document.querySelector('article')!.append(p);
    expect((await added).entities).toEqual([{ id: 'dmitry-peskov', count: 2 }, { id: 'jan-hamacek', count: 1 }]);
    expect(markCount()).toBe(4);

    const removed = nextReport();
    document.querySelector('article p')!.remove();
    expect(await removed).toMatchObject({ entities: [{ id: 'jan-hamacek', count: 1 }], incidents: [] });
    expect(markCount()).toBe(1);
  });

  it('rescans a block whose text changed', async () => {
    uninstall = installHighlightApi();
    await start();
    await nextReport();
    const changed = nextReport();
    const text = document.querySelector('h1')!.firstChild as Text;
    text.data = 'Andrej Babiš urges allies';
    expect((await changed).entities.map((e) => e.id)).toEqual(['dmitry-peskov', 'andrej-babis']);
  });

  it('records each pass as a User Timing measure with its figures', async () => {
    uninstall = installHighlightApi();
    performance.clearMeasures('backgrounder:scan');
    await start();
    await nextReport();
    const [measure] = performance.getEntriesByName('backgrounder:scan') as PerformanceMeasure[];
    expect(measure?.detail).toMatchObject({ marks: 3 });
    expect(measure!.detail.ms).toBeGreaterThanOrEqual(0);
    expect(measure!.detail.longestSliceMs).toBeLessThanOrEqual(measure!.detail.ms + 1e-9);
  });

  it('records the span from its start to an index ready to match, built at build time, not here, while the page kit is still coming', async () => {
    uninstall = installHighlightApi();
    performance.clearMeasures(READY_MEASURE);
    let arrive!: () => void;
    const coming = new Promise<void>((resolve) => (arrive = resolve));
    const kit = pageKit.getMockImplementation()!;
    pageKit.mockImplementationOnce(() => coming.then(kit));
    performance.clearMeasures(SETUP_MEASURE);
    // The script began to run, then loaded the gate's index as its modules were evaluated, and
    // WXT called its main later: ready spans the first two, setup all three.
    const scriptStart = performance.now() - 3;
    const loaded = loadGate(gate);
    const started = bootContentScript(context(), { gate: loaded, browser, pageKit, matcherKit, cardKit, scriptStart });
    const [ready] = performance.getEntriesByName(READY_MEASURE) as PerformanceMeasure[];
    const [setup] = performance.getEntriesByName(SETUP_MEASURE) as PerformanceMeasure[];
    expect(performance.getEntriesByName('backgrounder:start').at(-1)!.startTime).toBe(scriptStart);
    expect(ready?.startTime).toBe(scriptStart);
    expect(ready!.startTime + ready!.duration).toBeCloseTo(loaded.readyAt, 6);
    expect(ready!.duration).toBeGreaterThanOrEqual(3);
    expect(setup?.startTime).toBe(scriptStart);
    expect(setup!.duration).toBeGreaterThanOrEqual(ready!.duration);
    expect(reports).toEqual([]);
    arrive();
    await started;
    expect((await nextReport()).entities.map((e) => e.id)).toContain('dmitry-peskov');
  });

  it('never marks an outlet on its own site, and marks it elsewhere', async () => {
    uninstall = installHighlightApi();
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Ian Bond told VOA and the Voice of America.</p>');
    await start();
    expect((await nextReport()).entities.map((e) => e.id)).not.toContain('voice-of-america');
    controller.abort();
    controller = new AbortController();
    visit('https://rmx.news/article');
    await start();
    expect((await nextReport()).entities).toContainEqual({ id: 'voice-of-america', count: 2 });
  });

  it('reports again when the page comes back from the back/forward cache or is shown after prerendering', async () => {
    uninstall = installHighlightApi();
    await start();
    const first = await nextReport();
    const again = nextReport();
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(await again).toEqual(first);
    const shown = nextReport();
    document.dispatchEvent(new Event('prerenderingchange'));
    expect(await shown).toEqual(first);
  });

  it('loads the matcher and card kits once a page names someone, and never on a page that names nobody', async () => {
    uninstall = installHighlightApi();
    cardKit.mockClear();
    matcherKit.mockClear();
    document.body.innerHTML = '<article><p>Weather: sunny, then rain in the afternoon.</p></article>';
    await start();
    expect((await nextReport()).entities).toEqual([]);
    // The matcher kit would have come before the report; the card kit is asked for when the page is idle.
    expect(matcherKit).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cardKit).not.toHaveBeenCalled();
    controller.abort();
    controller = new AbortController();
    document.body.innerHTML = ARTICLE;
    await start();
    expect((await nextReport()).entities.map((e) => e.id)).toContain('dmitry-peskov');
    await vi.waitUntil(() => cardKit.mock.calls.length > 0, { timeout: 2000 });
    expect(cardKit).toHaveBeenCalledTimes(1);
    expect(matcherKit).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a site that is not on the list', async () => {
    uninstall = installHighlightApi();
    visit('https://example.org/article');
    await start();
    expect(reports).toEqual([]);
    expect(CSS.highlights.size).toBe(0);
  });
});
