import { useState } from 'preact/hooks';
import type { RankedIncident } from '../lib/dataset/rank';
import { formatDateRange } from './format';
import { i18n } from './i18n';

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
  const [all, setAll] = useState(false);
  const { t } = i18n();
  const shown = all || limit === undefined ? incidents : incidents.slice(0, limit);
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
      {shown.length < incidents.length && (
        <button type="button" class="link more" data-testid="incidents-all" onClick={() => setAll(true)}>
          {t('popup_showAll', incidents.length)}
        </button>
      )}
    </>
  );
}
