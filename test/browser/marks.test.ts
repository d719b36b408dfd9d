/**
 * How marks look and how many are drawn, in real Chromium and Firefox: the style follows the
 * page's background, and the reader's density setting draws every mention or fewer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../support/demo-articles';
import { type DemoServer, startDemoServer } from '../support/server';
import { type BrowserName, launch, pointOf, type Session, type Tab } from './harness';

const voa = DEMO_ARTICLES.find((a) => a.host === 'www.voanews.com')!;

/** The underline colour of the drawn marks' adopted style, as the page's style sheets say it. */
const markUnderline = () =>
  [...document.adoptedStyleSheets]
    .flatMap((sheet) => [...sheet.cssRules])
    .map((rule) => rule.cssText)
    .find((text) => text.startsWith('::highlight(backgrounder-mention)'))
    ?.match(/dotted (rgb\([^)]*\)|#[0-9a-f]+)/i)?.[1] ?? null;

const drawn = () => CSS.highlights.get('backgrounder-mention')?.size ?? 0;
const quiet = () => CSS.highlights.get('backgrounder-mention-repeat')?.size ?? 0;

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let server: DemoServer;
  let session: Session;
  let page: Tab;

  beforeAll(async () => {
    server = await startDemoServer();
    session = await launch(name);
    page = await session.newTab();
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('draws marks in the light style on a light page and in the dark style on a dark one', async () => {
    await page.goto(server.urlOf(voa));
    await page.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    const light = await page.evaluate(markUnderline);
    await page.goto(server.fixtureUrl(voa, 'dark'));
    await page.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    const dark = await page.evaluate(markUnderline);
    expect(light).toMatch(/#8a5d00|rgb\(138, 93, 0\)/i);
    expect(dark).toMatch(/#f2c14e|rgb\(242, 193, 78\)/i);
    await page.screenshot(`${name}-marks-dark-page`);
  });

  it('draws the card dark for a reader who prefers dark', async () => {
    const dark = await launch(name, { dark: true });
    const page = await dark.newTab();
    await page.goto(server.fixtureUrl(voa, 'dark'));
    await page.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    const point = (await page.evaluateWith(pointOf, 'Hamáček'))!;
    await page.hover(point.x, point.y);
    await page.waitForSelector('backgrounder-card >>> [data-testid="entity-card"]');
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('backgrounder-card')!.shadowRoot!.querySelector('.card')!).backgroundColor);
    expect(background).toBe('rgb(35, 38, 45)');
    await page.screenshot(`${name}-card-dark`);
    await dark.close();
  }, 60_000);

  it('draws the first mention in a section and a quiet repeat, and every mention once the reader asks', async () => {
    // Prague, Peskov, Hamáček, Vrbětice drawn; Peskov's second mention in the same article quiet.
    expect(await page.evaluate(drawn)).toBe(4);
    expect(await page.evaluate(quiet)).toBe(1);
    const options = await session.newTab();
    await options.goto(session.extensionUrl('options.html'));
    await options.click('[data-testid="density"] input[value="every"]');
    await options.screenshot(`${name}-options`);
    await options.close();
    await page.bringToFront();
    await page.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) === 5);
    expect(await page.evaluate(quiet)).toBe(0);
  });
});
