/** Look-ups over the dataset by id, and the incidents that connect the entities on a page. */
import type { Dataset, Entity, Incident } from '../data/schema';

/** The dataset indexed by id. */
export interface Catalog {
  entity(id: string): Entity | undefined;
  incident(id: string): Incident | undefined;
  /** The display name of an entity or incident id (the id itself if unknown). */
  nameOf(id: string): string;
}

export function createCatalog(dataset: Dataset): Catalog {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const incidents = new Map(dataset.incidents.map((i) => [i.id, i]));
  return {
    entity: (id) => entities.get(id),
    incident: (id) => incidents.get(id),
    nameOf: (id) => entities.get(id)?.name ?? incidents.get(id)?.title ?? id,
  };
}

/** An incident with the found entities that take part in it. */
export interface RankedIncident {
  incident: Incident;
  /** Ids of the page's entities involved, most mentioned first. */
  entityIds: string[];
}

/**
 * Ranks the incidents of a page: those the page names itself first, then those that connect
 * more of the page's entities, then those whose entities are mentioned more, then the newest.
 * `found` holds entity and incident ids alike, as the matcher reports them.
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
      return { incident, entityIds, weight, named: counts.has(incident.id) ? 1 : 0 };
    })
    .filter((r) => r.named || r.entityIds.length > 0)
    .sort(
      (a, b) =>
        b.named - a.named ||
        b.entityIds.length - a.entityIds.length ||
        b.weight - a.weight ||
        b.incident.date.from.localeCompare(a.incident.date.from) ||
        a.incident.id.localeCompare(b.incident.id),
    )
    .map(({ incident, entityIds }) => ({ incident, entityIds }));
}

/** The found ids that are entities, with their entities, in the order found. */
export function foundEntities(
  catalog: Catalog,
  found: ReadonlyArray<{ id: string; count: number }>,
): Array<{ entity: Entity; count: number }> {
  return found.flatMap(({ id, count }) => {
    const entity = catalog.entity(id);
    return entity ? [{ entity, count }] : [];
  });
}
