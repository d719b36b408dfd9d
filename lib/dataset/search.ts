/**
 * Search over every entity and incident by all their spellings, diacritic-blind and forgiving
 * of typos (fuse.js): for the names the reader looks up that the matcher did not find, and for
 * the popup's search box.
 */
import Fuse from 'fuse.js';
import { fold } from '../text/normalize';
import type { Catalog } from './catalog';
import { spellingsOf } from './spellings';

/** fuse.js's score cut-off: loose enough for a typo or two in a name, tight enough to keep unrelated names out. */
const THRESHOLD = 0.35;
/** Results a search gives by default: a short list the reader can take in. */
const DEFAULT_LIMIT = 5;

/** One search result: the item, and the spelling that matched. */
export interface SearchHit {
  id: string;
  spelling: string;
}

export interface ItemSearch {
  /** The items whose spellings come closest to `query`, best first, each once. */
  search(query: string, limit?: number): SearchHit[];
}

export function createSearch(catalog: Catalog): ItemSearch {
  const rows = [...catalog.dataset.entities, ...catalog.dataset.incidents].flatMap((item) =>
    [...new Set(spellingsOf(item).map((s) => s.text))].map((text) => ({ id: item.id, spelling: text, folded: fold(text) })),
  );
  const fuse = new Fuse(rows, { keys: ['folded'], threshold: THRESHOLD, ignoreLocation: true, includeScore: true });
  return {
    search(query, limit = DEFAULT_LIMIT) {
      const folded = fold(query).trim();
      if (!folded) return [];
      const seen = new Set<string>();
      const hits: SearchHit[] = [];
      for (const { item } of fuse.search(folded)) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        hits.push({ id: item.id, spelling: item.spelling });
        if (hits.length === limit) break;
      }
      return hits;
    },
  };
}
