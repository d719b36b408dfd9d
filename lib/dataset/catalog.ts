/** Look-ups over the dataset by id and by a site's host, and what a page's mention counts say about it. */
import { isHostOf, normalHost } from '../text/hosts';
import type { Dataset, Entity, Incident } from './schema';

/** What kind of item an id is. */
export type ItemKind = Entity['kind'] | 'incident';

/**
 * An item without its texts: id, kind, display name and, for an outlet, its own domains. What a
 * page needs of every item to report and mark, without the dataset's texts (lib/page/content.ts).
 */
export type ItemSummary = [id: string, kind: ItemKind, name: string, domains?: string[]];

/** Look-ups over item summaries. */
export interface Items {
  readonly summaries: readonly ItemSummary[];
  kindOf(id: string): ItemKind | undefined;
  /** The display name of an entity or incident id (the id itself if unknown). */
  nameOf(id: string): string;
}

/** Every item of the dataset, summarised. */
export function summariesOf(dataset: Dataset): ItemSummary[] {
  return [
    ...dataset.entities.map((e): ItemSummary => (e.domains ? [e.id, e.kind, e.name, e.domains] : [e.id, e.kind, e.name])),
    ...dataset.incidents.map((i): ItemSummary => [i.id, 'incident', i.title]),
  ];
}

export function createItems(summaries: readonly ItemSummary[]): Items {
  const byId = new Map(summaries.map((s) => [s[0], s]));
  return { summaries, kindOf: (id) => byId.get(id)?.[1], nameOf: (id) => byId.get(id)?.[2] ?? id };
}

/** The dataset indexed by id. */
export interface Catalog extends Items {
  readonly dataset: Dataset;
  entity(id: string): Entity | undefined;
  incident(id: string): Incident | undefined;
}

export function createCatalog(dataset: Dataset): Catalog {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const incidents = new Map(dataset.incidents.map((i) => [i.id, i]));
  return {
    ...createItems(summariesOf(dataset)),
    dataset,
    entity: (id) => entities.get(id),
    incident: (id) => incidents.get(id),
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
export function findingsOf(items: Pick<Items, 'kindOf'>, counts: readonly Count[]): Findings {
  return {
    entities: counts.filter((c) => (items.kindOf(c.id) ?? 'incident') !== 'incident'),
    incidents: counts.filter((c) => items.kindOf(c.id) === 'incident'),
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
export function ownOutlets(items: Pick<Items, 'summaries'>, host: string): ReadonlySet<string> {
  const h = normalHost(host);
  const own = new Set<string>();
  if (!h) return own;
  for (const [id, , , domains] of items.summaries) {
    if (domains?.some((d) => isHostOf(h, d))) own.add(id);
  }
  return own;
}
