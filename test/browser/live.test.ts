/**
 * Live pages in real Chromium and Firefox: names added after load, a single-page navigation and
 * a web component's shadow root are marked, and the popup follows. Tests wait on the scan's
 * User Timing measure and on the marks themselves, never on a sleep.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../support/demo-articles';
import { type BrowserName, isMarked, markedTexts, openPopup, type Tab, tabIdOf } from './harness';
import { useBrowser } from './setup';

const voa = DEMO_ARTICLES.find((a) => a.host === 'www.voanews.com')!;

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const env = useBrowser(name);
  let page: Tab;

  beforeAll(async () => {
    page = await env.session.newTab();
    await page.goto(env.server.fixtureUrl(voa, 'live'));
  }, 60_000);

  it('records each pass as a measure with its figures', async () => {
    await page.waitFor(() => performance.getEntriesByName('backgrounder:scan').length > 0);
    const detail = await page.evaluate(() => {
      const [m] = performance.getEntriesByName('backgrounder:scan') as PerformanceMeasure[];
      return JSON.parse(JSON.stringify(m!.detail)) as { marks: number; ms: number; longestSliceMs: number };
    });
    expect(detail.marks).toBeGreaterThanOrEqual(1);
    expect(detail.ms).toBeGreaterThanOrEqual(detail.longestSliceMs);
  });

  it('marks a name inside a web component’s open shadow root', async () => {
    await page.waitForFunctionWith(isMarked, 'Vladimir Putin');
    await page.screenshot(`${name}-live-shadow-root`);
  });

  it('marks what a web component adds to its shadow root later', async () => {
    await page.waitForFunctionWith(isMarked, 'Sergei Skripal');
  });

  it('leaves the site’s own header unmarked', async () => {
    expect(await page.evaluate(markedTexts)).not.toContain('Voice of America');
  });

  it('marks the entries a live blog adds at 1 s, 3 s and 10 s, and the popup lists them', async () => {
    for (const text of ['Jan Hamáček', 'Andrej Babiš', 'Alexey Navalny']) await page.waitForFunctionWith(isMarked, text);
    const popup = await openPopup(env.session, await tabIdOf(env.session, 'voanews.com'));
    await popup.waitForSelector('[data-testid="entity-item"][data-entity="alexey-navalny"]');
    const names = (await popup.texts('[data-testid="entity-item"]')).join('\n');
    for (const n of ['Dmitry Peskov', 'Jan Hamáček', 'Andrej Babiš', 'Alexey Navalny', 'Vladimir Putin']) expect(names).toContain(n);
    await popup.close();
    await page.bringToFront();
  }, 30_000);

  it('rescans after a single-page navigation to another article', async () => {
    await page.evaluate(() => (window as unknown as { goToNextArticle(): void }).goToNextArticle());
    await page.waitForFunctionWith(isMarked, 'Unit 29155');
    const texts = await page.evaluate(markedTexts);
    expect(texts).toEqual(expect.arrayContaining(['Vrbětice', 'GRU']));
    expect(texts).not.toContain('Dmitry Peskov');
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('%s, a React page', (name) => {
  const env = useBrowser(name);

  it('hydrates without an error after its names are marked, and its later renders are marked too', async () => {
    const page = await env.session.newTab();
    await page.goto(`http://${voa.host}:${env.server.port}/test/react.html`);
    await page.waitForFunctionWith(isMarked, 'Dmitry Peskov');
    await page.waitFor(() => (window as unknown as { hydration?: { done: boolean } }).hydration?.done);
    await page.click('#more');
    await page.waitForFunctionWith(isMarked, 'Jan Hamáček');
    expect(await page.evaluate(() => (window as unknown as { hydration: { errors: string[] } }).hydration.errors)).toEqual([]);
    expect(await page.evaluate(markedTexts)).toContain('Dmitry Peskov');
    expect(await page.evaluate(() => document.querySelector('#update')?.textContent)).toBe('Update 1: Jan Hamáček replied.');
  });
});
