/**
 * The page kit: the content script's work on a page (scanning, marks, the card's controller, the
 * reports) and the extension's services it uses (settings, messages, the interface's words), as a
 * script of its own (entrypoints/page-kit.ts) that the content script imports at once, as it does
 * the card and matcher kits. A content script is compiled and run on the page's main thread as
 * part of its first task; an imported script is fetched and compiled on another thread, and runs
 * in a task of its own. The content script itself keeps what must be ready at once: the gate's
 * index (`backgrounder:ready`). In a browser just started, its first task was 22–58 ms as one
 * script, 9–45 ms (63–91 in 4 of 33 launches) with the page's work in the kit; with the services
 * (storage, valibot, settings) in the kit too, its thread time went from 9.8 to 6.7 ms (medians of
 * 8 launches each, in turns; Chromium 156, traced). The kit uses the content script's `browser`
 * (`Boot.browser`), so the two carry one copy of the polyfill between them.
 */
import type { ContentApi } from '../ext/content-services';
import type { CompiledIndex } from '../match/compiled';
import type { MatcherIndex } from '../match/find-mentions';
import type { CardKit } from './card-kit';
import type { MatcherKit } from './matcher-kit';
import { kitSlot } from './kits';

/** The part of WXT's content-script context the page's work needs: the signal that ends it, and its location-change event. */
export interface ContentContext {
  readonly signal: AbortSignal;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

/** What the content script has ready when it starts the kit. */
export interface Boot {
  /** The extension's API as the content script has it (WXT's, through the polyfill), for the kit's services and words. */
  browser: ContentApi;
  /** The gate's part of the matcher's index: as compiled, which the matcher kit completes, and loaded. */
  gate: { compiled: CompiledIndex; index: MatcherIndex };
  /** The matcher kit, which makes the full index: loaded the first time a piece of the page passes the gate (lib/page/matcher-kit.ts). */
  matcherKit(): Promise<MatcherKit>;
  /** The card kit, loaded the first time it is needed (lib/page/card-kit.ts). */
  cardKit(): Promise<CardKit>;
}

export interface PageKit {
  /** Starts Backgrounder on the current page; settles once it is set up (the first pass follows in slices). */
  start(ctx: ContentContext, boot: Boot): Promise<void>;
}

/** The kit's slot: its script (entrypoints/page-kit.ts) installs it there. */
export const pageKitSlot = kitSlot<PageKit>('/page-kit.js');
export const installPageKit = pageKitSlot.install;
