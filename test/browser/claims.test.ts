/**
 * Claim notes (issue #13) in real Chromium and Firefox: the VOA seed's sentence with Borrell's
 * uncorrected figure gets its own highlight and a note with the EU's correction; the popup counts
 * the page's corrected claims and takes the reader to one; the options switch turns them off.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_ARTICLES, type DemoArticle } from '../support/demo-articles';
import { type BrowserName, launch, openPopup, pointOf, type Tab } from './harness';
import { openMarkedArticle, useBrowser } from './setup';

const voa = DEMO_ARTICLES.find((a) => a.host === 'www.voanews.com')!;
/** Sentences marked as stating a corrected claim. */
const claimSentences = () => [...(CSS.highlights.get('backgrounder-claim') ?? [])].map((r) => (r as Range).toString());
/** Whether the page's claims are marked (one pass marks them all). */
const claimsMarked = () => (CSS.highlights.get('backgrounder-claim')?.size ?? 0) > 0;
const noteOf = (claim: string) => `backgrounder-card >>> [data-testid="note"][data-claim="${claim}"]`;

/** Rests the pointer on `words` (inside a claim's sentence, on no name) until the note opens. */
async function hoverNote(tab: Tab, words: string): Promise<void> {
  const point = (await tab.evaluateWith(pointOf, words))!;
  await tab.hover(point.x, point.y);
  await tab.waitForSelector('backgrounder-card >>> [data-testid="note-card"]');
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const env = useBrowser(name);

  /** Opens a seed article and waits until its names and the sentences of its claims are marked. */
  async function openWithClaims(article: DemoArticle = voa): Promise<{ tab: Tab; tabId: number }> {
    const opened = await openMarkedArticle(env, article);
    await opened.tab.waitFor(claimsMarked);
    return opened;
  }

  it('marks the sentence that repeats Borrell’s uncorrected figure, and its note gives the EU’s correction, its date and sources, with the item’s card one click away', async () => {
    const { tab } = await openWithClaims();
    await tab.setViewport(1100, 800);
    // Five claims in four sentences: Khangoshvili's trial and the MH17 trial share Bond's quotation.
    const sentences = await tab.evaluate(claimSentences);
    expect(sentences).toHaveLength(4);
    expect(sentences).toContain('It is more than 150,000 Russian troops massing on the Ukrainian borders and in Crimea.');

    // A name inside the sentence opens its own card: the names lie above the sentence's line.
    const crimea = (await tab.evaluateWith(pointOf, 'Crimea'))!;
    await tab.hover(crimea.x, crimea.y);
    await tab.waitForSelector('backgrounder-card >>> [data-testid="entity-card"][data-entity="ukraine-border"]');
    await hoverNote(tab, 'massing on the Ukrainian borders');
    expect(await tab.texts(`${noteOf('eu-troops-150000')} [data-testid="note-says"]`)).toEqual(['This article says more than 150,000 Russian troops near Ukraine.']);
    const [record] = await tab.texts(`${noteOf('eu-troops-150000')} [data-testid="note-record"]`);
    expect(record).toMatch(/more than 100,000 troops on 20 April 2021/);
    // The article is dated 20 April 2021, the day of the correction: the figure was corrected when it ran.
    expect(await tab.texts('backgrounder-card >>> [data-testid="note-kind"]')).toEqual(['Corrected claim']);
    // In the browser's English: 20 Apr 2021 or Apr 20, 2021.
    expect((await tab.texts('backgrounder-card >>> [data-testid="note-date"]'))[0]).toMatch(/^On the record since (20 Apr|Apr 20,) 2021$/);
    expect((await tab.texts(`${noteOf('eu-troops-150000')} .sources`))[0]).toMatch(/National Post/);
    await tab.screenshot(`${name}-note`);

    await tab.click(`${noteOf('eu-troops-150000')} [data-testid="note-item"]`);
    await tab.waitForSelector('backgrounder-card >>> [data-testid="incident-card"][data-incident="russian-buildup-ukraine-spring-2021"]');
    // The item's card has the focus the button had: the keyboard goes on from there.
    expect(await tab.evaluate(() => Boolean(globalThis.backgrounderCardRoot?.activeElement))).toBe(true);
    await tab.screenshot(`${name}-note-item-card`);
    await tab.close();
  }, 60_000);

  it.each([
    ['rmx.news', 1, '1 claim on this page is corrected'],
    ['www.voanews.com', 4, '5 claims on this page are corrected'],
    ['www.washingtonexaminer.com', 2, '2 claims on this page are corrected'],
  ])('marks the claims of the seed on %s (%i sentences) and counts them in the popup', async (host, sentences, count) => {
    const { tab, tabId } = await openWithClaims(DEMO_ARTICLES.find((a) => a.host === host)!);
    expect(await tab.evaluate(claimSentences)).toHaveLength(sentences);
    const popup = await openPopup(env.session, tabId);
    await popup.waitForSelector('[data-testid="claims-count"]');
    expect(await popup.texts('[data-testid="claims-count"]')).toEqual([count]);
    await popup.close();
    await tab.close();
  }, 60_000);

  it('words a claim that was true when the article ran as what came later: Hamáček was acting foreign minister on 20 April 2021', async () => {
    const { tab } = await openWithClaims();
    await hoverNote(tab, 'it will be very complicated to put them together again');
    expect(await tab.texts('backgrounder-card >>> [data-testid="note-kind"]')).toEqual(['Since this article']);
    expect((await tab.texts(`${noteOf('hamacek-acting-foreign-minister')} [data-testid="note-record"]`))[0]).toMatch(/from 12 to 21 April 2021/);
    expect((await tab.texts(`${noteOf('hamacek-acting-foreign-minister')} [data-testid="note-held"]`))[0]).toMatch(/^True only: .*2018.*2021/);
    await tab.close();
  }, 60_000);

  it('counts the page’s corrected claims in the popup, above the incidents, and takes the reader to one', async () => {
    const { tab, tabId } = await openWithClaims();
    const popup = await openPopup(env.session, tabId);
    await popup.setViewport(400, 600);
    await popup.waitForSelector('[data-testid="claims-count"]');
    expect(await popup.texts('[data-testid="claims-count"]')).toEqual(['5 claims on this page are corrected']);
    // Two at first, so that the popup stays one screen; the rest a click away.
    expect(await popup.texts('[data-testid="claim-item"]')).toHaveLength(2);
    await popup.click('[data-testid="claims-all"]');
    expect(await popup.texts('[data-testid="claim-item"]')).toContain('more than 150,000 Russian troops near Ukraine');
    // Above the incidents: the first thing the reader reads after the page's status.
    expect(await popup.evaluate(() => {
      const claims = document.querySelector('[data-testid="popup-claims"]')!;
      const incidents = document.querySelector('[data-testid="incident-item"]')!;
      return Boolean(claims.compareDocumentPosition(incidents) & Node.DOCUMENT_POSITION_FOLLOWING);
    })).toBe(true);
    await popup.screenshot(`${name}-popup-claims`);
    await popup.click('[data-testid="claim-item"][data-claim="eu-troops-150000"] [data-testid="claim-open"]');
    await tab.waitForSelector(noteOf('eu-troops-150000'));
    // The note opened for the keyboard: focus inside it, the sentence on screen.
    expect(await tab.evaluate(() => Boolean(globalThis.backgrounderCardRoot?.activeElement))).toBe(true);
    await popup.close();
    await tab.close();
  }, 60_000);

  it('marks no claim once the reader turns the notes off in the options, and marks them again when turned on', async () => {
    const { tab } = await openWithClaims();
    const options = await env.session.newTab();
    await options.goto(env.session.extensionUrl('options.html'));
    await options.click('[data-testid="options-claim-notes"]');
    // A hidden tab is not rescanned: the reader comes back to the article.
    await tab.bringToFront();
    await tab.waitFor(() => (CSS.highlights.get('backgrounder-claim')?.size ?? 0) === 0 && (CSS.highlights.get('backgrounder-mention')?.size ?? 0) > 0);
    await options.bringToFront();
    await options.click('[data-testid="options-claim-notes"]');
    await tab.bringToFront();
    await tab.waitFor(claimsMarked);
    await options.close();
    await tab.close();
  }, 60_000);

  it('draws the note dark for a reader who prefers dark', async () => {
    const dark = await launch(name, { dark: true });
    const tab = await dark.newTab();
    await tab.setViewport(1100, 800);
    await tab.goto(env.server.urlOf(voa));
    await tab.waitFor(claimsMarked);
    await hoverNote(tab, 'massing on the Ukrainian borders');
    const background = await tab.evaluate(() => getComputedStyle(globalThis.backgrounderCardRoot!.querySelector('.card')!).backgroundColor);
    expect(background).toBe('rgb(35, 38, 45)');
    await tab.screenshot(`${name}-note-dark`);
    await dark.close();
  }, 60_000);
});
