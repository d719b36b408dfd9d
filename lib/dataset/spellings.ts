/** The spellings of a dataset item, shared by the matcher and the dataset validator. */
import type { Alias, Entity, Incident } from './schema';

/** An alias in its object form. */
export type Spelling = Exclude<Alias, string>;

/**
 * Every spelling of an entity or incident, in object form. The canonical name is a spelling
 * too, unless an alias lists it with flags of its own (GRU is case-sensitive).
 */
export function spellingsOf(item: Entity | Incident): Spelling[] {
  const listed = Object.values(item.aliases ?? {})
    .flat()
    .map((a) => (typeof a === 'string' ? { text: a } : a));
  if (!('name' in item) || listed.some((a) => a.text === item.name)) return listed;
  return [{ text: item.name }, ...listed];
}
