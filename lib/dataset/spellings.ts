/** The spellings of a dataset item, shared by the matcher and the dataset validator. */
import { hasCyrillic } from '../text/scripts';
import { CZECH_RESPELLINGS, respellCzech, transcriptions } from '../text/romanize';
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

/** A Russian name in every transcription made here; French forms only with their capitals (Poutine is also a dish). */
function russianForms(russian: string): Spelling[] {
  return transcriptions(russian).map(({ lang, text }) => (lang === 'fr' ? { text, caseSensitive: true } : { text }));
}

const asSpelling = (a: Alias): Spelling => (typeof a === 'string' ? { text: a } : a);

/**
 * Names as other languages' papers write them, made from the data's own:
 * - a Russian person's name in each transcription (Pieskow, Sacharowa, Пєсков, Навални), and the
 *   cover names they used, with the cover name's own flags (Boszyrow, Pietrow after its cues);
 * - a Czech person's name (a native name in Latin letters: the dataset's Czech and Slovak people)
 *   respelt by Polish, Ukrainian and Bulgarian papers (Hamaczek, Гамачек, Хамачек);
 * - a Russian place in each transcription (Soczi, Sotschi, Сочі).
 * Given name and surname, and the surname alone where the data lets the surname stand alone (a
 * plain alias of it, with no context needed).
 */
export function generatedSpellings(item: Entity | Incident, own: readonly Spelling[] = ownSpellings(item)): Spelling[] {
  if (!('kind' in item)) return [];
  if (item.kind === 'place') return item.native && hasCyrillic(item.native) ? russianForms(item.native) : [];
  if (item.kind !== 'person') return [];
  const surnameAlone = own.some((a) => a.text === item.name.split(' ').at(-1) && !a.needsContext && !a.cues && !a.caseSensitive);
  const withSurname = (forms: Spelling[]) => (surnameAlone ? forms.flatMap((f) => [f, { ...f, text: f.text.split(' ').at(-1)! }]) : forms);
  if (item.native && !hasCyrillic(item.native)) return withSurname(CZECH_RESPELLINGS.map((lang) => ({ text: respellCzech(item.native!, lang) })));
  const ru = (item.aliases.ru ?? []).map(asSpelling).filter((a) => !a.inflected && hasCyrillic(a.text));
  // The Russian full name: a two-word base alias in Cyrillic, else the native name without its patronymic.
  const russian =
    ru.find((a) => !a.cover && a.text.split(' ').length === 2)?.text ??
    (item.native && hasCyrillic(item.native) ? item.native.split(' ').filter((_, i, all) => i === 0 || i === all.length - 1).join(' ') : undefined);
  const covers = ru.filter((a) => a.cover && a.text.split(' ').length <= 2).flatMap((cover) => russianForms(cover.text).map((f) => ({ ...cover, ...f })));
  return [...(russian?.split(' ').length === 2 ? withSurname(russianForms(russian)) : []), ...covers];
}
