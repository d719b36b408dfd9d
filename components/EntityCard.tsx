import type { CardPage } from '../lib/dataset/card';
import type { Entity, Incident } from '../lib/dataset/schema';
import { hasCyrillic } from '../lib/text/scripts';
import { formatDate, formatDateRange } from './format';
import { PageBar } from './PageBar';
import { SourceList } from './SourceList';
import { i18n } from './i18n';

interface Props {
  /** The page around the card, when it opens for a mention on a page. */
  page?: CardPage | undefined;
  /** Who or what the card is about. */
  entity: Entity;
  /** Incidents the entity takes part in, ranked for the page as the popup ranks them. */
  incidents: readonly Incident[];
  /** How many dated facts to show. */
  factCount?: number;
  /** The language the entity's texts are in (the card's words are the interface's). */
  lang?: string;
}


/** The card for an entity: who or what a name is, dated and sourced facts, related incidents. */
export function EntityCard({ entity, incidents, factCount = 2, page, lang = 'en' }: Props) {
  const headingId = `backgrounder-card-${entity.id}`;
  const { t } = i18n();
  return (
    <section class="card" role="dialog" tabIndex={-1} aria-labelledby={headingId} data-testid="entity-card" data-entity={entity.id}>
      {page && <PageBar page={page} />}
      <header>
        <span class="kind">{t(`kind_${entity.kind}`)}</span>
        <h2 id={headingId} data-testid="entity-name">
          {entity.name}
        </h2>
        {entity.native && entity.native !== entity.name && (
          <p class="native" lang={hasCyrillic(entity.native) ? 'ru' : 'cs'}>
            {entity.native}
          </p>
        )}
      </header>
      <p class="description" data-testid="entity-description" lang={lang}>
        {entity.description}
      </p>
      <ul class="facts">
        {entity.facts.slice(0, factCount).map((fact) => (
          <li key={fact.date + fact.text} data-testid="entity-fact" lang={lang}>
            <time dateTime={fact.date}>{formatDate(fact.date)}</time> {fact.text}{' '}
            <SourceList sources={fact.sources} />
          </li>
        ))}
      </ul>
      {incidents.length > 0 && (
        <footer>
          <h3>{t('card_related')}</h3>
          <ul class="incidents">
            {incidents.map((incident) => (
              <li key={incident.id} lang={lang}>
                {incident.title} <time dateTime={incident.date.from}>{formatDateRange(incident.date)}</time>
              </li>
            ))}
          </ul>
        </footer>
      )}
    </section>
  );
}
