/**
 * Cards without a mouse, in real Chromium and Firefox: from the popup's buttons, from the
 * keyboard command (the command the background sends), by Tab inside the card, and by a tap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../support/demo-articles';
import { type BrowserName, openPopup, pointOf, selectText, type Tab } from './harness';
import { openMarkedArticle, useBrowser } from './setup';

const voa = DEMO_ARTICLES.find((a) => a.host === 'www.voanews.com')!;

/** The open card's item and whether focus is inside it, as the page sees them. */
function cardState(): { id: string | null; focused: boolean; announced: string; sheet: boolean } | null {
  const root = globalThis.backgrounderCardRoot;
  const card = root?.querySelector<HTMLElement>('[role="dialog"]');
  if (!root || !card || card.parentElement!.style.visibility === 'hidden') return null;
  return {
    id: card.dataset.entity ?? card.dataset.incident ?? null,
    focused: root.activeElement !== null,
    announced: root.querySelector('[role="status"]')?.textContent ?? '',
    sheet: card.parentElement!.classList.contains('sheet'),
  };
}

const noCard = () => !globalThis.backgrounderCardRoot?.querySelector('[role="dialog"]');

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const env = useBrowser(name);
  let article: Tab;
  let tabId: number;

  beforeAll(async () => {
    ({ tab: article, tabId } = await openMarkedArticle(env, voa));
  }, 60_000);

  /** Sends a command to the article's tab from an extension page, as the background does. */
  async function sendCommand(command: object): Promise<void> {
    const ext = await env.session.newTab();
    await ext.goto(env.session.extensionUrl('options.html'));
    await ext.evaluateWith(
      async ({ id, message }) => {
        type TabsApi = { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
        await (g.browser ?? g.chrome)!.tabs.sendMessage(id, message);
      },
      { id: tabId, message: command },
    );
    await ext.close();
  }

  it('opens the card on the page from a name in the popup, with focus inside, and says so', async () => {
    const popup = await openPopup(env.session, tabId);
    await popup.waitForSelector('[data-testid="entity-item"][data-entity="dmitry-peskov"] [data-testid="entity-open"]');
    await popup.click('[data-testid="entity-item"][data-entity="dmitry-peskov"] [data-testid="entity-open"]');
    await popup.close();
    await article.bringToFront();
    await article.waitFor(() => {
      const root = globalThis.backgrounderCardRoot;
      return root?.activeElement && root.querySelector('[data-entity="dmitry-peskov"]');
    });
    expect(await article.evaluate(cardState)).toMatchObject({ id: 'dmitry-peskov', focused: true, announced: 'Card for Dmitry Peskov' });
    await article.screenshot(`${name}-card-from-popup`);
  });

  it('reaches every link and button of the card with Tab, and Escape closes it and gives focus back', async () => {
    const stops = await article.evaluate(() => globalThis.backgrounderCardRoot!.querySelectorAll('a[href], button').length);
    const reached = new Set<string>();
    for (let i = 0; i < stops; i++) {
      await article.press('Tab');
      reached.add(
        await article.evaluate(() => {
          const el = globalThis.backgrounderCardRoot?.activeElement as HTMLElement | null | undefined;
          return el ? `${el.tagName}:${el.getAttribute('href') ?? el.dataset.testid ?? el.textContent}` : 'outside';
        }),
      );
    }
    expect(reached.has('outside')).toBe(false);
    expect(reached.size).toBe(stops);
    await article.press('Escape');
    await article.waitFor(noCard);
    expect(await article.evaluate(() => document.activeElement === document.body || document.activeElement === document.documentElement)).toBe(true);
  });

  it('opens the card of the name at the selection for the keyboard command', async () => {
    await article.evaluateWith(selectText, { word: 'Vrbetice', collapse: true });
    // What the background sends when the reader presses the command's keys (lib/ext/background.ts).
    await sendCommand({ type: 'open-card-at-cursor' });
    await article.bringToFront();
    await article.waitFor(() => globalThis.backgrounderCardRoot?.querySelector('[data-entity="vrbetice"]'));
    expect(await article.evaluate(cardState)).toMatchObject({ id: 'vrbetice', focused: true });
    await article.press('Escape');
    await article.waitFor(noCard);
  });

  it('opens the note of the corrected claim at the cursor for the keyboard command, and a screen reader hears it', async () => {
    await article.evaluateWith(selectText, { word: 'massing on the Ukrainian borders', collapse: true });
    await sendCommand({ type: 'open-card-at-cursor' });
    await article.bringToFront();
    await article.waitFor(() => globalThis.backgrounderCardRoot?.querySelector('[data-testid="note"][data-claim="eu-troops-150000"]'));
    expect(await article.evaluate(() => Boolean(globalThis.backgrounderCardRoot?.activeElement))).toBe(true);
    expect(await article.evaluate(() => globalThis.backgrounderCardRoot?.querySelector('[role="status"]')?.textContent)).toBe('Note on a corrected claim');
    await article.press('Escape');
    await article.waitFor(noCard);
  });

  it('looks a selected name up from the context menu, and offers the closest names for one the dataset does not know', async () => {
    // What the background sends when the reader picks "Look up … in Backgrounder" (lib/ext/background.ts).
    await article.evaluateWith(selectText, { word: 'Peskov', collapse: false });
    await sendCommand({ type: 'look-up', text: 'Peskov' });
    await article.bringToFront();
    await article.waitFor(() => globalThis.backgrounderCardRoot?.querySelector('[data-entity="dmitry-peskov"]'));
    await article.press('Escape');
    await article.waitFor(noCard);

    await article.evaluateWith(selectText, { word: 'Tensions', collapse: false });
    await sendCommand({ type: 'look-up', text: 'Jan Hamerník' });
    await article.bringToFront();
    await article.waitForSelector('backgrounder-card >>> [data-testid="lookup-miss"]');
    await article.screenshot(`${name}-lookup-miss`);
    await article.click('backgrounder-card >>> [data-testid="lookup-suggestion"][data-id="jan-hamacek"]');
    await article.waitFor(() => globalThis.backgrounderCardRoot?.querySelector('[data-entity="jan-hamacek"]'));
    await article.press('Escape');
    await article.waitFor(noCard);
  });

  it('opens a bottom sheet for a tap on a name', async () => {
    const point = (await article.evaluateWith(pointOf, 'Peskov'))!;
    await article.tap(point.x, point.y);
    await article.waitFor(() => globalThis.backgrounderCardRoot?.querySelector('.host.sheet [data-entity="dmitry-peskov"]'));
    const box = await article.evaluate(() => {
      const card = globalThis.backgrounderCardRoot!.querySelector('.card')!.getBoundingClientRect();
      return { bottom: card.bottom, height: card.height, width: card.width };
    });
    expect(box.bottom).toBeCloseTo(800, -1);
    expect(box.width).toBeGreaterThan(1000);
    expect(box.height).toBeLessThanOrEqual(0.6 * 800 + 1);
    await article.screenshot(`${name}-bottom-sheet`);
  });
});
