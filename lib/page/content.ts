/**
 * The content script's work on a page of a listed site: scan and mark while the site is on,
 * show the card for the name under the pointer, report what was found to the background, and
 * undo it all when the site is turned off or the script is invalidated.
 */
import { dataset } from '../../data';
import { type CardModel, cardFor } from '../dataset/card';
import { createCatalog, type Findings, findingsOf, NO_FINDINGS } from '../dataset/catalog';
import { sendPageReport } from '../ext/messages';
import { isSiteEnabled, loadSettings, watchSettings } from '../ext/settings';
import { siteForHost } from '../ext/sites';
import type { TabState } from '../ext/tab-state';
import { buildIndex, type MatcherIndex } from '../match/find-mentions';
import { attachCard } from './card/controller';
import { isCardHost } from './card/host';
import type { Marks } from './marks';
import { scanPage } from './scan';

/** What the entrypoint supplies: the card's look, which this framework-free module does not know. */
export interface ContentOptions {
  /** The card's stylesheet, for its shadow root. */
  cardCss: string;
  /** Draws a card into `container`, or clears it when `card` is undefined. */
  renderCard(container: HTMLElement, card: CardModel | undefined): void;
}

/** The part of WXT's content-script context this module needs: the signal that ends it. */
export interface ContentContext {
  readonly signal: AbortSignal;
}

/** Starts Backgrounder on the current page; returns once the first scan is done. */
export async function startContentScript(ctx: ContentContext, options: ContentOptions): Promise<void> {
  const site = siteForHost(location.hostname);
  if (!site) return;
  const { signal } = ctx;
  const catalog = createCatalog(dataset);
  let index: MatcherIndex | undefined;
  let marks: Marks | undefined;
  let findings: Findings = NO_FINDINGS;

  const card = attachCard({
    marks: () => marks,
    css: options.cardCss,
    signal,
    render: (container, mark) => options.renderCard(container, mark && cardFor(catalog, mark.mention.entityId, findings)),
  });

  const report = (state: Omit<TabState, 'site'>) => void sendPageReport({ site, ...state });

  function rescan(enabled: boolean): void {
    card.hide();
    marks?.clear();
    marks = undefined;
    findings = NO_FINDINGS;
    if (!enabled) return report({ status: 'off', ...NO_FINDINGS });
    try {
      index ??= buildIndex(dataset);
      const result = scanPage(document.body, index, isCardHost);
      if (result.status !== 'marked') return report({ status: result.status, ...NO_FINDINGS });
      marks = result.marks;
      findings = findingsOf(catalog, result.counts);
      report({ status: 'marked', ...findings });
    } catch (error) {
      // A page that breaks the scan gets no marks, and the popup says why instead of "no names".
      console.error('Backgrounder: the scan of this page failed', error);
      report({ status: 'error', ...NO_FINDINGS, message: error instanceof Error ? error.message : String(error) });
    }
  }

  signal.addEventListener('abort', () => marks?.clear(), { once: true });
  let enabled = isSiteEnabled((await loadSettings()).settings, site);
  rescan(enabled);
  watchSettings(({ settings }) => {
    const now = isSiteEnabled(settings, site);
    if (now !== enabled) rescan((enabled = now));
  }, signal);
}
