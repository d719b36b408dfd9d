import type { RankedIncident } from '../lib/dataset/rank';
import { formatDateRange } from './format';
import { useShowAll } from './ShowAll';

interface Props {
  /** Incidents the page names or that connect its names, most relevant first, each with the language its texts are in. */
  incidents: ReadonlyArray<RankedIncident & { lang?: string }>;
  /** Display name for an entity id. */
  nameOf: (id: string) => string;
  /** How many show before "Show all"; all when absent. */
  limit?: number;
  /** Opens an incident's card; without it the titles are plain text. */
  onOpen?: ((id: string) => void) | undefined;
}

/** The popup's incidents that connect the names on the page: date, a one-line summary, and the page's names each involves. */
export function IncidentList({ incidents, nameOf, limit, onOpen }: Props) {
  const [shown, showAll] = useShowAll(incidents, limit, 'incidents-all');
  return (
    <>
      <ul class="incidents">
        {shown.map(({ incident, entityIds, lang }) => (
          <li key={incident.id} data-testid="incident-item" data-incident={incident.id} lang={lang}>
            {onOpen ? (
              <button type="button" class="title" data-testid="incident-open" onClick={() => onOpen(incident.id)}>
                {incident.title}
              </button>
            ) : (
              <span class="title">{incident.title}</span>
            )}
            <time dateTime={incident.date.from}>{formatDateRange(incident.date)}</time>
            <span class="summary" title={incident.summary}>
              {incident.summary}
            </span>
            {entityIds.length > 0 && <span class="involved">{entityIds.map(nameOf).join(', ')}</span>}
          </li>
        ))}
      </ul>
      {showAll}
    </>
  );
}
