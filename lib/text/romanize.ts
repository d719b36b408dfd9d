/**
 * Russian names as other languages write them. Each language's press follows its own
 * transcription of Russian (Czech Navalnyj, Polish Nawalny, German Sacharowa, French Poutine), and
 * Ukrainian and Bulgarian write a Russian name in their own Cyrillic (Пєсков, Навални). The rules
 * are tables: letters, then the letters around them (the start of a word, a vowel before, a
 * softening sign after), then word endings. Given names that Ukrainian and Bulgarian replace with
 * their own (Дмитро for Дмитрий, Олександр, Александър) come from a table of equivalents.
 *
 * Czech names go the other way: Polish papers respell them (Hamaczek, Babisz) and Ukrainian and
 * Bulgarian ones write them in Cyrillic (Ян Гамачек, Ян Хамачек), each by its own table.
 */

/** Languages whose spellings of Russian names are made here, in Latin script. */
export const ROMANIZATIONS = ['cs', 'sk', 'pl', 'sl', 'de', 'fr', 'en'] as const;
export type Romanization = (typeof ROMANIZATIONS)[number];

const VOWELS = /* @__PURE__ */ new Set('аеёиоуыэюя');
/** Letters after which Polish writes no softening `i` (the hard or always-soft consonants). */
const PL_HARD = /* @__PURE__ */ new Set('жшщчцл');

/** One language's transcription: plain letters, and the iotated vowels' forms by where they stand. */
interface Table {
  /** Each Russian letter's plain form. */
  letters: Readonly<Record<string, string>>;
  /** е, ё, ю, я at the start of a word, after a vowel or a sign (`je`), and after a consonant (`e`). */
  iotated: Readonly<Record<'е' | 'ё' | 'ю' | 'я', readonly [initial: string, afterConsonant: string]>>;
  /** Word endings, Russian to this language's, tried longest first (ый → y). */
  endings?: Readonly<Record<string, string>>;
  /** ь after a consonant: by the consonant (Slovak ľ, Polish ń), else dropped. */
  soft?: Readonly<Record<string, string>>;
}

const base = (over: Record<string, string>): Record<string, string> => ({
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'ž', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'c', ч: 'č', ш: 'š', щ: 'šč', ъ: '', ы: 'y', ь: '', э: 'e', ...over,
});

const TABLES: Readonly<Record<Romanization, Table>> = {
  cs: { letters: /* @__PURE__ */ base({}), iotated: { е: ['je', 'e'], ё: ['jo', 'jo'], ю: ['ju', 'ju'], я: ['ja', 'ja'] }, endings: { ый: 'yj', ий: 'ij' } },
  sk: {
    letters: /* @__PURE__ */ base({}),
    iotated: { е: ['je', 'e'], ё: ['jo', 'jo'], ю: ['ju', 'ju'], я: ['ja', 'ja'] },
    endings: { ый: 'yj', ий: 'ij' },
    soft: { л: 'ľ', н: 'ň', т: 'ť', д: 'ď' },
  },
  pl: {
    letters: /* @__PURE__ */ base({ в: 'w', ж: 'ż', л: 'ł', х: 'ch', ц: 'c', ч: 'cz', ш: 'sz', щ: 'szcz' }),
    iotated: { е: ['je', 'ie'], ё: ['jo', 'io'], ю: ['ju', 'iu'], я: ['ja', 'ia'] },
    endings: { ый: 'y', ий: 'ij' },
    soft: { н: 'ń', с: 'ś', з: 'ź', т: 'ć', д: 'dź', л: 'l' },
  },
  sl: { letters: /* @__PURE__ */ base({ х: 'h', ы: 'i' }), iotated: { е: ['je', 'e'], ё: ['jo', 'jo'], ю: ['ju', 'ju'], я: ['ja', 'ja'] }, endings: { ый: 'i', ий: 'ij' } },
  de: {
    letters: /* @__PURE__ */ base({ в: 'w', ж: 'sch', з: 's', й: 'i', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ы: 'y' }),
    iotated: { е: ['je', 'e'], ё: ['jo', 'jo'], ю: ['ju', 'ju'], я: ['ja', 'ja'] },
    endings: { ый: 'y', ий: 'i', ей: 'ei', ой: 'oi' },
  },
  fr: {
    letters: /* @__PURE__ */ base({ ж: 'j', й: 'ï', у: 'ou', х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch' }),
    iotated: { е: ['ie', 'e'], ё: ['io', 'io'], ю: ['iou', 'iou'], я: ['ia', 'ia'] },
    endings: { ый: 'y', ий: 'i', ин: 'ine' },
  },
  en: {
    // English papers write й as i inside a word (Shoigu, Andrei) and ий as y at its end (Dmitry).
    letters: /* @__PURE__ */ base({ ж: 'zh', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch' }),
    iotated: { е: ['ye', 'e'], ё: ['yo', 'yo'], ю: ['yu', 'yu'], я: ['ya', 'ya'] },
    endings: { ый: 'y', ий: 'y', ей: 'ei' },
  },
};

/** Each language's word endings, longest first, as romanizeWord tries them. */
// Marked pure, as the tables above: a bundle that never romanizes (the content script) leaves them out.
const ENDINGS = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ ROMANIZATIONS.map((lang) => [lang, Object.keys(TABLES[lang].endings ?? {}).sort((a, b) => b.length - a.length)]),
) as Record<Romanization, string[]>;

/** Capitalises like `model` (a name's first letter, or all of an acronym). */
function caseLike(model: string, text: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return text.toUpperCase();
  return model[0] === model[0]?.toUpperCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Given names a language's press writes in its own form rather than letter by letter (German Alexander, Alexej). */
const LATIN_GIVEN: Partial<Record<Romanization, Readonly<Record<string, string>>>> = {
  sk: { александр: 'alexander', алексей: 'alexej' },
  sl: { александр: 'aleksander' },
  de: { александр: 'alexander', алексей: 'alexej' },
};

/** One Russian word in `lang`'s transcription. */
function romanizeWord(word: string, lang: Romanization): string {
  const table = TABLES[lang];
  const lower = word.toLowerCase();
  const given = LATIN_GIVEN[lang]?.[lower];
  if (given) return caseLike(word, given);
  const ending = ENDINGS[lang].find((e) => lower.length > e.length + 1 && lower.endsWith(e));
  const stem = ending ? lower.slice(0, -ending.length) : lower;
  let out = '';
  for (let i = 0; i < stem.length; i++) {
    const c = stem[i]!;
    const before = i > 0 ? stem[i - 1]! : '';
    if (c in table.iotated) {
      const [initial, after] = table.iotated[c as keyof Table['iotated']];
      const atStart = !before || VOWELS.has(before) || before === 'ь' || before === 'ъ';
      // French papers write an initial е as E (Evgueni), and ie after a vowel.
      if (!before && lang === 'fr' && c === 'е') {
        out += 'e';
        continue;
      }
      // Polish writes no softening i after its hard and always-soft consonants.
      out += atStart ? initial : lang === 'pl' && PL_HARD.has(before) ? after.replace(/^i/, '') : after;
      continue;
    }
    // The soft sign is written with the consonant before it (Slovak ľ, Polish ń), or not at all.
    if (c === 'ь') continue;
    const next = stem[i + 1] ?? '';
    if (next === 'ь' && table.soft?.[c] !== undefined) {
      out += table.soft[c];
      continue;
    }
    // Polish: a soft л (before a front vowel) is l, a hard one ł; и after a hard consonant is y.
    if (lang === 'pl' && c === 'л' && 'еёюяи'.includes(next)) out += 'l';
    else if (lang === 'pl' && c === 'и' && PL_HARD.has(before) && before !== 'л') out += 'y';
    // German: с between vowels is ss (Krassikow); French: г before a front vowel is gu (Sergueï).
    else if (lang === 'de' && c === 'с' && VOWELS.has(before) && VOWELS.has(next)) out += 'ss';
    else if (lang === 'fr' && c === 'г' && 'еиё'.includes(next)) out += 'gu';
    else out += table.letters[c] ?? c;
  }
  return caseLike(word, out + (ending ? table.endings![ending]! : ''));
}

/** A Russian name (`Алексей Навальный`) as `lang`'s press spells it (`Aleksej Navalnyj`). */
export function romanize(russian: string, lang: Romanization): string {
  return russian.replace(/[\u0400-\u04FF]+/g, (word) => romanizeWord(word, lang));
}

/** Russian given names that Ukrainian replaces with its own; the others follow toUkrainian's letters. */
const UK_GIVEN: Readonly<Record<string, string>> = {
  дмитрий: 'дмитро', александр: 'олександр', алексей: 'олексій', сергей: 'сергій', анатолий: 'анатолій',
  владимир: 'володимир', иван: 'іван', мария: 'марія', юлия: 'юлія', андрей: 'андрій', евгений: 'євген',
  денис: 'денис', вадим: 'вадим', руслан: 'руслан', зелимхан: 'зелімхан', пётр: 'петро', павел: 'павло',
};

/**
 * A Russian name as Ukrainian papers write it: with є for е after a consonant (Пєсков, Конєв, as
 * Ukrainian Wikipedia has them) and, as many papers write other names, with е (Лукашенко, Чепіга).
 */
export function ukrainianForms(russian: string): string[] {
  const strict = toUkrainian(russian);
  return [...new Set([strict, strict.replace(/(?<=[бвгґджзклмнпрстфхцчшщ])є/giu, (c) => (c === 'Є' ? 'Е' : 'е'))])];
}

/** A Russian name in every form made here: each Latin transcription (with its language) and the Ukrainian and Bulgarian Cyrillic ones. */
export function transcriptions(russian: string): Array<{ lang: Romanization | 'uk' | 'bg'; text: string }> {
  return [
    ...ROMANIZATIONS.map((lang) => ({ lang, text: romanize(russian, lang) })),
    ...ukrainianForms(russian).map((text) => ({ lang: 'uk' as const, text })),
    { lang: 'bg' as const, text: toBulgarian(russian) },
  ];
}

/** Russian given names that Bulgarian writes its own way. */
const BG_GIVEN: Readonly<Record<string, string>> = { александр: 'александър', пётр: 'петър' };

/** A Russian name in Ukrainian Cyrillic: і for и, и for ы, є for е (Путін, Навальний, Пєсков), Ukrainian given names (Дмитро). */
export function toUkrainian(russian: string): string {
  return russian.replace(/[\u0400-\u04FF]+/g, (word) => {
    const lower = word.toLowerCase();
    const given = UK_GIVEN[lower];
    if (given) return caseLike(word, given);
    let out = '';
    for (let i = 0; i < lower.length; i++) {
      const c = lower[i]!;
      const before = i > 0 ? lower[i - 1]! : '';
      if (c === 'и') out += lower.slice(i, i + 2) === 'ий' && i + 2 === lower.length ? 'и' : 'і';
      else if (c === 'ы') out += 'и';
      else if (c === 'э') out += 'е';
      else if (c === 'е') out += 'є';
      else if (c === 'ё') out += before && !VOWELS.has(before) ? 'ьо' : 'йо';
      else if (c === 'ъ') out += 'ʼ';
      else out += c;
    }
    // Adjectival surnames in -ский are -ський in Ukrainian (Змєєвський).
    return caseLike(word, out.replace(/ский$/, 'ський'));
  });
}

/** A Russian name in Bulgarian Cyrillic: и for ы, е for э, and the adjective ending -ый as -и (Навални). */
export function toBulgarian(russian: string): string {
  return russian.replace(/[\u0400-\u04FF]+/g, (word) => {
    const lower = word.toLowerCase();
    const given = BG_GIVEN[lower];
    if (given) return caseLike(word, given);
    const out = (lower.endsWith('ый') && lower.length > 3 ? `${lower.slice(0, -2)}и` : lower)
      .replace(/ы/g, 'и')
      .replace(/э/g, 'е')
      .replace(/(?<=[бвгджзклмнпрстфхцчшщ])ё/g, 'ьо')
      .replace(/ё/g, 'йо')
      // Bulgarian writes ь only before о.
      .replace(/ь(?!о)/g, '')
      .replace(/ъ/g, '');
    return caseLike(word, out);
  });
}

/** Languages that respell Czech names, and how: Polish in its own Latin letters, the others in Cyrillic. */
export const CZECH_RESPELLINGS = ['pl', 'uk', 'bg'] as const;
export type CzechRespelling = (typeof CZECH_RESPELLINGS)[number];

/** Czech letters (two-letter ones first) in each language. Vowel length is not written in any of them. */
const CZECH: Record<CzechRespelling, ReadonlyArray<[string, string]>> = {
  pl: [['ch', 'ch'], ['č', 'cz'], ['š', 'sz'], ['ž', 'ż'], ['ř', 'rz'], ['ě', 'ie'], ['ň', 'ń'], ['ť', 'ć'], ['ď', 'dź'], ['á', 'a'], ['é', 'e'], ['í', 'i'], ['ó', 'o'], ['ú', 'u'], ['ů', 'u'], ['ý', 'y']],
  uk: [
    ['ch', 'х'], ['ja', 'я'], ['je', 'є'], ['ji', 'ї'], ['ju', 'ю'], ['a', 'а'], ['á', 'а'], ['b', 'б'], ['c', 'ц'], ['č', 'ч'], ['d', 'д'], ['ď', 'дь'],
    ['e', 'е'], ['é', 'е'], ['ě', 'е'], ['f', 'ф'], ['g', 'ґ'], ['h', 'г'], ['i', 'і'], ['í', 'і'], ['j', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'],
    ['n', 'н'], ['ň', 'нь'], ['o', 'о'], ['ó', 'о'], ['p', 'п'], ['r', 'р'], ['ř', 'рж'], ['s', 'с'], ['š', 'ш'], ['t', 'т'], ['ť', 'ть'], ['u', 'у'],
    ['ú', 'у'], ['ů', 'у'], ['v', 'в'], ['y', 'и'], ['ý', 'и'], ['z', 'з'], ['ž', 'ж'],
  ],
  bg: [
    ['ch', 'х'], ['ja', 'я'], ['je', 'е'], ['ju', 'ю'], ['a', 'а'], ['á', 'а'], ['b', 'б'], ['c', 'ц'], ['č', 'ч'], ['d', 'д'], ['ď', 'д'],
    ['e', 'е'], ['é', 'е'], ['ě', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'], ['i', 'и'], ['í', 'и'], ['j', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'],
    ['n', 'н'], ['ň', 'н'], ['o', 'о'], ['ó', 'о'], ['p', 'п'], ['r', 'р'], ['ř', 'рж'], ['s', 'с'], ['š', 'ш'], ['t', 'т'], ['ť', 'т'], ['u', 'у'],
    ['ú', 'у'], ['ů', 'у'], ['v', 'в'], ['y', 'и'], ['ý', 'и'], ['z', 'з'], ['ž', 'ж'],
  ],
};

/** A Czech name as `lang`'s press writes it (Jan Hamáček: Jan Hamaczek, Ян Гамачек, Ян Хамачек). */
export function respellCzech(czech: string, lang: CzechRespelling): string {
  const table = CZECH[lang];
  return czech.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    let out = '';
    for (let i = 0; i < lower.length; ) {
      const pair = table.find(([from]) => lower.startsWith(from, i));
      // The iotated pairs (ja, je) are one letter only at a word's start or after a vowel.
      const iotated = pair && pair[0].length === 2 && pair[0][0] === 'j' && i > 0 && !/[aeiouyáéíóúůýě]/.test(lower[i - 1]!);
      const [from, to] = pair && !iotated ? pair : [lower[i]!, table.find(([f]) => f === lower[i])?.[1] ?? lower[i]!];
      out += to;
      i += from.length;
    }
    return caseLike(word, out);
  });
}
