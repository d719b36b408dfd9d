/**
 * Russian names as each language's press and Wikipedia write them: the fixtures are the spellings
 * used by Czech (iROZHLAS, ČT24), Slovak (SME, Denník N), Polish (Wyborcza, PAP), Slovene (Delo, RTV
 * SLO), German (Tagesschau, Spiegel), French (Le Monde) and English papers, and by Ukrainian
 * (Українська правда) and Bulgarian (Дневник) ones.
 */
import { describe, expect, it } from 'vitest';
import { respellCzech, romanize, type Romanization, toBulgarian, toUkrainian, ukrainianForms } from '../../lib/text/romanize';

const SPELLINGS: ReadonlyArray<[russian: string, spellings: Record<Romanization, string>]> = [
  ['Песков', { cs: 'Peskov', sk: 'Peskov', pl: 'Pieskow', sl: 'Peskov', de: 'Peskow', fr: 'Peskov', en: 'Peskov' }],
  ['Навальный', { cs: 'Navalnyj', sk: 'Navaľnyj', pl: 'Nawalny', sl: 'Navalni', de: 'Nawalny', fr: 'Navalny', en: 'Navalny' }],
  ['Захарова', { cs: 'Zacharova', sk: 'Zacharova', pl: 'Zacharowa', sl: 'Zaharova', de: 'Sacharowa', fr: 'Zakharova', en: 'Zakharova' }],
  ['Путин', { cs: 'Putin', sk: 'Putin', pl: 'Putin', sl: 'Putin', de: 'Putin', fr: 'Poutine', en: 'Putin' }],
  ['Дмитрий', { cs: 'Dmitrij', sk: 'Dmitrij', pl: 'Dmitrij', sl: 'Dmitrij', de: 'Dmitri', fr: 'Dmitri', en: 'Dmitry' }],
  ['Сергей', { cs: 'Sergej', sk: 'Sergej', pl: 'Siergiej', sl: 'Sergej', de: 'Sergei', fr: 'Sergueï', en: 'Sergei' }],
  ['Скрипаль', { cs: 'Skripal', sk: 'Skripaľ', pl: 'Skripal', sl: 'Skripal', de: 'Skripal', fr: 'Skripal', en: 'Skripal' }],
  ['Чепига', { cs: 'Čepiga', sk: 'Čepiga', pl: 'Czepiga', sl: 'Čepiga', de: 'Tschepiga', fr: 'Tchepiga', en: 'Chepiga' }],
  ['Мишкин', { cs: 'Miškin', sk: 'Miškin', pl: 'Miszkin', sl: 'Miškin', de: 'Mischkin', fr: 'Michkine', en: 'Mishkin' }],
  ['Красиков', { cs: 'Krasikov', sk: 'Krasikov', pl: 'Krasikow', sl: 'Krasikov', de: 'Krassikow', fr: 'Krasikov', en: 'Krasikov' }],
  ['Рогозин', { cs: 'Rogozin', sk: 'Rogozin', pl: 'Rogozin', sl: 'Rogozin', de: 'Rogosin', fr: 'Rogozine', en: 'Rogozin' }],
  ['Шойгу', { cs: 'Šojgu', sk: 'Šojgu', pl: 'Szojgu', sl: 'Šojgu', de: 'Schoigu', fr: 'Choïgou', en: 'Shoigu' }],
  ['Лавров', { cs: 'Lavrov', sk: 'Lavrov', pl: 'Ławrow', sl: 'Lavrov', de: 'Lawrow', fr: 'Lavrov', en: 'Lavrov' }],
  ['Евгений', { cs: 'Jevgenij', sk: 'Jevgenij', pl: 'Jewgienij', sl: 'Jevgenij', de: 'Jewgeni', fr: 'Evgueni', en: 'Yevgeny' }],
];

describe('romanize', () => {
  it.each(SPELLINGS)('%s', (russian, spellings) => {
    const made = Object.fromEntries(Object.keys(spellings).map((lang) => [lang, romanize(russian, lang as Romanization)]));
    expect(made).toEqual(spellings);
  });

  it('spells each word of a full name, and leaves Latin text alone', () => {
    expect(romanize('Алексей Навальный', 'pl')).toBe('Aleksiej Nawalny');
    expect(romanize('Мария Захарова', 'de')).toBe('Marija Sacharowa');
    expect(romanize('GRU', 'cs')).toBe('GRU');
  });
});

describe('Ukrainian and Bulgarian Cyrillic', () => {
  it.each([
    ['Песков', 'Пєсков', 'Песков'],
    ['Навальный', 'Навальний', 'Навални'],
    ['Путин', 'Путін', 'Путин'],
    ['Мишкин', 'Мішкін', 'Мишкин'],
    ['Лавров', 'Лавров', 'Лавров'],
    ['Захарова', 'Захарова', 'Захарова'],
  ])('%s → %s (uk), %s (bg)', (russian, uk, bg) => {
    expect(toUkrainian(russian)).toBe(uk);
    expect(toBulgarian(russian)).toBe(bg);
  });
});

describe('given names each language writes its own way', () => {
  it.each([
    ['Александр Лукашенко', 'uk', 'Олександр Лукашенко'],
    ['Дмитрий Песков', 'uk', 'Дмитро Песков'],
    ['Алексей Навальный', 'uk', 'Олексій Навальний'],
    ['Александр Петров', 'bg', 'Александър Петров'],
    ['Алексей Навальный', 'de', 'Alexej Nawalny'],
    ['Александр Мишкин', 'sl', 'Aleksander Miškin'],
    ['Александр Лукашенко', 'sk', 'Alexander Lukašenko'],
  ])('%s (%s): %s', (russian, lang, expected) => {
    const made = lang === 'uk' ? ukrainianForms(russian).at(-1) : lang === 'bg' ? toBulgarian(russian) : romanize(russian, lang as Romanization);
    expect(made).toBe(expected);
  });

  it('writes a Russian е after a consonant both ways Ukrainian papers do, and -ский as -ський', () => {
    expect(ukrainianForms('Анатолий Чепига')).toEqual(['Анатолій Чєпіга', 'Анатолій Чепіга']);
    expect(ukrainianForms('Путин')).toEqual(['Путін']);
    expect(toUkrainian('Александр Змеевский')).toBe('Олександр Змєєвський');
  });
});

describe('Czech names as Polish, Ukrainian and Bulgarian papers write them', () => {
  // PAP, Ukrinform and BTA spellings.
  it.each([
    ['Jan Hamáček', 'Jan Hamaczek', 'Ян Гамачек', 'Ян Хамачек'],
    ['Andrej Babiš', 'Andrej Babisz', 'Андрей Бабіш', 'Андрей Бабиш'],
    ['Miloš Zeman', 'Milosz Zeman', 'Мілош Земан', 'Милош Земан'],
    ['Jakub Kulhánek', 'Jakub Kulhanek', 'Якуб Кулганек', 'Якуб Кулханек'],
    ['Ondřej Kolář', 'Ondrzej Kolarz', 'Ондржей Коларж', 'Ондржей Коларж'],
  ])('%s', (czech, pl, uk, bg) => {
    expect([respellCzech(czech, 'pl'), respellCzech(czech, 'uk'), respellCzech(czech, 'bg')]).toEqual([pl, uk, bg]);
  });
});
