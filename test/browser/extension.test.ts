/**
 * The built extension in real Chromium and Firefox, on the demo articles served under
 * their publishers' host names: what a reader sees, in both browsers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../support/demo-articles';
import { type DemoServer, startDemoServer } from '../support/server';
import { type BrowserName, launch, type Session, type Tab } from './harness';

const CARD = 'backgrounder-card >>> [data-testid="entity-card"]';
const CARD_NAME = 'backgrounder-card >>> [data-testid="entity-name"]';
const voa = DEMO_ARTICLES.find((a) => a.host === 'www.voanews.com')!;

/** Number of ranges in our highlight, as the page itself sees it. */
const markCount = () => CSS.highlights.get('backgrounder-mention')?.size ?? 0;

/** Viewport centre of the first occurrence of `word` in the page's text. */
function pointOf(word: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/**
 * The tab id the extension knows a site's page by. Without the "tabs" permission the
 * extension cannot see tab addresses, so this reads the per-tab state that the background
 * stored when the page reported in (lib/ext/tab-state.ts).
 */
async function tabIdOf(session: Session, site: string): Promise<number> {
  const ext = await session.newTab();
  await ext.goto(session.extensionUrl('options.html'));
  const id = await ext.evaluateWith(async (wanted) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const all: Record<string, { site?: string }> = await api.storage.session.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('tab-') && all[k]?.site === wanted);
    return key ? Number(key.slice('tab-'.length)) : -1;
  }, site);
  await ext.close();
  expect(id, `a tab on ${site}`).toBeGreaterThanOrEqual(0);
  return id;
}

async function openPopup(session: Session, tabId: number): Promise<Tab> {
  const popup = await session.newTab();
  await popup.goto(session.extensionUrl(`popup.html?tabId=${tabId}`));
  return popup;
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let server: DemoServer;
  let session: Session;
  let article: Tab;
  let tabId: number;

  beforeAll(async () => {
    server = await startDemoServer();
    session = await launch(name);
    article = await session.newTab();
    await article.goto(server.urlOf(voa));
    await article.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    tabId = await tabIdOf(session, 'voanews.com');
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('marks the names on a served news article', async () => {
    await article.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    expect(await article.evaluate(markCount)).toBeGreaterThanOrEqual(5);
    // The reader's DOM is untouched: no element wraps the names.
    expect(await article.evaluate(() => document.querySelectorAll('article mark, article [class*="backgrounder"]').length)).toBe(0);
  });

  it('shows the card for Peskov on hover', async () => {
    const point = await article.evaluateWith(pointOf, 'Peskov');
    expect(point).not.toBeNull();
    await article.hover(point!.x, point!.y);
    await article.waitForSelector(CARD);
    expect(await article.texts(CARD_NAME)).toEqual(['Dmitry Peskov']);
    const facts = await article.texts('backgrounder-card >>> [data-testid="entity-fact"]');
    expect(facts).toHaveLength(2);
    expect(facts[0]).toMatch(/\d{4}/);
    await article.screenshot(`${name}-card`);
  });

  it('lists the entities found and the incidents that connect them in the popup', async () => {
    const popup = await openPopup(session, tabId);
    await popup.waitForSelector('[data-testid="incident-item"]');
    const entities = await popup.texts('[data-testid="entity-item"]');
    expect(entities.join('\n')).toContain('Dmitry Peskov');
    expect(entities.join('\n')).toContain('Jan Hamáček');
    expect((await popup.texts('[data-testid="incident-item"]')).length).toBeGreaterThanOrEqual(1);
    await popup.screenshot(`${name}-popup`);
    await popup.close();
  });

  it('leaves a site unmarked once the reader turns it off in the options', async () => {
    const options = await session.newTab();
    await options.goto(session.extensionUrl('options.html'));
    const row = `[data-testid="site-row"][data-site="voanews.com"] input[type="checkbox"]`;
    await options.waitForSelector(row);
    await options.click(row);
    await options.waitFor(() => !document.querySelector<HTMLInputElement>('[data-site="voanews.com"] input')?.checked);
    await options.screenshot(`${name}-options`);

    await article.reload();
    const popup = await openPopup(session, tabId);
    await popup.waitForSelector('[data-testid="status"][data-status="off"]');
    expect(await article.evaluate(markCount)).toBe(0);

    // Turned back on, the open page is marked again without a reload.
    await options.click(row);
    await article.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    await popup.close();
    await options.close();
  });
});
