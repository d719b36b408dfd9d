/** What the matcher reports: one name found in a text. */
export interface Mention {
  /** Offset of the first UTF-16 unit in the original text. */
  start: number;
  /** Offset just past the last unit (exclusive). */
  end: number;
  entityId: string;
  /** The dataset alias that matched, as written in the dataset. */
  alias: string;
  /** How it matched: a base spelling, a declined form, or a near miss. */
  how: 'exact' | 'inflected' | 'fuzzy';
}

/** How often each item (entity or incident) was mentioned, most mentioned first (ties by id, for stable lists). */
export function countByItem(mentions: readonly Mention[]): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
