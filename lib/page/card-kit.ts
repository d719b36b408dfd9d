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
import { extensionUrl } from '../ext/resources';
import type { CardPlacement } from './card/placement';

export interface CardKit {
  /** The card of item `id`, with the page's findings, in the reader's language where written. */
  model(id: string, findings: Findings, lang: TextLanguage): CardModel | undefined;
  /** The note on a sentence that states claims `ids`, worded for an article published on `published`. */
  note(ids: readonly string[], published: string | undefined, lang: TextLanguage): CardModel;
  /** The card for a looked-up text: the item the matcher finds in it, or the closest names. */
  lookUp(index: MatcherIndex, text: string, findings: Findings, lang: TextLanguage): CardModel;
  /** Where a card goes: @floating-ui/dom, which the content script itself does not carry. */
  placement: CardPlacement;
  /** Draws `card` into `container` with the page around it, or clears it. */
  render(container: HTMLElement, card: CardModel | undefined, page: CardPage | undefined): void;
}

const KIT = Symbol.for('backgrounder.card-kit');

/** Called by the kit's script: makes the kit available to the content script of this realm. */
export function installCardKit(kit: CardKit): void {
  (globalThis as { [KIT]?: CardKit })[KIT] = kit;
}

/** The kit, if its script has run in this realm. */
export function installedCardKit(): CardKit | undefined {
  return (globalThis as { [KIT]?: CardKit })[KIT];
}

/** The kit's script: web-accessible for import() (at an address that changes per session in Chromium, so that pages cannot probe for it). */
const KIT_SCRIPT = '/card-kit.js';

/** The kit, importing its script into this realm first if it has not run yet. */
export async function loadCardKit(): Promise<CardKit> {
  if (!installedCardKit()) await import(/* @vite-ignore */ extensionUrl(KIT_SCRIPT));
  const kit = installedCardKit();
  if (!kit) throw new Error('Backgrounder: the card kit ran but did not install itself');
  return kit;
}
