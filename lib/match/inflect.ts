/**
 * Case endings for names, as suffix rules over folded words (lowercase, no diacritics), so
 * that "Putinovými", "Hamáčka", "Марию Захарову" or "Европейскому союзу" match a dataset
 * that lists only the base forms. Latin-script words get Czech, Slovak, Slovene and common
 * Polish endings, Cyrillic words Russian, common Ukrainian ones and the Bulgarian definite article. The rules over-generate a little on purpose: a generated form
 * only ever matches a text word that is exactly that form.
 */
import { hasCyrillic } from '../text/scripts';

/**
 * Czech, Slovak, Slovene and Polish endings after a consonant: cases, plural, possessive adjectives
 * (Putinův, Babišova; Slovak and Slovene s Peskovom; Polish o Pieskowie, Pieskowem).
 */
const CS_CONSONANT = [
  'a', 'ovi', 'em', 'e', 'u', 'ove', 'ou', 'y', 'i', 'ech', 'um', 'uv', 'ova', 'ovo', 'ovy', 'ovu',
  'ovym', 'ovych', 'ovymi', 'ovou', 'owi', 'ego', 'emu', 'om', 'ie', 'owie',
  // The German genitive (Putins, Bidens) and the Polish plural genitive (Skripalów).
  's', 'ow',
];
/** After a final -a (Čepiga, Praha, Ostrava): Czech and Polish cases. */
const CS_A = ['y', 'e', 'u', 'ou', 'o', 'ovi', 'i', 'ami', 'ach'];
/** Feminine surnames in -ová (Zacharovová, Skripalová). */
const CS_OVA = ['ove', 'ovou'];
/** Adjectival names in -ý / -yj / -y (Navalnyj, Navalný) and adjectives (Evropská, ruské, vrbětický). */
const CS_ADJ_STEMS: Array<[string, string[]]> = [
  ['yj', ['eho', 'emu', 'ym', 'em']],
  // Slovak -skij (Zmejevskij, Zmejevského) and Slovene -i (Navalni, Navalnega).
  ['ij', ['eho', 'emu', 'im', 'om']],
  ['i', ['ega', 'emu', 'em', 'im']],
  ['y', ['eho', 'emu', 'ym', 'em', 'ych', 'ymi', 'e', 'a']],
  ['a', ['e', 'ou', 'ych']],
  ['e', ['eho', 'emu', 'ym', 'ych']],
];

/** After a final -o of a surname (Lukašenko): Czech, Slovak and Slovene cases and possessives. */
const CS_O = ['a', 'ovi', 'em', 'om', 'u', 'ov', 'ova', 'ovu', 'ove', 'ovej'];

/**
 * Adjectives made from a one-word name after a consonant: Slovak and Slovene possessives (Zemanov,
 * Babišovej, Kulhánkovih) and Polish ones (putinowskiej).
 */
const CS_DERIVED = ['ov', 'ovej', 'ovho', 'ovom', 'ovih', 'ovega', 'ovemu', 'ovim', 'owski', 'owskiej', 'owskiego', 'owska', 'owskie', 'owskim', 'owskich'];

/** The same in Cyrillic: Russian -ский, Ukrainian -ський, Bulgarian -ския (путинской, путінського, путинския), folded. */
const RU_DERIVED = ['ск', 'ськ'].flatMap((s) => ['ии', 'ого', 'ому', 'им', 'ом', 'ая', 'ои', 'ую', 'ое', 'ие', 'их', 'а', 'у', 'ою', 'і', 'ия', 'ият'].map((e) => s + e));

/**
 * Russian endings after a consonant (Путин, Песков, союз): cases and plural; the Ukrainian dative
 * and locative (Пєскові, Путіні, Путіним) and the Bulgarian definite article (Кремълът; after a
 * vowel below: Прагата, Навалния, министерството, разузнаването).
 */
const RU_CONSONANT = ['а', 'у', 'ом', 'е', 'ым', 'ы', 'ов', 'ам', 'ами', 'ах', 'ові', 'і', 'им', 'ът'];
/** After -а (Захарова, Прага, Чепига); the Bulgarian article (Прагата). */
const RU_A = ['ы', 'и', 'е', 'у', 'ои', 'ою', 'ата'];
/** After -ия / -ея (Мария, Юлия). */
const RU_IA = ['ии', 'ию', 'иеи'];
/** After a soft sign (Скрипаль, Боррель). */
const RU_SOFT = ['я', 'ю', 'ем', 'е', 'и', 'еи', 'ям'];
/** Adjectival endings, folded (й → и): -ый/-ий/-ой (Навальный, Европейский, российский), -ое, -ая. */
const RU_ADJ_STEMS: Array<[string, string[]]> = [
  ['ыи', ['ого', 'ому', 'ым', 'ом', 'ые', 'ых']],
  ['ии', ['ого', 'ому', 'им', 'ом', 'ие', 'их', 'его', 'ему', 'ем']],
  ['ои', ['ого', 'ому', 'ым', 'ом']],
  ['ое', ['ого', 'ому', 'ым', 'ом']],
  ['ая', ['ои', 'ую', 'ою']],
  ['ее', ['его', 'ему', 'им', 'ем']],
];
/** Neuter nouns in -о (Министерство), only the common cases; the Bulgarian article (министерството). */
const RU_O = ['а', 'у', 'ом', 'е', 'ото'];
/** The Bulgarian article after -и (Навалния, Навалният) and after a neuter -е (разузнаването). */
const BG_I = ['ия', 'ият'];
const BG_E = ['ето'];

const VOWELS_LATIN = /[aeiouy]$/;

/** Forms from a table of (ending, replacements), for words whose stem keeps at least `minStem` letters. */
function restem(word: string, table: ReadonlyArray<[string, string[]]>, minStem: number): string[] {
  const out: string[] = [];
  for (const [ending, endings] of table) {
    if (word.endsWith(ending) && word.length - ending.length >= minStem) {
      const stem = word.slice(0, -ending.length);
      out.push(...endings.map((e) => stem + e));
    }
  }
  return out;
}

function latinForms(word: string, alone: boolean): string[] {
  const out = restem(word, CS_ADJ_STEMS, 4);
  if (word.endsWith('ova')) out.push(...CS_OVA.map((e) => word.slice(0, -1) + e.slice(2)));
  if (word.endsWith('a')) out.push(...CS_A.map((e) => word.slice(0, -1) + e));
  else if (word.endsWith('o') && word.length >= 6) out.push(...CS_O.map((e) => word.slice(0, -1) + e));
  else if (!VOWELS_LATIN.test(word)) {
    out.push(...CS_CONSONANT.map((e) => word + e));
    if (alone) out.push(...CS_DERIVED.map((e) => word + e));
    // The fleeting e of Czech: Hamáček → Hamáčka, Kulhánek → Kulhánkem, Koudelka keeps its own.
    const fleeting = /e([kc])$/.exec(word);
    if (fleeting) out.push(...[...CS_CONSONANT, ...(alone ? CS_DERIVED : [])].map((e) => word.slice(0, -2) + fleeting[1] + e));
  }
  return out;
}

function cyrillicForms(word: string, alone: boolean): string[] {
  const out = restem(word, RU_ADJ_STEMS, 3);
  if (word.endsWith('ия') || word.endsWith('ея')) out.push(...RU_IA.map((e) => word.slice(0, -2) + e));
  else if (word.endsWith('а')) out.push(...RU_A.map((e) => word.slice(0, -1) + e));
  else if (word.endsWith('ь')) out.push(...RU_SOFT.map((e) => word.slice(0, -1) + e));
  else if (word.endsWith('о') && word.length > 6) out.push(...RU_O.map((e) => word.slice(0, -1) + e));
  // Not a folded Russian adjective (-ый, -ий, -ой all end in и once folded).
  else if (word.endsWith('и') && !/[ыио]и$/.test(word) && word.length >= 5) out.push(...BG_I.map((e) => word.slice(0, -1) + e));
  else if (word.endsWith('е') && word.length > 6) out.push(...BG_E.map((e) => word.slice(0, -1) + e));
  else if (/[бвгджзклмнпрстфхцчшщґ]$/.test(word)) {
    out.push(...RU_CONSONANT.map((e) => word + e));
    if (alone) out.push(...RU_DERIVED.map((e) => word + e));
  }
  return out;
}

/**
 * The declined forms of one folded word, without the word itself. Short words (under four
 * letters, or three inside a full name such as "Jan Hamáček") and numbers are left alone:
 * their "endings" would be other words. A name that stands `alone` (one word) also gets the
 * adjectives made from it.
 */
export function inflections(word: string, minLength = 4, alone = false): string[] {
  if (word.length < minLength || /\d/.test(word)) return [];
  const forms = hasCyrillic(word) ? cyrillicForms(word, alone) : latinForms(word, alone);
  return [...new Set(forms)].filter((f) => f !== word);
}

/** Endings a Russian acronym takes (МИДа, МИДе, МИДом). */
export const ACRONYM_ENDINGS_RU = ['а', 'у', 'ом', 'е'];
