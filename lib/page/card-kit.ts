/**
 * The card kit: what a card needs that a page naming nobody never loads (the dataset's texts, the
 * search over every spelling with fuse.js, Preact and the card's components). It is its own script
 * (entrypoints/card-kit.tsx), which the content script imports the first time a page has a name
 * (or a card is asked for); it runs in the content script's isolated world and installs itself
 * under a symbol there, out of the page's reach. (The background could not inject it instead: the
 * default sites' content scripts come with no host permission for scripting.executeScript.)
 */
import type { CardModel, CardPage } from '../dataset/card';
import type { Findings } from '../dataset/catalog';
import type { TextLanguage } from '../dataset/schema';
import type { MatcherIndex } from '../match/find-mentions';
import type { CardPlacement } from './card/placement';
import type { I18n } from '../text/messages';
import { kitSlot } from './kits';

export interface CardKit {
  /** The card of item `id`, with the page's findings, in the reader's language where written. */
  model(id: string, findings: Findings, lang: TextLanguage): CardModel | undefined;
  /** The note on a sentence that states claims `ids`, worded for the article's date (the kit reads it from the page, article-date.ts). */
  note(ids: readonly string[], lang: TextLanguage): CardModel;
  /** The card for a looked-up text: the item the matcher finds in it, or the closest names. */
  lookUp(index: MatcherIndex, text: string, findings: Findings, lang: TextLanguage): CardModel;
  /** Where a card goes: @floating-ui/dom, which the content script itself does not carry. */
  placement: CardPlacement;
  /** Draws `card` into `container` with the page around it, or clears it. */
  render(container: HTMLElement, card: CardModel | undefined, page: CardPage | undefined): void;
  /** Sets the words the card's components speak: the page kit's, so that the kit reads no catalogue (and carries no polyfill) of its own. */
  speak(words: I18n): void;
}

/** The kit's slot: its script (entrypoints/card-kit.tsx) installs it there. */
export const cardKitSlot = kitSlot<CardKit>('/card-kit.js');
export const installCardKit = cardKitSlot.install;
