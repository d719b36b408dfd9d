/** What a card shows for an item, chosen and ordered here so that every card and the popup agree. */
import type { Catalog, Findings } from './catalog';
import { type Note, notesFor } from './claims';
import { rankIncidents } from './rank';
import type { ItemSearch } from './search';
import { localizeEntity, localizeIncident } from './localize';
import type { Entity, Incident, TextLanguage } from './schema';

/** The content of one card. */
export type CardModel =
  | {
      kind: 'entity';
      entity: Entity;
      /** The entity's incidents, ranked as the popup ranks them for this page. */
      incidents: Incident[];
      /** The language its texts are in. */
      lang: TextLanguage;
    }
  | {
      kind: 'incident';
      incident: Incident;
      /** Display names of the incident's entities: those the page names first, most named first. */
      involved: string[];
      /** The language its texts are in. */
      lang: TextLanguage;
    }
  | {
      /** A sentence that states claims the record corrects. */
      kind: 'note';
      notes: Note[];
      /** The article's date as the page gives it, which decided each note's words. */
      published?: string | undefined;
      /** The language the notes' texts are in. */
      lang: TextLanguage;
    }
  | {
      /** A name the reader looked up that the dataset does not know. */
      kind: 'unknown';
      /** What the reader selected. */
      text: string;
      /** The closest items, best first. */
      suggestions: Array<{ id: string; name: string }>;
    };

/** The card for item `id` on a page with `findings`, its texts in `lang` where the data has them; undefined for an id the dataset does not know. */
export function cardFor(catalog: Catalog, id: string, findings: Findings, lang: TextLanguage = 'en'): CardModel | undefined {
  const found = catalog.entity(id);
  if (found) {
    const { entity, lang: written } = localizeEntity(catalog.dataset, found, lang);
    // A card opened for an entity the page does not name (a search result) still ranks by the page.
    const withEntity = findings.entities.some((f) => f.id === id) ? findings : { ...findings, entities: [...findings.entities, { id, count: 0 }] };
    const incidents = rankIncidents(catalog, withEntity)
      .map((r) => r.incident)
      .filter((i) => entity.incidents.includes(i.id))
      // The related incidents' titles in the card's language, where the data has them.
      .map((i) => (written === 'en' ? i : localizeIncident(catalog.dataset, i, written).incident));
    return { kind: 'entity', entity, incidents, lang: written };
  }
  const record = catalog.incident(id);
  if (!record) return undefined;
  const { incident, lang: written } = localizeIncident(catalog.dataset, record, lang);
  const counts = new Map(findings.entities.map((f) => [f.id, f.count]));
  const involved = [...incident.entities].sort((a, b) => (counts.get(b) ?? -1) - (counts.get(a) ?? -1)).map(catalog.nameOf);
  return { kind: 'incident', incident, involved, lang: written };
}

/** The note on a sentence that states claims `ids`, on a page published on `published`, in `lang` where every note is written in it. */
export function noteCard(catalog: Catalog, ids: readonly string[], published: string | undefined, lang: TextLanguage = 'en'): CardModel {
  const written = lang !== 'en' && ids.every((id) => catalog.dataset.translations?.[lang]?.claims?.[id]) ? lang : 'en';
  return { kind: 'note', notes: notesFor(catalog, ids, published, written), published, lang: written };
}

/**
 * The card for a text the reader looked up: the item the matcher finds in it (near misses
 * included), or else the closest items by search.
 */
export function lookUp(
  catalog: Catalog,
  find: (text: string) => string | undefined,
  search: ItemSearch,
  text: string,
  findings: Findings,
  lang: TextLanguage = 'en',
): CardModel {
  const found = find(text);
  const card = found === undefined ? undefined : cardFor(catalog, found, findings, lang);
  if (card) return card;
  const suggestions = search.search(text, LOOKUP_SUGGESTIONS).map(({ id }) => ({ id, name: catalog.nameOf(id) }));
  return { kind: 'unknown', text: text.trim(), suggestions };
}

/** Closest items offered for a name the dataset does not know. */
const LOOKUP_SUGGESTIONS = 3;

/** The page around an open card: where this mention stands among the page's mentions of the item, and what the reader can do there. */
export interface CardPage {
  /** This mention's place among the item's mentions on the page, from 0. */
  position: number;
  /** The item's mentions on the page. */
  total: number;
  /** Moves to the previous (-1) or next (1) mention, round the page. */
  step(delta: -1 | 1): void;
  /** Turns Backgrounder off on this site; absent where it does not run on its own (a page looked up from the context menu). */
  turnOffSite?: (() => void) | undefined;
  /** Opens the card of another item (a suggestion for a name the dataset does not know). */
  openItem(id: string): void;
}
