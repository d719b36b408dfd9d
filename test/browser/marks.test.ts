/**
 * How marks look and how many are drawn, in real Chromium and Firefox: the style follows the
 * page's background, and the reader's density setting draws every mention or fewer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../support/demo-articles';
import { type BrowserName, launch, pointOf, type Tab } from './harness';
import { useBrowser } from './setup';

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
  const env = useBrowser(name);
  let page: Tab;

  beforeAll(async () => {
    page = await env.session.newTab();
  }, 60_000);

  it('draws marks in the light style on a light page and in the dark style on a dark one', async () => {
    await page.goto(env.server.urlOf(voa));
    await page.waitFor(markUnderline);
    const light = await page.evaluate(markUnderline);
    await page.goto(env.server.fixtureUrl(voa, 'dark'));
    // The style is chosen a frame after the marks: wait for the dark one rather than the light page's.
    await page.waitFor(() =>
      [...document.adoptedStyleSheets].some((sheet) => [...sheet.cssRules].some((rule) => /#f2c14e|rgb\(242, 193, 78\)/i.test(rule.cssText))),
    );
    const dark = await page.evaluate(markUnderline);
    expect(light).toMatch(/#8a5d00|rgb\(138, 93, 0\)/i);
    expect(dark).toMatch(/#f2c14e|rgb\(242, 193, 78\)/i);
    await page.screenshot(`${name}-marks-dark-page`);
  });

  it('draws the card dark for a reader who prefers dark', async () => {
    const dark = await launch(name, { dark: true });
    const page = await dark.newTab();
    await page.goto(env.server.fixtureUrl(voa, 'dark'));
    await page.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    const point = (await page.evaluateWith(pointOf, 'Hamáček'))!;
    await page.hover(point.x, point.y);
    await page.waitForSelector('backgrounder-card >>> [data-testid="entity-card"]');
    const background = await page.evaluate(() => getComputedStyle(globalThis.backgrounderCardRoot!.querySelector('.card')!).backgroundColor);
    expect(background).toBe('rgb(35, 38, 45)');
    await page.screenshot(`${name}-card-dark`);
    await dark.close();
  }, 60_000);

  it('draws the first mention in a section and a quiet repeat, and every mention once the reader asks', async () => {
    // Prague, Peskov, Hamáček, Vrbětice drawn; Peskov's second mention in the same article quiet.
    expect(await page.evaluate(drawn)).toBe(4);
    expect(await page.evaluate(quiet)).toBe(1);
    const options = await env.session.newTab();
    await options.goto(env.session.extensionUrl('options.html'));
    await options.click('[data-testid="density"] input[value="every"]');
    await options.screenshot(`${name}-options`);
    await options.close();
    await page.bringToFront();
    await page.waitFor(() => (CSS.highlights.get('backgrounder-mention')?.size ?? 0) === 5);
    expect(await page.evaluate(quiet)).toBe(0);
  });
});
