import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Card } from '../components/Card';
import { setI18n } from '../components/i18n';
import { dataset } from '../data';
import { cardFor, noteCard } from '../lib/dataset/card';
import { createCatalog } from '../lib/dataset/catalog';
import { createSearch, type ItemSearch } from '../lib/dataset/search';
import { currentArticleDate } from '../lib/page/article-date';
import { installCardKit } from '../lib/page/card-kit';
import { cardPlacement } from '../lib/page/card/placement';
import { lookUpText } from '../lib/page/lookup';

// Imported by the content script once a page names someone or a card is asked for (lib/page/card-kit.ts).
export default defineUnlistedScript(() => {
  const catalog = createCatalog(dataset);
  let search: ItemSearch | undefined;
  installCardKit({
    model: (id, findings, lang) => cardFor(catalog, id, findings, lang),
    note: (ids, lang) => noteCard(catalog, ids, currentArticleDate(), lang),
    placement: cardPlacement,
    lookUp: (index, text, findings, lang) => lookUpText(catalog, index, (search ??= createSearch(catalog)), text, findings, lang),
    render: (container, card, page) => render(card ? <Card card={card} page={page} /> : null, container),
    speak: setI18n,
  });
});
