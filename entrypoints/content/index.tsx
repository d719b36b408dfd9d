import { defineContentScript } from 'wxt/utils/define-content-script';
import gate from 'virtual:backgrounder/matcher-gate';
import { browserI18n } from '../../lib/ext/i18n';
import { sendPageReport } from '../../lib/ext/messages';
import { changeSettings, loadSettings, watchSettings } from '../../lib/ext/settings';
import { DEFAULT_SITES, matchPatternsFor } from '../../lib/ext/sites';
import { onTabCommand } from '../../lib/ext/tab-commands';
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
      gate,
      // The work on the page comes in its own script, compiled off the main thread (lib/page/page-kit.ts).
      pageKit: () => importKit(pageKitSlot),
      services: { loadSettings, watchSettings, changeSettings, sendPageReport, onTabCommand },
      // The rest of the index comes in its own script, the first time a piece of the page may name someone.
      matcherKit: () => importKit(matcherKitSlot),
      // The card's texts, search and UI come in their own script, the first time a card is needed.
      cardKit: () => importKit(cardKitSlot),
      words: browserI18n(),
    }),
});
