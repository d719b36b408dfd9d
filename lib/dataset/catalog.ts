/** Look-ups over the dataset by id and by a site's host, and what a page's mention counts say about it. */
import { isHostOf, normalHost } from '../text/hosts';
import type { Dataset, Entity, Incident } from './schema';

/** The dataset indexed by id. */
export interface Catalog {
  readonly dataset: Dataset;
  entity(id: string): Entity | undefined;
  incident(id: string): Incident | undefined;
  /** The display name of an entity or incident id (the id itself if unknown). */
  nameOf(id: string): string;
}

export function createCatalog(dataset: Dataset): Catalog {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const incidents = new Map(dataset.incidents.map((i) => [i.id, i]));
  return {
    dataset,
    entity: (id) => entities.get(id),
    incident: (id) => incidents.get(id),
    nameOf: (id) => entities.get(id)?.name ?? incidents.get(id)?.title ?? id,
  };
}

/** How often an item was mentioned. */
export interface Count {
  id: string;
  count: number;
}

/** What a page names: entities (people, organisations, places, documents) apart from incidents. */
export interface Findings {
  /** Most mentioned first. */
  entities: Count[];
  /** Incidents the page names by their own labels (MH17), most mentioned first. */
  incidents: Count[];
}

/** No findings: a page that names nothing, or that was not scanned. */
export const NO_FINDINGS: Findings = { entities: [], incidents: [] };

/** Splits mention counts by what the ids are; ids the dataset does not know are dropped. */
export function findingsOf(catalog: Catalog, counts: readonly Count[]): Findings {
  return {
    entities: counts.filter((c) => catalog.entity(c.id)),
    incidents: counts.filter((c) => catalog.incident(c.id)),
  };
}

/** The found entities with their records, in the order found. */
export function foundEntities(catalog: Catalog, findings: Findings): Array<{ entity: Entity; count: number }> {
  return findings.entities.flatMap(({ id, count }) => {
    const entity = catalog.entity(id);
    return entity ? [{ entity, count }] : [];
  });
}

/** The outlets whose own site `host` is on (www.voanews.com → VOA, not notvoanews.com): their name fills its mastheads and bylines and tells the reader nothing. */
export function ownOutlets(catalog: Catalog, host: string): ReadonlySet<string> {
  const h = normalHost(host);
  const own = new Set<string>();
  if (!h) return own;
  for (const entity of catalog.dataset.entities) {
    if (entity.domains?.some((d) => isHostOf(h, d))) own.add(entity.id);
  }
  return own;
}
