/**
 * Scripts and letters: the one place that says which characters are Cyrillic, how accents
 * are stripped, and which letters of the two scripts look alike.
 */

/** The Cyrillic block (Russian, Ukrainian, Belarusian, Bulgarian, Serbian letters), as a character-class body. */
export const CYRILLIC_RANGE = '\\u0400-\\u04FF';

const CYRILLIC = new RegExp(`[${CYRILLIC_RANGE}]`);
const CYRILLIC_G = new RegExp(`[${CYRILLIC_RANGE}]`, 'g');
const LATIN_G = /[a-z]/gi;
const COMBINING_MARKS = /\p{M}/gu;

/** Whether `text` has at least one Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** `text` without its combining marks (accents, háčky, the breve of й): `Hamáček` → `Hamacek`. */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '');
}

/** Cyrillic letters that Latin ones are mistaken for, and back (an е typed inside "Pеskov"). */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', к: 'k', м: 'm', т: 't', в: 'b', н: 'h' };
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', i: 'і', k: 'к', m: 'м', t: 'т' };

/** A folded word written in two scripts is a look-alike slip: write it in the script most of it uses. */
export function unmix(word: string): string {
  const latin = word.match(LATIN_G)?.length ?? 0;
  const cyrillic = word.match(CYRILLIC_G)?.length ?? 0;
  if (latin === 0 || cyrillic === 0) return word;
  const table = latin >= cyrillic ? CYRILLIC_TO_LATIN : LATIN_TO_CYRILLIC;
  return [...word].map((c) => table[c] ?? c).join('');
}
