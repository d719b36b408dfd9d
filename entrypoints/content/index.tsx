import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Card } from '../../components/Card';
import cardCss from '../../components/card.css?inline';
import { DEFAULT_SITES, matchPatternsFor } from '../../lib/ext/sites';
import { startContentScript } from '../../lib/page/content';
import './highlight.css';

export default defineContentScript({
  matches: DEFAULT_SITES.flatMap(matchPatternsFor),
  runAt: 'document_idle',
  main: (ctx) =>
    startContentScript(ctx, {
      cardCss,
      renderCard: (container, card) => render(card ? <Card card={card} /> : null, container),
    }),
});
