// First: when the script began to run, before the imports below are evaluated.
import { SCRIPT_START } from '../../lib/page/script-start';
// Second: the gate's index, loaded before the polyfill and WXT's context touch the extension's API.
import { GATE } from './gate';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_SITES, matchPatternsFor } from '../../lib/ext/sites';
import { bootContentScript, importKit } from '../../lib/page/boot';
import { cardKitSlot } from '../../lib/page/card-kit';
import { matcherKitSlot } from '../../lib/page/matcher-kit';
import { pageKitSlot } from '../../lib/page/page-kit';

export default defineContentScript({
  matches: DEFAULT_SITES.flatMap(matchPatternsFor),
  runAt: 'document_idle',
  // A page can neither detect Backgrounder by WXT's start message nor stop it by replaying that message.
  noScriptStartedPostMessage: true,
  main: (ctx) =>
    bootContentScript(ctx, {
      scriptStart: SCRIPT_START,
      gate: GATE,
      browser,
      // The work on the page and the extension's services come in their own script, compiled off the main thread (lib/page/page-kit.ts).
      pageKit: () => importKit(pageKitSlot),
      // The rest of the index comes in its own script, the first time a piece of the page may name someone.
      matcherKit: () => importKit(matcherKitSlot),
      // The card's texts, search and UI come in their own script, the first time a card is needed.
      cardKit: () => importKit(cardKitSlot),
    }),
});
