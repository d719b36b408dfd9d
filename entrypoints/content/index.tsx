import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { EntityCard } from '../../components/EntityCard';
import { IncidentCard } from '../../components/IncidentCard';
import cardCss from '../../components/card.css?inline';
import { dataset } from '../../data';
import { createCatalog } from '../../lib/catalog';
import { buildIndex } from '../../lib/matcher';
import { sendPageReport } from '../../lib/ext/messages';
import { isSiteEnabled, loadSettings, watchSettings } from '../../lib/ext/settings';
import type { Marks } from '../../lib/page/highlights';
import { attachHoverCard, CARD_HOST_TAG } from '../../lib/page/hover-card';
import { scanPage } from '../../lib/page/scan-page';
import { DEFAULT_SITES, matchPatternsFor, siteForHost } from '../../lib/sites';
import './highlight.css';

export default defineContentScript({
  matches: DEFAULT_SITES.flatMap(matchPatternsFor),
  runAt: 'document_idle',
  async main(ctx) {
    const found = siteForHost(location.hostname);
    if (!found) return;
    const site: string = found;
    const signal = ctx.signal;
    const catalog = createCatalog(dataset);
    let index: ReturnType<typeof buildIndex> | undefined;
    let marks: Marks | undefined;

    const card = attachHoverCard({
      marks: () => marks,
      css: cardCss,
      signal,
      render(container, mark) {
        const id = mark?.mention.entityId ?? '';
        const entity = catalog.entity(id);
        const incident = catalog.incident(id);
        if (entity) {
          const incidents = entity.incidents.flatMap((i) => catalog.incident(i) ?? []);
          render(<EntityCard entity={entity} incidents={incidents} />, container);
        } else if (incident) {
          render(<IncidentCard incident={incident} involved={incident.entities.map(catalog.nameOf)} />, container);
        } else {
          render(null, container);
        }
      },
    });

    function apply(enabled: boolean): void {
      card.hide();
      marks?.clear();
      marks = undefined;
      if (!enabled) {
        void sendPageReport({ status: 'off', site, entities: [] });
        return;
      }
      index ??= buildIndex(dataset);
      const result = scanPage(document.body, index, (el) => el.localName === CARD_HOST_TAG);
      if (result.status === 'marked') marks = result.marks;
      void sendPageReport({ status: result.status, site, entities: result.status === 'marked' ? result.entities : [] });
    }

    signal.addEventListener('abort', () => marks?.clear());
    const { settings } = await loadSettings();
    let enabled = isSiteEnabled(settings, site);
    apply(enabled);
    watchSettings(({ settings: next }) => {
      const now = isSiteEnabled(next, site);
      if (now !== enabled) apply((enabled = now));
    }, signal);
  },
});
