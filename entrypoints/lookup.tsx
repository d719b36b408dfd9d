import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Card } from '../components/Card';
import cardCss from '../components/card.css?inline';
import { setI18n } from '../components/i18n';
import { browser } from 'wxt/browser';
import { askFormatsOver } from '../lib/ext/content-services';
import { i18nOf } from '../lib/ext/i18n';
import { onTabCommand } from '../lib/ext/tab-commands';
import { startLookupScript } from '../lib/page/lookup-script';
import index from 'virtual:backgrounder/matcher-index';

// Injected by the background for the context menu's look-up on a page Backgrounder does not run on.
export default defineUnlistedScript(() => {
  const words = i18nOf(browser.i18n, askFormatsOver(browser.runtime));
  setI18n(words);
  startLookupScript({
    index,
    cardCss,
    words,
    onTabCommand: (handler, signal) => onTabCommand(browser.runtime, handler, signal),
    renderCard: (container, card, page) => render(card ? <Card card={card} page={page} /> : null, container),
  });
});
