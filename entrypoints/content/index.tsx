import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Card } from '../../components/Card';
import cardCss from '../../components/card.css?inline';
import { DEFAULT_SITES, matchPatternsFor } from '../../lib/ext/sites';
import { setI18n } from '../../components/i18n';
import { browserI18n } from '../../lib/ext/i18n';
import { startContentScript } from '../../lib/page/content';
import index from 'virtual:backgrounder/matcher-index';
import dark from './marks-dark.css?inline';
import light from './marks-light.css?inline';
import underlineOnly from './marks-underline.css?inline';

export default defineContentScript({
  matches: DEFAULT_SITES.flatMap(matchPatternsFor),
  runAt: 'document_idle',
  // A page can neither detect Backgrounder by WXT's start message nor stop it by replaying that message.
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    const words = browserI18n();
    setI18n(words);
    return startContentScript(ctx, {
      index,
      words,
      cardCss,
      markStyles: { light, dark, underlineOnly },
      renderCard: (container, card, page) => render(card ? <Card card={card} page={page} /> : null, container),
    });
  },
});
