import type { RankedIncident } from '../lib/dataset/rank';
import { formatDateRange } from './format';

interface Props {
  /** Incidents that connect the page's entities, most connected first. */
  incidents: readonly RankedIncident[];
  /** Display name for an entity id. */
  nameOf: (id: string) => string;
}

/** The popup's list of incidents that connect the names on the page. */
export function IncidentList({ incidents, nameOf }: Props) {
  return (
    <ul class="incidents">
      {incidents.map(({ incident, entityIds }) => (
        <li key={incident.id} data-testid="incident-item" data-incident={incident.id}>
          <span class="title">{incident.title}</span>
          <time dateTime={incident.date.from}>{formatDateRange(incident.date)}</time>
          <span class="involved">{entityIds.map(nameOf).join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}
