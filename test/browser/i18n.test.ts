/**
 * The extension in the reader's language, in real Chromium and Firefox with a Czech interface:
 * the popup, the card (its plural forms by Czech rules) and the welcome page speak Czech, and say so
 * with `lang`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogMessages, createI18n } from '../../lib/text/messages';
import { DEMO_ARTICLES } from '../support/demo-articles';
import { readCatalog } from '../support/english';
import { type BrowserName, cardDates, openPopup, pointOf } from './harness';
import { openMarkedArticle, useBrowser } from './setup';

const voa = DEMO_ARTICLES.find((a) => a.host === 'www.voanews.com')!;
const czech = createI18n(catalogMessages(readCatalog('cs')), 'cs');
const czechTexts = JSON.parse(readFileSync(path.resolve(__dirname, '../../data/entities.cs.json'), 'utf8')) as Record<string, { description: string }>;

describe.each<BrowserName>(['chromium', 'firefox'])('%s in Czech', (name) => {
  const env = useBrowser(name, { lang: 'cs' });

  it('shows the popup and the card in Czech, with Czech plural forms', async () => {
    const { tab, tabId } = await openMarkedArticle(env, voa);
    const popup = await openPopup(env.session, tabId);
    await popup.setViewport(400, 600);
    await popup.waitForSelector('[data-testid="entity-item"]');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('cs');
    expect(await popup.texts('#names-heading')).toEqual([czech.t('popup_names')]);
    expect(await popup.texts('[data-testid="site-state"]')).toEqual([czech.t('site_on', 'voanews.com')]);
    // The incidents' own texts in Czech, where the data has them (it has them all).
    expect(await popup.evaluate(() => document.querySelector('[data-testid="incident-item"]')?.getAttribute('lang'))).toBe('cs');
    await popup.screenshot(`${name}-popup-cs`);
    await popup.close();

    await tab.bringToFront();
    const point = (await tab.evaluateWith(pointOf, 'Hamacek'))!;
    await tab.hover(point.x, point.y);
    await tab.waitForSelector('backgrounder-card >>> [data-testid="card-mentions"]');
    const [mentions] = await tab.texts('backgrounder-card >>> [data-testid="card-mentions"]');
    const count = Number(/\d+/.exec(mentions!)?.[0]);
    expect(count).toBeGreaterThan(1);
    expect(mentions).toBe(czech.plural('card_mentions', count));
    expect(await tab.texts('backgrounder-card >>> .kind')).toEqual([czech.t('kind_person')]);
    // The dataset's own texts in Czech too, marked as such.
    expect(await tab.texts('backgrounder-card >>> [data-testid="entity-description"]')).toEqual([czechTexts['jan-hamacek']!.description]);
    expect(await tab.evaluate(() => globalThis.backgrounderCardRoot?.querySelector('[data-testid="entity-description"]')?.getAttribute('lang'))).toBe('cs');
    // Its dates as the browser's Intl writes them in Czech, written from the background's formats
    // (lib/text/formats.ts): the page made no Intl date formatter of its own.
    expect(await tab.evaluate(() => performance.getEntriesByName('backgrounder:formats').length)).toBe(1);
    const dates = await tab.evaluateWith(cardDates, 'cs');
    expect(dates.length).toBeGreaterThan(2);
    for (const { text, written } of dates) expect(text.startsWith(written), `${text} starts with ${written}`).toBe(true);
    await tab.screenshot(`${name}-card-cs`);
    await tab.close();
  });

  it('greets a Czech reader in Czech', async () => {
    const welcome = await env.session.newTab();
    await welcome.goto(env.session.extensionUrl('welcome.html'));
    await welcome.waitForSelector('[data-testid="welcome-scope"]');
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('cs');
    expect(await welcome.texts('h1')).toEqual([czech.t('welcome_title')]);
    expect((await welcome.texts('[data-testid="welcome-scope"]'))[0]).toContain(czech.plural('scope_incidents', 25));
    await welcome.close();
  });
});
