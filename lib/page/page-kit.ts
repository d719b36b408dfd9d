/**
 * The page kit: the content script's work on a page (scanning, marks, the card's controller, the
 * reports), as a script of its own (entrypoints/page-kit.ts) that the content script imports at
 * once, as it does the card and matcher kits. A content script is compiled on the page's main
 * thread as part of its first task; an imported script is fetched and compiled on another thread,
 * and only run on the main one. The content script itself keeps what must be ready at once: the
 * gate's index (`backgrounder:ready`), and the extension's services (settings, messages), which it
 * hands the kit. In a browser just started, its first task was 22–58 ms as one script; split so,
 * 9–45 ms in most launches (63–91 ms in 4 of 33), and the kit's run 0.3–1.0 ms (Chromium 156, traced).
 */
import type { LoadedSettings, SettingsChange } from '../ext/settings';
import type { TabCommand } from '../ext/tab-commands';
import type { TabState } from '../ext/tab-state';
import type { MatcherIndex } from '../match/find-mentions';
import type { CardKit } from './card-kit';
import type { MatcherKit } from './matcher-kit';
import type { I18n } from '../text/messages';
import { kitSlot } from './kits';

/** The part of WXT's content-script context the page's work needs: the signal that ends it, and its location-change event. */
export interface ContentContext {
  readonly signal: AbortSignal;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

/** What the content script hands the kit: the extension's services, which the kit's script does not carry. */
export interface ContentServices {
  loadSettings(): Promise<LoadedSettings>;
  watchSettings(onChange: (loaded: LoadedSettings) => void, signal: AbortSignal): void;
  changeSettings(change: SettingsChange): Promise<void>;
  sendPageReport(state: TabState): Promise<void>;
  onTabCommand(handler: (command: TabCommand) => void, signal: AbortSignal): void;
}

/** What the content script has ready when it starts the kit. */
export interface Boot {
  /** The gate's part of the matcher's index: as compiled (JSON, a CompiledIndex), which the matcher kit completes, and loaded. */
  gate: { json: string; index: MatcherIndex };
  /** The settings, being read since the content script started. */
  settings: Promise<LoadedSettings>;
  services: ContentServices;
  /** The matcher kit, which makes the full index: loaded the first time a piece of the page passes the gate (lib/page/matcher-kit.ts). */
  matcherKit(): Promise<MatcherKit>;
  /** The card kit, loaded the first time it is needed (lib/page/card-kit.ts). */
  cardKit(): Promise<CardKit>;
  /** The interface's words, in the reader's language (what a screen reader hears when a card opens). */
  words: I18n;
}

export interface PageKit {
  /** Starts Backgrounder on the current page; settles once it is set up (the first pass follows in slices). */
  start(ctx: ContentContext, boot: Boot): Promise<void>;
}

/** The kit's slot: its script (entrypoints/page-kit.ts) installs it there. */
export const pageKitSlot = kitSlot<PageKit>('/page-kit.js');
export const installPageKit = pageKitSlot.install;
