import { byUnits } from '../text/order';

/** What the matcher reports: one name found in a text. */
export interface Mention {
  /** Offset of the first UTF-16 unit in the original text. */
  start: number;
  /** Offset just past the last unit (exclusive). */
  end: number;
  entityId: string;
  /** The dataset alias that matched, as written in the dataset. */
  alias: string;
  /** How it matched: a base spelling, a declined form, or a near miss; or a sentence that states corrected claims. */
  how: 'exact' | 'inflected' | 'fuzzy' | 'claim';
  /** With `claim`: the claims the sentence states (its `entityId` is the first one's item). */
  claims?: readonly string[];
}

/** Whether a mention is a sentence stating corrected claims rather than a name. */
export const isClaim = (m: Pick<Mention, 'how'>): boolean => m.how === 'claim';

/** How often each item (entity or incident) was mentioned, most mentioned first (ties by id, for stable lists). */
export function countByItem(mentions: readonly Mention[]): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>();
  for (const m of mentions) if (!isClaim(m)) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || byUnits(a.id, b.id));
}

/** How many sentences state each claim, in order of first appearance (`mentions` in page order). */
export function countByClaim(mentions: readonly Mention[]): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>();
  for (const m of mentions) for (const id of m.claims ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}
