/** Incident ranking: one order for the popup's list and for every card's "Related" list. */
import type { Catalog, Findings } from './catalog';
import type { Incident } from './schema';
import { byUnits } from '../text/order';

/** An incident with the found entities that take part in it. */
export interface RankedIncident {
  incident: Incident;
  /** Ids of the page's entities involved, most mentioned first. */
  entityIds: string[];
}

/**
 * Ranks the incidents that touch a page: those the page names itself first, then those that
 * connect more of the page's entities, then those whose entities are mentioned more, then
 * the newest.
 */
export function rankIncidents(catalog: Catalog, findings: Findings): RankedIncident[] {
  const counts = new Map(findings.entities.map((f) => [f.id, f.count]));
  const named = new Set(findings.incidents.map((f) => f.id));
  return catalog.dataset.incidents
    .map((incident) => {
      const entityIds = incident.entities.filter((id) => counts.has(id));
      entityIds.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
      const weight = entityIds.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
      return { incident, entityIds, weight, named: named.has(incident.id) ? 1 : 0 };
    })
    .filter((r) => r.named || r.entityIds.length > 0)
    .sort(
      (a, b) =>
        b.named - a.named ||
        b.entityIds.length - a.entityIds.length ||
        b.weight - a.weight ||
        byUnits(b.incident.date.from, a.incident.date.from) ||
        byUnits(a.incident.id, b.incident.id),
    )
    .map(({ incident, entityIds }) => ({ incident, entityIds }));
}

/**
 * The incidents that explain a page: those it names itself, and those that connect two or more
 * of its names. One shared name alone connects nothing (Peskov's COVID-19 case is not what a
 * story about Kaliningrad is about), so such incidents stay on that name's card only.
 */
export function connectingIncidents(catalog: Catalog, findings: Findings): RankedIncident[] {
  const named = new Set(findings.incidents.map((f) => f.id));
  return rankIncidents(catalog, findings).filter((r) => named.has(r.incident.id) || r.entityIds.length >= 2);
}
