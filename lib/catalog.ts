/** Look-ups over the dataset by id, and the incidents that connect the entities on a page. */
import type { Dataset, Entity, Incident } from '../data/schema';

/** The dataset indexed by id. */
export interface Catalog {
  entity(id: string): Entity | undefined;
  incident(id: string): Incident | undefined;
}

export function createCatalog(dataset: Dataset): Catalog {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const incidents = new Map(dataset.incidents.map((i) => [i.id, i]));
  return { entity: (id) => entities.get(id), incident: (id) => incidents.get(id) };
}

/** An incident with the found entities that take part in it. */
export interface RankedIncident {
  incident: Incident;
  /** Ids of the page's entities involved, most mentioned first. */
  entityIds: string[];
}

/**
 * Ranks the incidents that involve the entities found on a page: those that connect more
 * of the page's entities first, then those whose entities are mentioned more, then the newest.
 */
export function rankIncidents(
  dataset: Dataset,
  found: ReadonlyArray<{ id: string; count: number }>,
): RankedIncident[] {
  const counts = new Map(found.map((f) => [f.id, f.count]));
  return dataset.incidents
    .map((incident) => {
      const entityIds = incident.entities.filter((id) => counts.has(id));
      entityIds.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
      const weight = entityIds.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
      return { incident, entityIds, weight };
    })
    .filter((r) => r.entityIds.length > 0)
    .sort(
      (a, b) =>
        b.entityIds.length - a.entityIds.length ||
        b.weight - a.weight ||
        b.incident.date.from.localeCompare(a.incident.date.from) ||
        a.incident.id.localeCompare(b.incident.id),
    )
    .map(({ incident, entityIds }) => ({ incident, entityIds }));
}
