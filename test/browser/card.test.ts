/**
 * The card in real Chromium and Firefox: always inside the viewport, at 100 % and 200 % zoom,
 * its own scroll that never scrolls the page, and its page bar (other mentions, "Not on this site").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../support/demo-articles';
import { type BrowserName, markCount, openPopup, pointOf, type Tab, tabIdOf } from './harness';
import { useBrowser } from './setup';

const voa = DEMO_ARTICLES.find((a) => a.host === 'www.voanews.com')!;

/** The open card's box in the page, once it is placed; null while there is none. */
function openCardBox(): { left: number; top: number; right: number; bottom: number } | null {
  const card = globalThis.backgrounderCardRoot?.querySelector<HTMLElement>('.card');
  if (!card || card.parentElement!.style.visibility === 'hidden') return null;
  const { left, top, right, bottom } = card.getBoundingClientRect();
  return { left, top, right, bottom };
}

const noCard = () => !globalThis.backgrounderCardRoot?.querySelector('.card');

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const env = useBrowser(name);
  let page: Tab;

  /** Milliseconds from each pointer card's dwell end to the frame that shows it (backgrounder:card). */
  const shown: number[] = [];

  beforeAll(async () => {
    page = await env.session.newTab();
  }, 60_000);

  afterAll(() => {
    const sorted = [...shown].sort((a, b) => a - b);
    if (sorted.length > 0)
      console.log(
        `${name}: ${sorted.length} cards opened by a resting pointer; dwell end to the frame that shows the card: median ${sorted[sorted.length >> 1]!.toFixed(1)} ms, worst ${sorted.at(-1)!.toFixed(1)} ms; the page's first card ${shown[0]!.toFixed(1)} ms`,
      );
  });

  describe.each([
    ['100 %', 1100, 800],
    ['200 %', 550, 400],
  ])('at %s zoom', (zoom, width, height) => {
    it.each(['Dmitry Peskov', 'Jan Hamáček', 'Andrej Babiš', 'Vladimir Putin', 'Sergei Skripal'])('keeps the card for %s inside the viewport', async (text) => {
      await page.setViewport(width, height);
      if (!(await page.evaluate(() => location.pathname.endsWith('/edges.html')))) await page.goto(env.server.fixtureUrl(voa, 'edges'));
      await page.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) >= 5);
      const point = (await page.evaluateWith(pointOf, text))!;
      await page.hover(point.x, point.y);
      await page.waitFor(() => {
        const card = globalThis.backgrounderCardRoot?.querySelector<HTMLElement>('.card');
        return card && card.parentElement!.style.visibility !== 'hidden';
      });
      const box = (await page.evaluate(openCardBox))!;
      await page.waitFor(() => performance.getEntriesByName('backgrounder:card').length > 0);
      shown.push(
        await page.evaluate(() => {
          const measures = performance.getEntriesByName('backgrounder:card');
          performance.clearMeasures('backgrounder:card');
          return measures.at(-1)!.duration;
        }),
      );
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.bottom).toBeLessThanOrEqual(height);
      if (text === 'Vladimir Putin' || text === 'Jan Hamáček' || zoom === '200 %')
        await page.screenshot(`${name}-card-edge-${text.split(' ')[1]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}-${width}`);
      // Away from the name, the card closes.
      await page.hover(width / 2, 5);
      await page.waitFor(noCard);
    });
  });

  it('scrolls inside the card, never the page behind it', async () => {
    await page.setViewport(550, 400);
    await page.goto(env.server.fixtureUrl(voa, 'edges'));
    await page.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) >= 5);
    const point = (await page.evaluateWith(pointOf, 'Sergei Skripal'))!;
    await page.hover(point.x, point.y);
    // The premise: a placed card whose facts overflow its box, so that it has a scroll of its own.
    await page.waitFor(() => {
      const card = globalThis.backgrounderCardRoot?.querySelector<HTMLElement>('.card');
      return card && card.parentElement!.style.visibility !== 'hidden' && card.scrollHeight > card.clientHeight + 100;
    });
    const box = (await page.evaluate(openCardBox))!;
    await page.hover((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    const before = await page.evaluate(() => window.scrollY);
    for (let i = 0; i < 6; i++) await page.wheel(400);
    await page.waitFor(() => {
      const card = globalThis.backgrounderCardRoot?.querySelector('.card');
      return card && card.scrollTop + card.clientHeight >= card.scrollHeight - 1;
    });
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    expect(await page.evaluate(openCardBox)).not.toBeNull();
  });

  it('steps to the next mention of the name from the card, with focus inside the card', async () => {
    await page.setViewport(1100, 800);
    await page.goto(env.server.urlOf(voa));
    await page.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    // The article names MH17 more than once.
    const point = (await page.evaluateWith(pointOf, 'MH17'))!;
    await page.hover(point.x, point.y);
    await page.waitForSelector('backgrounder-card >>> [data-testid="card-mentions"]');
    const [mentions] = await page.texts('backgrounder-card >>> [data-testid="card-mentions"]');
    expect(mentions).toMatch(/^[2-9] mentions on this page$/);
    await page.click('backgrounder-card >>> [data-testid="card-next"]');
    await page.waitFor(() => globalThis.backgrounderCardRoot?.querySelector('[data-testid="card-position"]')?.textContent?.startsWith('2/'));
    expect(await page.evaluate(() => Boolean(globalThis.backgrounderCardRoot?.activeElement))).toBe(true);
    await page.screenshot(`${name}-card-step`);
    await page.press('Escape');
    await page.waitFor(noCard);
  });

  it('turns the site off from the card', async () => {
    // A step to another mention scrolls smoothly: the pointer rests on the name once a frame passes with the page still.
    await page.waitFor(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => {
      const y = scrollY;
      requestAnimationFrame(() => resolve(scrollY === y));
    })));
    const point = (await page.evaluateWith(pointOf, 'Peskov'))!;
    await page.hover(point.x, point.y);
    await page.waitForSelector('backgrounder-card >>> [data-testid="card-site-off"]');
    await page.click('backgrounder-card >>> [data-testid="card-site-off"]');
    await page.waitFor(() => !CSS.highlights.has('backgrounder-mention'));
    expect(await page.evaluate(markCount)).toBe(0);
    const popup = await openPopup(env.session, await tabIdOf(env.session, 'voanews.com'));
    await popup.waitForSelector('[data-testid="status"][data-status="off"]');
    await popup.close();
  });
});
