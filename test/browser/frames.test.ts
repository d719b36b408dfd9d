/**
 * Same-origin frames in real Chromium and Firefox: their names are marked in the frame's own
 * document, what a frame adds later is marked too, a resting pointer on a name in a frame opens
 * the one card of the page next to that name, and the popup counts them. A frame from another
 * origin is not ours to read and is left alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../support/demo-articles';
import { type BrowserName, openPopup, pointOf, type Tab, tabIdOf } from './harness';
import { useBrowser } from './setup';

const voa = DEMO_ARTICLES.find((a) => a.host === 'www.voanews.com')!;
const rmx = DEMO_ARTICLES.find((a) => a.host === 'rmx.news')!;

/** In the page: whether `text` is marked, drawn or quiet, in the document of frame `id`. */
function isMarkedInFrame([id, text]: [string, string]): boolean {
  const view = (document.getElementById(id) as HTMLIFrameElement | null)?.contentWindow as (Window & typeof globalThis) | null;
  const registry = view?.CSS.highlights;
  if (!registry) return false;
  return ['backgrounder-mention', 'backgrounder-mention-repeat'].some((name) => [...(registry.get(name) ?? [])].some((r) => (r as Range).toString() === text));
}

/** In the page: the open card's box, once placed. */
function cardBox(): { left: number; top: number; right: number; bottom: number } | null {
  const card = globalThis.backgrounderCardRoot?.querySelector<HTMLElement>('.card');
  if (!card || card.parentElement!.style.visibility === 'hidden') return null;
  const { left, top, right, bottom } = card.getBoundingClientRect();
  return { left, top, right, bottom };
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const env = useBrowser(name);
  let page: Tab;

  beforeAll(async () => {
    page = await env.session.newTab();
    await page.goto(env.server.fixtureUrl(voa, 'frames'));
    await page.evaluateWith((url) => (window as unknown as { loadForeignFrame(url: string): void }).loadForeignFrame(url), env.server.fixtureUrl(rmx, 'frame-foreign'));
  }, 60_000);

  it('marks names in a same-origin frame and in an inline (srcdoc) frame, in each frame’s own document', async () => {
    await page.waitForFunctionWith(isMarkedInFrame, ['same', 'Andrej Babiš']);
    await page.waitForFunctionWith(isMarkedInFrame, ['inline', 'Vladimir Putin']);
    // The top document's own highlight holds none of the frames' ranges.
    const topTexts = await page.evaluate(() => [...(CSS.highlights.get('backgrounder-mention') ?? [])].map((r) => (r as Range).toString()));
    expect(topTexts).toContain('Dmitry Peskov');
    expect(topTexts).not.toContain('Andrej Babiš');
  });

  it('marks what the frame adds to its document later', async () => {
    await page.waitForFunctionWith(isMarkedInFrame, ['same', 'Jan Hamáček']);
  });

  it('opens the card for a name in a frame next to that name', async () => {
    const word = (await page.evaluateWith(pointOf, { word: 'Andrej Babiš', frame: 'same' }))!;
    await page.hover(word.x, word.y);
    await page.waitFor(() => globalThis.backgrounderCardRoot?.querySelector('[data-entity="andrej-babis"]'));
    await page.waitFor(cardBox);
    const card = (await page.evaluate(cardBox))!;
    // Below the name or above it, a few pixels away: placed in the top viewport's coordinates.
    const gap = Math.min(Math.abs(card.top - word.bottom), Math.abs(word.top - card.bottom));
    expect(gap).toBeLessThan(20);
    expect(card.left).toBeLessThan(word.right);
    await page.screenshot(`${name}-card-in-frame`);
  });

  it('counts the frames’ names in the popup, and none from a frame of another origin', async () => {
    const popup = await openPopup(env.session, await tabIdOf(env.session, 'voanews.com'));
    await popup.waitForSelector('[data-testid="entity-item"][data-entity="jan-hamacek"]');
    const ids = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="entity-item"]')].map((el) => el.getAttribute('data-entity')));
    expect(ids).toEqual(expect.arrayContaining(['dmitry-peskov', 'andrej-babis', 'jan-hamacek', 'vladimir-putin']));
    expect(ids).not.toContain('sergei-skripal');
    await popup.close();
    await page.bringToFront();
  });

  it('follows a frame to its next page: the new page’s names are marked, the old page’s leave the popup', async () => {
    await page.evaluateWith((url) => void ((document.getElementById('same') as HTMLIFrameElement).src = url), env.server.fixtureUrl(voa, 'frame-foreign'));
    await page.waitForFunctionWith(isMarkedInFrame, ['same', 'Sergei Skripal']);
    const popup = await openPopup(env.session, await tabIdOf(env.session, 'voanews.com'));
    await popup.waitForSelector('[data-testid="entity-item"][data-entity="sergei-skripal"]');
    const ids = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="entity-item"]')].map((el) => el.getAttribute('data-entity')));
    expect(ids).not.toContain('andrej-babis');
    expect(ids).toEqual(expect.arrayContaining(['dmitry-peskov', 'vladimir-putin']));
    await popup.close();
    await page.bringToFront();
  });
});
