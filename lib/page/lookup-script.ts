/**
 * The look-up script: injected by the background into a page where Backgrounder does not run
 * (the context menu's "Look up … in Backgrounder", with `activeTab`: this tab, this once), it
 * shows the card for the selected text beside the selection and marks nothing.
 */
import { dataset } from '../../data';
import { type CardModel, type CardPage, cardFor } from '../dataset/card';
import { createCatalog, NO_FINDINGS } from '../dataset/catalog';
import { createSearch } from '../dataset/search';
import type { CompiledIndex } from '../match/compiled';
import { loadIndex } from '../match/find-mentions';
import { attachCard } from './card/controller';
import { cardPlacement } from './card/placement';
import { announcement, lookUpText, lookupMark, selectionRange } from './lookup';
import type { Mark } from './marks';
import type { I18n } from '../text/messages';
import type { ContentServices } from '../ext/content-services';
import { textLanguageFor } from '../dataset/localize';

/** What the entrypoint supplies: the card's look, the interface's words and the commands from the background. */
export interface LookupOptions {
  /** The matcher's index, compiled at build time, as JSON (a CompiledIndex). */
  index: string;
  cardCss: string;
  /** The interface's words, in the reader's language. */
  words: I18n;
  onTabCommand: ContentServices['onTabCommand'];
  renderCard(container: HTMLElement, card: CardModel | undefined, page: CardPage | undefined): void;
}

/** Marks this script's realm once started: the background injects it again for every look-up in the tab. */
const STARTED = Symbol.for('backgrounder.lookup');

/** Starts listening for look-ups on this page; a second injection into the same page does nothing. */
export function startLookupScript(options: LookupOptions): void {
  const realm = globalThis as { [STARTED]?: true };
  if (realm[STARTED]) return;
  realm[STARTED] = true;
  const catalog = createCatalog(dataset);
  const index = loadIndex(JSON.parse(options.index) as CompiledIndex);
  const search = createSearch(catalog);
  const models = new WeakMap<Mark, CardModel>();
  const signal = new AbortController().signal;
  // The words' formats from the background, and the rest of their preparing, before the first card:
  // so the card's dates need no Intl formatter in this page (lib/text/formats.ts).
  const prepared = (async () => {
    for (const step of options.words.preparing) await step();
  })();

  const show = (mark: Mark, model: CardModel) => {
    models.set(mark, model);
    card.focusOn(mark);
    card.announce(announcement(catalog, model, mark.mention.entityId, options.words));
  };
  const card = attachCard({
    marks: () => undefined,
    placement: cardPlacement,
    css: options.cardCss,
    signal,
    render: (container, mark) =>
      options.renderCard(container, mark && models.get(mark), mark && {
        position: 0,
        total: 0,
        step: () => undefined,
        openItem(id) {
          const model = cardFor(catalog, id, NO_FINDINGS, textLanguageFor(options.words.locale));
          if (model) show(lookupMark(mark.range, model, id), model);
        },
      }),
  });

  options.onTabCommand((command) => {
    if (command.type !== 'look-up') return;
    // The selection as it is when the reader asked, whatever it is once the words are ready.
    const anchor = selectionRange(document);
    if (!anchor) return;
    void prepared.then(() => {
      const model = lookUpText(catalog, index, search, command.text, NO_FINDINGS, textLanguageFor(options.words.locale));
      show(lookupMark(anchor, model, command.text), model);
    });
  }, signal);
}
