import type { Incident } from '../data/schema';
import { formatDateRange } from '../lib/format';
import { SourceLink } from './SourceLink';

interface Props {
  /** The incident the card is about. */
  incident: Incident;
  /** Display names of the incident's entities, in the data's order. */
  involved: readonly string[];
}

/** The hover card for a named incident: when, where, what happened, who, and what reporting got wrong. */
export function IncidentCard({ incident, involved }: Props) {
  const headingId = `backgrounder-card-${incident.id}`;
  return (
    <section class="card" role="dialog" aria-labelledby={headingId} data-testid="entity-card" data-incident={incident.id}>
      <header>
        <span class="kind">Incident</span>
        <h2 id={headingId} data-testid="entity-name">
          {incident.title}
        </h2>
        <p class="native">
          <time dateTime={incident.date.from}>{formatDateRange(incident.date)}</time> · {incident.place}
        </p>
      </header>
      <p class="description" data-testid="entity-description">
        {incident.summary}
      </p>
      {involved.length > 0 && <p class="involved">Involved: {involved.join(', ')}</p>}
      {incident.corrections && incident.corrections.length > 0 && (
        <>
          <h3>Corrections</h3>
          <ul class="facts">
            {incident.corrections.map((c) => (
              <li key={c.claim} data-testid="incident-correction">
                {c.claim} {c.correction}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Sources</h3>
      <p class="sources">
        {incident.sources.slice(0, 3).map((source, i) => (
          <>
            {i > 0 && '; '}
            <SourceLink source={source} />
          </>
        ))}
      </p>
    </section>
  );
}
