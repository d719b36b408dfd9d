import { describe, expect, it } from 'vitest';
import { dataset } from '../../data';
import type { CompiledIndex } from '../../lib/match/compiled';
import { buildIndex, compileIndex, findMentions, loadIndex, type MatcherIndex } from '../../lib/match/find-mentions';
import { buildExactIndex } from '../../lib/match/alias-index';
import { loadClaims } from '../../lib/match/claims';
import { buildGivenNames } from '../../lib/match/given-names';
import { buildNearMissIndex, nearMissTargets } from '../../lib/match/near-miss';
import { htmlToText } from '../../lib/cli/html';
import { DEMO_ARTICLES, PAGES_DIR } from '../support/demo-articles';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const index = buildIndex(dataset);
const found = (text: string) =>
  findMentions(index, text).map((m) => ({ text: text.slice(m.start, m.end), id: m.entityId, how: m.how }));

describe('findMentions', () => {
  it.each([
    ['Kremlin spokesman Dmitry Peskov said', [{ text: 'Dmitry Peskov', id: 'dmitry-peskov', how: 'exact' }]],
    ['Acting Foreign Minister Jan Hamacek said', [{ text: 'Jan Hamacek', id: 'jan-hamacek', how: 'exact' }]],
    ['Jednání s Hamáčkem skončilo', [{ text: 'Hamáčkem', id: 'jan-hamacek', how: 'inflected' }]],
    ['HAMÁČEK řekl', [{ text: 'HAMÁČEK', id: 'jan-hamacek', how: 'exact' }]],
    ['Babišova vláda', [{ text: 'Babišova', id: 'andrej-babis', how: 'inflected' }]],
    ['По словам Пескова', [{ text: 'Пескова', id: 'dmitry-peskov', how: 'inflected' }]],
    ["Peskov's remarks", [{ text: 'Peskov', id: 'dmitry-peskov', how: 'exact' }]],
    ['Peskov’s remarks', [{ text: 'Peskov', id: 'dmitry-peskov', how: 'exact' }]],
    ['officers of the GRU military intelligence', [{ text: 'GRU', id: 'gru', how: 'exact' }]],
    ['the Vrbetice area', [{ text: 'Vrbetice', id: 'vrbetice', how: 'exact' }]],
    ['výbuchy ve Vrběticích', [{ text: 'Vrběticích', id: 'vrbetice', how: 'inflected' }]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Gru, the villain of Despicable Me', 'a case-sensitive acronym in the wrong case'],
    ['the GRUB boot loader', 'an alias inside a longer word'],
    ['Peskovich and Babisovsky', 'aliases as word prefixes'],
    ['nothing relevant here at all', 'plain text'],
  ])('finds nothing in %j (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Smirnov said', []],
    ['James Bond films', []],
    ['Prime Minister Petrov', []],
    ['Petr Zeman', []],
    ['Lawyer Yevgeny Smirnov said. Smirnov added', ['yevgeny-smirnov', 'yevgeny-smirnov']],
    ['Alexander Petrov and Ruslan Boshirov. Petrov said', ['alexander-mishkin', 'anatoly-chepiga', 'alexander-mishkin']],
    ['Ian Bond of the Centre for European Reform. Bond said', ['ian-bond', 'centre-for-european-reform', 'ian-bond']],
  ])('matches a common short form only after the full name: %j', (text, ids) => {
    expect(findMentions(index, text).map((m) => m.entityId)).toEqual(ids);
  });

  it.each([
    ['the MH17 trial', 'MH17', 'mh17-2014'],
    ['Malaysia Airlines Flight MH-17 was', 'Malaysia Airlines Flight MH-17', 'mh17-2014'],
    ['after the Skripal poisoning in', 'Skripal poisoning', 'skripal-poisoning-2018'],
    ['v souvislosti s kauzou ricin', 'kauzou ricin', 'ricin-hoax-2020'],
    ['ricinová kauza pokračuje', 'ricinová kauza', 'ricin-hoax-2020'],
    ['дело Скрипалей', 'дело Скрипалей', 'skripal-poisoning-2018'],
    ['radnice Prahy 6', 'Prahy 6', 'prague-6'],
    ['Sergei Skripal', 'Sergei Skripal', 'sergei-skripal'],
  ])('names an incident or the longer place by its own label: %j', (text, span, id) => {
    const [m] = findMentions(index, text);
    expect(m && text.slice(m.start, m.end)).toBe(span);
    expect(m?.entityId).toBe(id);
  });

  it('prefers the longest alias at a word', () => {
    expect(found('Dmitry Sergeyevich Peskov')).toEqual([{ text: 'Dmitry Sergeyevich Peskov', id: 'dmitry-peskov', how: 'exact' }]);
  });

  it('does not join a name across a block break', () => {
    expect(found('Dmitry\n\nPeskov')).toEqual([{ text: 'Peskov', id: 'dmitry-peskov', how: 'exact' }]);
  });

  it('keeps offsets into the original text with decomposed diacritics', () => {
    const text = 'Ministr Hama\u0301c\u030cek uvedl';
    const [m] = findMentions(index, text);
    expect(text.slice(m!.start, m!.end)).toBe('Hama\u0301c\u030cek');
  });
});

describe('names as other languages write them', () => {
  const spans = (text: string) => findMentions(index, text).map((m) => [text.slice(m.start, m.end), m.entityId]);

  it.each([
    ['Rzecznik Kremla Dmitrij Pieskow powiedział.', 'Dmitrij Pieskow', 'dmitry-peskov'],
    ['Kremlsprecher Dmitri Peskow sagte.', 'Dmitri Peskow', 'dmitry-peskov'],
    ['Речник Кремля Дмитро Пєсков заявив, що Пєсков…', 'Пєсков', 'dmitry-peskov'],
    ['Опозиционерът Алексей Навални беше арестуван.', 'Алексей Навални', 'alexey-navalny'],
    ['Die Sprecherin Marija Sacharowa sagte.', 'Marija Sacharowa', 'maria-zakharova'],
    ['Le président Vladimir Poutine a dit.', 'Vladimir Poutine', 'vladimir-putin'],
    ['Tiskový mluvčí Kremlu Dmitrij Peskov řekl.', 'Dmitrij Peskov', 'dmitry-peskov'],
  ])('finds %j', (text, name, id) => {
    expect(spans(text)).toContainEqual([name, id]);
  });

  it('keeps a French spelling that is also a word to its capitalised form', () => {
    expect(spans('Une poutine au fromage, s’il vous plaît.')).toEqual([]);
  });
});

describe('a surname after another given name or initial', () => {
  const ids = (text: string) => findMentions(index, text).map((m) => text.slice(m.start, m.end));

  it.each([
    ['Ivan Peskov, a schoolteacher from Tula, said', []],
    ['A. Peskov wrote to the editor', []],
    ['Иван Песков, учитель из Тулы', []],
    // Given names the dataset has no person for, in any language's spelling.
    ['Ermites dans la taïga de Vassili Peskov', []],
    ['First lady Jill Biden and Hunter Biden arrived', []],
    ['Wasilij Pieskow, ornitolog', []],
    ['Василь Пєсков, вчитель', []],
  ])('is someone else: %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['D. Peskov said', ['Peskov']],
    ['President Putin and Peskov said', ['Putin', 'Peskov']],
    ['Russia Slams Peskov Over Remarks', ['Peskov']],
    ['Dmitrij Peskov řekl', ['Dmitrij Peskov']],
    ['Д. Песков заявил', ['Песков']],
    ['Kremlsprecher Peskow sagte', ['Peskow']],
    ['Will Biden win?', ['Biden']],
  ])('is still the person: %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('a near miss with support only', () => {
  const near = (text: string) => findMentions(index, text).filter((m) => m.how === 'fuzzy').map((m) => [text.slice(m.start, m.end), m.entityId]);

  it.each([
    ['Navanly was taken ill on a flight', 'nothing on the page says who'],
    ['Der Pesková-Preis ging an Skribal', 'capitalised words of another language, one letter off'],
    ['Aleksej Navalni je umrl. Navadni Rusi so protestirali', "a sentence's capital: Slovene 'ordinary', on a page that names Navalni"],
  ])('none without: %j (%s)', (text) => {
    expect(near(text)).toEqual([]);
  });

  it.each([
    ['Alexei Navalny fell ill; doctors flew Navanly to Berlin', 'Navanly', 'the same person named exactly'],
    ['opposition leader Navanly was', 'Navanly', 'a title before'],
    ['rzecznik Pieskowa nie', undefined, 'no: a title, but Pieskowa is an exact Polish form'],
    ['otrava Sergeje Skribala v Salisbury', 'Skribala', 'his given name, declined'],
    ['Dmitri Peskof said', 'Peskof', 'his given name'],
    ['пресс-секретаря Захарава', 'Захарава', 'a title of two words, the last one enough'],
  ])('one with: %j', (text, span, _why) => {
    expect(near(text)).toEqual(span ? [[span, expect.any(String)]] : []);
  });
});

describe('names that are also common phrases', () => {
  const ids = (text: string) => findMentions(index, text).map((m) => [text.slice(m.start, m.end), m.entityId]);

  it.each([
    ['According to the insider, the deal was off', []],
    ['Bellingcat and The Insider named him', [['Bellingcat', 'bellingcat'], ['The Insider', 'bellingcat']]],
    ['THE INSIDER REVEALS', [['THE INSIDER', 'bellingcat']]],
    ['a military technical institute in Kharkiv', []],
    ['the Military Technical Institute said', [['Military Technical Institute', 'military-technical-institute']]],
  ])('%j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('names in the other languages of our readers', () => {
  const ids = (text: string) => findMentions(index, text).map((m) => [text.slice(m.start, m.end), m.entityId]);

  it.each([
    ['Szef MSZ Czech Jan Hamaczek powiedział', [['MSZ Czech', 'russian-foreign-ministry'], ['Jan Hamaczek', 'jan-hamacek']]],
    ['прем’єр Андрей Бабіш і Ян Гамачек', [['Андрей Бабіш', 'andrej-babis'], ['Ян Гамачек', 'jan-hamacek']]],
    ['Прессекретар Кремля Дмитро Пєсков заявив', [['Дмитро Пєсков', 'dmitry-peskov']]],
    ['pod rządami Łukaszenki', [['Łukaszenki', 'alexander-lukashenko']]],
    ['s Alexandrom Lukašenkom', [['Alexandrom Lukašenkom', 'alexander-lukashenko']]],
    ['Putinov režim in Babišovej vlády', [['Putinov', 'vladimir-putin'], ['Babišovej', 'andrej-babis']]],
    ['putinowskiej Rosji, путінського режиму, путинския режим', [['putinowskiej', 'vladimir-putin'], ['путінського', 'vladimir-putin'], ['путинския', 'vladimir-putin']]],
    ['Putins Sprecher Dmitri Peskow', [['Putins', 'vladimir-putin'], ['Dmitri Peskow', 'dmitry-peskov']]],
    ['lideri ЄС у Брюсселі', [['ЄС', 'european-union']]],
    ['по време на аферата „Скрипал“', [['аферата „Скрипал', 'skripal-poisoning-2018']]],
    ['v Sočiju in v Soczi', [['Sočiju', 'sochi'], ['Soczi', 'sochi']]],
    // The Bulgarian definite article after a vowel.
    ['Навалният заяви, че Навални е добре', [['Навалният', 'alexey-navalny'], ['Навални', 'alexey-navalny']]],
  ])('%j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ['Всичко това сочи, че отношенията', 'Bulgarian "indicates"'],
    ['са на прага на най-сериозната криза', 'Bulgarian "on the threshold"'],
    ['павутина, путина', 'Russian "cobweb"'],
    ['Krimi am Sonntag', 'a German crime drama is not Crimea'],
  ])('leaves %j alone (%s)', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('takes an embassy abroad for ours only where the page is about Prague, and never the one in the reader’s capital', () => {
    expect(ids('Rosja wydaliła pracownika rosyjskiej ambasady')).toEqual([]);
    expect(ids('Praga wydaliła 18 pracowników rosyjskiej ambasady')).toEqual([['Praga', 'prague'], ['rosyjskiej ambasady', 'russian-embassy-in-prague']]);
    expect(ids('Praga i Sofia: руското посолство в София заяви')).toEqual([['Praga', 'prague']]);
  });
});

describe('a place is not a building in it', () => {
  const ids = (text: string) => findMentions(index, text).map((m) => m.entityId);

  it('names the MH17 court only where the page is about MH17', () => {
    expect(ids('the International Criminal Court at The Hague will press charges')).toEqual([]);
    expect(ids('the MH17 trial going ahead in The Hague')).toEqual(['mh17-2014', 'schiphol-judicial-complex']);
    expect(ids('Soud v Haagu vynesl rozsudek nad sestřelením letu MH17')).toEqual(['schiphol-judicial-complex', 'mh17-2014']);
  });
});

describe('house styles that write acronyms as words', () => {
  it.each([
    ['Nato allies met in Brussels', 'nato'],
    ['Генсек Нато заявил', 'nato'],
  ])('finds %j', (text, id) => {
    expect(findMentions(index, text).map((m) => m.entityId)).toContain(id);
  });

  it('never in lower case, and not a short acronym written as a word', () => {
    expect(findMentions(index, 'the nato summit').map((m) => m.entityId)).not.toContain('nato');
    expect(findMentions(index, 'Gru, the villain of the film').map((m) => m.entityId)).not.toContain('gru');
  });
});

describe('organisations and places as other languages name them', () => {
  it.each([
    ['Szef Sojuszu Północnoatlantyckiego powiedział', 'nato'],
    ['Európska únia odsúdila útok', 'european-union'],
    ['Außenminister der Europäischen Union', 'european-union'],
    ['Посольство Росії в Празі', 'russian-embassy-in-prague'],
    ['зустріч у Празі', 'prague'],
    ['отруєння в Солсбері', 'salisbury'],
    ['руското посолство в Прага', 'russian-embassy-in-prague'],
  ])('%s', (text, id) => {
    expect(findMentions(index, text).map((m) => m.entityId)).toContain(id);
  });
});

describe('case endings of Polish, Slovak, Slovene and Ukrainian', () => {
  it.each([
    ['rozmowa z Pieskowem', 'Pieskowem'],
    ['mówiono o Pieskowie', 'Pieskowie'],
    ['stretnutie s Peskovom', 'Peskovom'],
    ['лист Пєскові', 'Пєскові'],
  ])('%s', (text, span) => {
    expect(findMentions(index, text).map((m) => [text.slice(m.start, m.end), m.entityId])).toEqual([[span, 'dmitry-peskov']]);
  });
});

describe('the index compiled at build time', () => {
  const compiled = compileIndex(dataset);

  it('survives JSON and finds what the built index finds, declined forms and later words of a name included', () => {
    const loaded = loadIndex(JSON.parse(JSON.stringify(compiled)) as CompiledIndex);
    const text = 'Dmitrij Pieskow, Hamáčkem, Jana Hamáčka, ruské velvyslanectví, Prahy 6, Navaľného, constructor __proto__ toString';
    const seen = (i: typeof index) => findMentions(i, text).map((m) => [text.slice(m.start, m.end), m.entityId, m.how]);
    expect(seen(loaded)).toEqual(seen(index));
    expect(seen(loaded).map(([, id]) => id)).toEqual(['dmitry-peskov', 'jan-hamacek', 'jan-hamacek', 'russian-embassy-in-prague', 'prague-6', 'alexey-navalny']);
  });

  it('finds on the seed articles exactly what the index finds before it is compiled', () => {
    const built: MatcherIndex = {
      exact: buildExactIndex(dataset),
      nearMiss: buildNearMissIndex(nearMissTargets(dataset)),
      given: buildGivenNames(dataset),
      aliasCount: compiled.aliasCount,
      claims: loadClaims(compiled.claims),
    };
    const loaded = loadIndex(JSON.parse(JSON.stringify(compiled)) as CompiledIndex);
    for (const file of DEMO_ARTICLES.map((a) => a.file)) {
      const text = htmlToText(readFileSync(path.join(PAGES_DIR, file), 'utf8'))!;
      const seen = (i: MatcherIndex) => findMentions(i, text).map((m) => `${m.start} ${m.entityId} ${m.how}`);
      expect(seen(loaded), file).toEqual(seen(built));
      expect(seen(loaded).length, file).toBeGreaterThan(15);
    }
  });

  it('refuses to compile a spelling that holds a separator of its packed form, which would split it', () => {
    const broken = structuredClone(dataset) as typeof dataset & { entities: Array<{ aliases: { en?: unknown[] } }> };
    broken.entities[0]!.aliases.en = [...(broken.entities[0]!.aliases.en ?? []), 'Dmitry\nPeskov'];
    expect(() => compileIndex(broken)).toThrow(/cannot compile "Dmitry\\nPeskov", which holds a line break, "\|" or "\^"/);
  });

  it('writes its packed strings in ASCII, and reads every Cyrillic, Czech and German letter back', () => {
    for (const packed of [compiled.entries, compiled.endings, compiled.nodes, compiled.rootGroups]) expect(packed).toMatch(/^[\x00-\x7f]*$/);
    const loaded = loadIndex(JSON.parse(JSON.stringify(compiled)) as CompiledIndex);
    const text = 'Песков заявил; Гамачек, Піскова; Hamáček a Štíchová; das Außenministerium; Лукашенко и Ґаврилюк';
    const seen = (i: typeof index) => findMentions(i, text).map((m) => [text.slice(m.start, m.end), m.entityId, m.alias]);
    expect(seen(loaded)).toEqual(seen(index));
    expect(seen(loaded).length).toBeGreaterThanOrEqual(5);
  });

  it('refuses to compile a spelling that holds an escape of its packed form', () => {
    const broken = structuredClone(dataset) as typeof dataset & { entities: Array<{ aliases: { en?: unknown[] } }> };
    broken.entities[0]!.aliases.en = [...(broken.entities[0]!.aliases.en ?? []), 'Peskov!'];
    expect(() => compileIndex(broken)).toThrow(/cannot compile "Peskov!", which holds "!", "#" or "%"/);
  });

  it('refuses an index of another version, saying to rebuild', () => {
    expect(() => loadIndex({ ...compiled, version: compiled.version + 1 })).toThrow(/rebuild the extension/);
  });
});
