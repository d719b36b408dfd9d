import type { CardPage } from '../lib/dataset/card';
import type { Incident } from '../lib/dataset/schema';
import { formatDateRange } from './format';
import { PageBar } from './PageBar';
import { SourceList } from './SourceList';
import { i18n } from './i18n';

interface Props {
  /** The page around the card, when it opens for a mention on a page. */
  page?: CardPage | undefined;
  /** The incident the card is about. */
  incident: Incident;
  /** Display names of the incident's entities, those the page names first. */
  involved: readonly string[];
  /** The language the incident's texts are in (the card's words are the interface's). */
  lang?: string;
}

/** Sources shown on the card: the rest are one search away, and a card must fit the screen. */
const MAX_SOURCES = 3;

/** The card for a named incident: when, where, what happened, who, and what reporting got wrong. */
export function IncidentCard({ incident, involved, page, lang = 'en' }: Props) {
  const headingId = `backgrounder-card-${incident.id}`;
  const { t } = i18n();
  return (
    <section class="card" role="dialog" tabIndex={-1} aria-labelledby={headingId} data-testid="incident-card" data-incident={incident.id}>
      {page && <PageBar page={page} />}
      <header>
        <span class="kind">{t('kind_incident')}</span>
        <h2 id={headingId} data-testid="incident-title" lang={lang}>
          {incident.title}
        </h2>
        <p class="native">
          <time dateTime={incident.date.from}>{formatDateRange(incident.date)}</time> · {incident.place}
        </p>
      </header>
      <p class="description" data-testid="incident-summary" lang={lang}>
        {incident.summary}
      </p>
      {involved.length > 0 && <p class="involved" data-testid="incident-involved">{t('card_involved', involved.join(', '))}</p>}
      {incident.corrections && incident.corrections.length > 0 && (
        <>
          <h3>{t('card_corrections')}</h3>
          <ul class="facts">
            {incident.corrections.map((c) => (
              <li key={c.claim} data-testid="incident-correction" lang={lang}>
                {c.claim} {c.correction}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('card_sources')}</h3>
      <p>
        <SourceList sources={incident.sources.slice(0, MAX_SOURCES)} />
      </p>
    </section>
  );
}
