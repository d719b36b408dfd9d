/**
 * The built extension in real Chromium and Firefox, on the demo articles served under
 * their publishers' host names: what a reader sees, in both browsers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../support/demo-articles';
import { type BrowserName, markCount, markedTexts, openPopup, pointOf, type Tab } from './harness';
import { openMarkedArticle, useBrowser } from './setup';

const voa = DEMO_ARTICLES.find((a) => a.host === 'www.voanews.com')!;

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const env = useBrowser(name);
  let article: Tab;
  let tabId: number;

  beforeAll(async () => {
    ({ tab: article, tabId } = await openMarkedArticle(env, voa));
  }, 60_000);

  it('marks the names on a served news article', async () => {
    await article.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    expect(await article.evaluate(markCount)).toBeGreaterThanOrEqual(5);
    // The outlet is not marked on its own site ("Bond told VOA").
    expect(await article.evaluate(markedTexts)).not.toContain('VOA');
    // The reader's DOM is untouched: no element wraps the names.
    expect(await article.evaluate(() => document.querySelectorAll('article mark, article [class*="backgrounder"]').length)).toBe(0);
  });

  it.each([
    ['Peskov', 'Dmitry Peskov', 'person'],
    ['Vrbetice', 'Vrbětice', 'place'],
    ['MH17', 'Downing of Malaysia Airlines flight MH17 and the Dutch trial', 'incident'],
  ])('shows the card for %s on hover', async (word, title, kind) => {
    // Entity cards and incident cards have test ids of their own.
    const [card, heading, text] = kind === 'incident' ? ['incident-card', 'incident-title', 'incident-summary'] : ['entity-card', 'entity-name', 'entity-description'];
    const point = await article.evaluateWith(pointOf, word);
    expect(point).not.toBeNull();
    await article.hover(point!.x, point!.y);
    await article.waitForSelector(`backgrounder-card >>> [data-testid="${card}"]`);
    await article.waitFor(() => Boolean(globalThis.backgrounderCardRoot?.querySelector('h2')?.textContent));
    // The page's own scripts cannot reach the card: its shadow root is closed.
    expect(await article.evaluate(() => document.querySelector('backgrounder-card')?.shadowRoot === null)).toBe(true);
    expect(await article.texts(`backgrounder-card >>> [data-testid="${heading}"]`)).toEqual([title]);
    const description = await article.texts(`backgrounder-card >>> [data-testid="${text}"]`);
    expect(description[0]!.length).toBeGreaterThan(20);
    if (kind !== 'incident') {
      const facts = await article.texts('backgrounder-card >>> [data-testid="entity-fact"]');
      expect(facts).toHaveLength(2);
      expect(facts[0]).toMatch(/\d{4}/);
    }
    await article.screenshot(kind === 'person' ? `${name}-card` : `${name}-card-${kind}`);
  });

  it('lists the entities found and the incidents that connect them in the popup', async () => {
    const popup = await openPopup(env.session, tabId);
    await popup.waitForSelector('[data-testid="incident-item"]');
    const entities = await popup.texts('[data-testid="entity-item"]');
    expect(entities.join('\n')).toContain('Dmitry Peskov');
    expect(entities.join('\n')).toContain('Jan Hamáček');
    expect((await popup.texts('[data-testid="incident-item"]')).length).toBeGreaterThanOrEqual(1);
    await popup.screenshot(`${name}-popup`, 'main');
    await popup.close();
  });

  it('leaves a site unmarked once the reader turns it off in the options', async () => {
    const options = await env.session.newTab();
    await options.goto(env.session.extensionUrl('options.html'));
    const row = `[data-testid="site-row"][data-site="voanews.com"] input[type="checkbox"]`;
    await options.waitForSelector(row);
    await options.click(row);
    await options.waitFor(() => !document.querySelector<HTMLInputElement>('[data-site="voanews.com"] input')?.checked);
    await options.screenshot(`${name}-options`);

    await article.reload();
    const popup = await openPopup(env.session, tabId);
    await popup.waitForSelector('[data-testid="status"][data-status="off"]');
    expect(await article.evaluate(markCount)).toBe(0);

    // Turned back on, the open page is marked again without a reload once the reader is back on it.
    await options.click(row);
    await article.bringToFront();
    await article.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    await popup.close();
    await options.close();
  });
});
