/** What a card shows for an item, chosen and ordered here so that every card and the popup agree. */
import type { Catalog, Findings } from './catalog';
import { rankIncidents } from './rank';
import type { Entity, Incident } from './schema';

/** The content of one card. */
export type CardModel =
  | {
      kind: 'entity';
      entity: Entity;
      /** The entity's incidents, ranked as the popup ranks them for this page. */
      incidents: Incident[];
    }
  | {
      kind: 'incident';
      incident: Incident;
      /** Display names of the incident's entities: those the page names first, most named first. */
      involved: string[];
    };

/** The card for item `id` on a page with `findings`; undefined for an id the dataset does not know. */
export function cardFor(catalog: Catalog, id: string, findings: Findings): CardModel | undefined {
  const entity = catalog.entity(id);
  if (entity) {
    // A card opened for an entity the page does not name (a search result) still ranks by the page.
    const withEntity = findings.entities.some((f) => f.id === id) ? findings : { ...findings, entities: [...findings.entities, { id, count: 0 }] };
    const incidents = rankIncidents(catalog, withEntity)
      .map((r) => r.incident)
      .filter((i) => entity.incidents.includes(i.id));
    return { kind: 'entity', entity, incidents };
  }
  const incident = catalog.incident(id);
  if (!incident) return undefined;
  const counts = new Map(findings.entities.map((f) => [f.id, f.count]));
  const involved = [...incident.entities].sort((a, b) => (counts.get(b) ?? -1) - (counts.get(a) ?? -1)).map(catalog.nameOf);
  return { kind: 'incident', incident, involved };
}

/** The page around an open card: where this mention stands among the page's mentions of the item, and what the reader can do there. */
export interface CardPage {
  /** This mention's place among the item's mentions on the page, from 0. */
  position: number;
  /** The item's mentions on the page. */
  total: number;
  /** Moves to the previous (-1) or next (1) mention, round the page. */
  step(delta: -1 | 1): void;
  /** Turns Backgrounder off on this site. */
  turnOffSite(): void;
}
