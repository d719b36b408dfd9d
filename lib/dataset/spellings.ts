/** The spellings of a dataset item, shared by the matcher and the dataset validator. */
import { hasCyrillic } from '../text/scripts';
import { romanize, ROMANIZATIONS, toBulgarian, toUkrainian } from '../text/romanize';
import type { Alias, Entity, Incident } from './schema';

/** An alias in its object form. */
export type Spelling = Exclude<Alias, string>;

/**
 * Every spelling of an entity or incident, in object form. The canonical name is a spelling
 * too, unless an alias lists it with flags of its own (GRU is case-sensitive).
 */
export function spellingsOf(item: Entity | Incident): Spelling[] {
  // The index, the near misses, the namesake rule and the search all ask: the romanizations are made once per item.
  let spellings = made.get(item);
  if (!spellings) made.set(item, (spellings = makeSpellings(item)));
  return spellings;
}

const made = new WeakMap<Entity | Incident, Spelling[]>();

/** The spellings the data lists, with the canonical name. */
function ownSpellings(item: Entity | Incident): Spelling[] {
  const listed = Object.values(item.aliases ?? {})
    .flat()
    .map((a) => (typeof a === 'string' ? { text: a } : a));
  return !('name' in item) || listed.some((a) => a.text === item.name) ? listed : [{ text: item.name }, ...listed];
}

function makeSpellings(item: Entity | Incident): Spelling[] {
  const own = ownSpellings(item);
  const known = new Set(own.map((a) => a.text));
  return [...own, ...generatedSpellings(item, own).filter((a) => !known.has(a.text) && known.add(a.text))];
}

/**
 * A Russian person's name as each language's press writes it (Pieskow, Sacharowa, Пєсков,
 * Навални): given name and surname, and the surname alone where the data lets the surname stand
 * alone (a plain alias of it, with no context needed). French forms match only as capitalised (Poutine
 * is also a dish).
 */
export function generatedSpellings(item: Entity | Incident, own: readonly Spelling[] = ownSpellings(item)): Spelling[] {
  if (!('kind' in item) || item.kind !== 'person') return [];
  // The Russian full name: a two-word base alias in Cyrillic, else the native name without its patronymic.
  const russian =
    item.aliases.ru?.map((a) => (typeof a === 'string' ? { text: a } : a)).find((a) => !a.inflected && a.text.split(' ').length === 2 && hasCyrillic(a.text))?.text ??
    (item.native && hasCyrillic(item.native) ? item.native.split(' ').filter((_, i, all) => i === 0 || i === all.length - 1).join(' ') : undefined);
  if (!russian || russian.split(' ').length !== 2) return [];
  const surnameAlone = own.some((a) => a.text === item.name.split(' ').at(-1) && !a.needsContext && !a.cues && !a.caseSensitive);
  const forms: Spelling[] = [];
  const add = (full: string, caseSensitive: boolean) => {
    const flags = caseSensitive ? { caseSensitive: true } : {};
    forms.push({ text: full, ...flags });
    if (surnameAlone) forms.push({ text: full.split(' ').at(-1)!, ...flags });
  };
  for (const lang of ROMANIZATIONS) add(romanize(russian, lang), lang === 'fr');
  add(toUkrainian(russian), false);
  add(toBulgarian(russian), false);
  return forms;
}
