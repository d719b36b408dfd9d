import { defineContentScript } from 'wxt/utils/define-content-script';
import gate from 'virtual:backgrounder/matcher-gate';
import items from 'virtual:backgrounder/page-items';
import cardCss from '../../components/card.css?inline';
import { browserI18n } from '../../lib/ext/i18n';
import { DEFAULT_SITES, matchPatternsFor } from '../../lib/ext/sites';
import { loadCardKit } from '../../lib/page/card-kit';
import { loadMatcherKit } from '../../lib/page/matcher-kit';
import { startContentScript } from '../../lib/page/content';
import dark from './marks-dark.css?inline';
import light from './marks-light.css?inline';
import underlineOnly from './marks-underline.css?inline';

export default defineContentScript({
  matches: DEFAULT_SITES.flatMap(matchPatternsFor),
  runAt: 'document_idle',
  // A page can neither detect Backgrounder by WXT's start message nor stop it by replaying that message.
  noScriptStartedPostMessage: true,
  main: (ctx) =>
    startContentScript(ctx, {
      gate,
      // The rest of the index comes in its own script, the first time a piece of the page may name someone.
      matcherKit: loadMatcherKit,
      items,
      // The card's texts, search and UI come in their own script, the first time a card is needed.
      cardKit: loadCardKit,
      words: browserI18n(),
      cardCss,
      markStyles: { light, dark, underlineOnly },
    }),
});
