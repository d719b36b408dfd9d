/**
 * What the word before a surname says about whose surname it is.
 *
 * - Another given name or another initial: someone else. "Ivan Peskov", "Vassili Peskov",
 *   "Jill Biden" and "A. Peskov" are not the Kremlin's spokesman nor the president. The rule knows
 *   the given names the dataset writes (every person's, in every spelling the index holds) and the
 *   common given names of the languages our readers meet (Russian ones in each language's
 *   transliteration, as the dataset's own are made); it never guesses that an unknown capitalised
 *   word is a name, so a title ("President Putin", German "Kremlsprecher Peskow") or a title-case
 *   headline stays a match. This generalises the namesakes the data lists one by one.
 * - The person's own given name or initial, or a title: support for a near miss ("Dmitri Peskof",
 *   "spokesman Pеskov"), which otherwise needs the same person named exactly on the page.
 */
import type { Dataset } from '../dataset/schema';
import { generatedSpellings } from '../dataset/spellings';
import { fold } from '../text/normalize';
import { transcriptions } from '../text/romanize';
import { inflections } from './inflect';
import type { Mention } from './mention';
import type { SpannedWord } from './near-miss';

/**
 * Common Russian given names, in Russian; each is also known in every transliteration the dataset's
 * persons get. Left out on purpose: names that are also common words (Вера, Надежда, Любовь, Слава).
 */
const RUSSIAN_GIVEN_NAMES =
  'Александр Алексей Анатолий Андрей Антон Аркадий Артём Артур Борис Вадим Валентин Валерий Василий Виктор Виталий Владимир ' +
  'Владислав Всеволод Вячеслав Геннадий Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл ' +
  'Константин Лев Леонид Максим Матвей Михаил Никита Николай Олег Павел Пётр Роман Руслан Семён Сергей Станислав Степан ' +
  'Тимофей Тимур Фёдор Эдуард Юрий Ярослав Алла Алина Алёна Анастасия Анна Валентина Вероника Галина Дарья Евгения Екатерина ' +
  'Елена Елизавета Ирина Ксения Лариса Людмила Маргарита Марина Мария Наталья Нина Оксана Ольга Полина Светлана Софья ' +
  'Татьяна Юлия Яна';

/**
 * Given names as other languages' papers write them that no transliteration rule makes: Ukrainian
 * and Bulgarian forms, common English and French renderings of Russian names, and the common given
 * names of Czech, Slovak, Polish, Slovene, German and English. Left out: names that are also words
 * written before a name (Will, May, Mark, Bill, Grant, Hope, Grace, Rose, Christian).
 */
const OTHER_GIVEN_NAMES =
  // Ukrainian and Bulgarian
  'Олександр Олексій Андрій Василь Віктор Віталій Володимир Григорій Дмитро Євген Іван Ігор Кирило Микола Михайло Олег Павло ' +
  'Петро Сергій Юрій Ярослав Юлія Олена Наталія Оксана Тетяна Ірина Людмила Васил Георги Димитър Иван Петър Стефан Христо ' +
  'Николай Тодор Мария Елена Йордан Румен Бойко Кирил ' +
  // English names in Cyrillic (Джил Байдън, Хантер Байден)
  'Джил Джилл Хънтър Хантер Гантер Камала Хилари Гілларі Хиллари Дональд Доналд ' +
  // English and French renderings of Russian names
  'Vassily Vassili Vasiliy Wassili Dmitri Dmitriy Sergey Sergei Sergueï Serguei Alexei Alexey Alexeï Aleksey Yevgeny Evgeny Evgueni ' +
  'Yevgeniy Mikhail Mikhaïl Yuri Yury Iouri Yuliya Yulia Julia Natalia Natalya Nikolai Nikolay Pyotr Fyodor Andrey Andreï Vitaly ' +
  'Viatcheslav Vyacheslav Maxim Ilya Ilia Arkady Leonid Oleg Igor Boris Anatoli Anatoliy Valery Valeri Gennady Grigory Konstantin ' +
  'Kirill Roman Ruslan Timur Stanislav Yaroslav Iaroslav Tatiana Tatyana Svetlana Olga Irina Elena Yelena Ksenia Xenia Ekaterina ' +
  'Yekaterina Anastasia Daria Darya Marina Galina Lyudmila Ludmila Nina Alla Alina Polina Sofia ' +
  // Czech and Slovak
  'Jan Ján Petr Peter Pavel Pavol Tomáš Martin Jiří Josef Jozef Jaroslav Karel Miroslav Václav Zdeněk Milan Michal Lukáš Jakub ' +
  'Ondřej Marek Vojtěch Radek Filip Matěj Libor Vladimír Ladislav Juraj Ľubomír Lubomír Róbert Robert Miloš Andrej Vít ' +
  'Jana Eva Marie Mária Hana Lenka Kateřina Katarína Lucie Věra Alena Petra Veronika Jitka Martina Zuzana Tereza Monika Lucia ' +
  // Polish and Slovene
  'Piotr Paweł Krzysztof Andrzej Tomasz Marcin Michał Grzegorz Jerzy Wojciech Łukasz Mateusz Jarosław Zbigniew Radosław ' +
  'Agnieszka Katarzyna Małgorzata Joanna Magdalena Beata Janez Marko Luka Matej Borut Aleš Mojca Nataša Maja Tanja ' +
  // German
  'Klaus Hans Wolfgang Thomas Michael Stefan Andreas Jürgen Dieter Heinz Helmut Gerhard Olaf Angela Ursula Sabine Annalena ' +
  // English
  'John James David Richard Joseph Charles Christopher Daniel Matthew Anthony Steven Paul Andrew Kevin Brian George Edward Ronald ' +
  'Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory ' +
  'Alexander Patrick Jack Dennis Jerry Tyler Aaron Henry Adam Douglas Nathan Zachary Kyle Walter Harold Jeremy Ethan Carl Keith ' +
  'Roger Gerald Terry Sean Arthur Lawrence Jesse Dylan Bryan Jordan Billy Bruce Albert Willie Gabriel Alan Wayne Roy Ralph Randy ' +
  'Eugene Vincent Russell Louis Bobby Philip Johnny Hunter Beau Frank Jill Ashley Mary Patricia Jennifer Linda Elizabeth Barbara ' +
  'Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah ' +
  'Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Helen Brenda Pamela Nicole Emma Samantha Katherine Christine ' +
  'Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan ' +
  'Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Teresa Kathryn Sara Janice Alice Madison Doris ' +
  'Abigail Judy Denise Amber Marilyn Beverly Danielle Theresa Sophia Diana Natalie Isabella Charlotte Naomi Valerie';

/**
 * Words that stand before a person's surname as a title or role, in our readers' languages, as
 * stems: a word matches a stem exactly or with a case ending (prezidenta, rzecznika, президента,
 * секретаря). One word each, as the matcher's words are (пресс-секретарь is two: секретар).
 * Support for a near miss, never a mention by themselves.
 */
const TITLES =
  'president spokesman spokeswoman spokesperson minister premier chancellor leader critic activist opponent dissident mr mrs ms dr ' +
  'colonel general officer agent spy prezident premiér ministr minister mluvčí hovorca kritik opozičník opoziční lídr plukovník ' +
  'generál pan paní pán prezydent rzecznik opozycjonista krytyk lider pułkownik generał pani predsednik govornik predstavnik ' +
  'vodja gospod präsident kanzler sprecher kremlsprecher kritiker oppositionelle oppositionsführer herr frau oberst ' +
  'президент премьер министр секретар представител оппозиционер политик критик лидер господин полковник генерал ' +
  'агент прессекретар міністр речник опозиціонер лідер пан полковник премиер министър говорител опозиционер';

/** What the rule knows of given names and titles, folded. */
export interface GivenNames {
  /** Each person's given names, in every case form, and their initials (looked up by person, never listed, so that a loaded index can make them on demand). */
  own: Pick<ReadonlyMap<string, ReadonlySet<string>>, 'get' | 'has'>;
  /** Every given name known, the dataset's and the common ones, in base form. */
  all: ReadonlySet<string>;
  /** Title and role stems. */
  titles: ReadonlySet<string>;
}

/** Given names as the builder makes them: each person's base forms, which compile stores (their case forms are made again on load). */
export interface BuiltGivenNames extends GivenNames {
  bases: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A person's given names in every case form, with their initials, from the base forms. */
export function givenForms(bases: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const given of bases) {
    for (const form of [given, ...inflections(given)]) names.add(form);
    names.add(given[0]!);
  }
  return names;
}

/**
 * Collects each person's given names: the first word of the canonical name, of the native one and of
 * every spelling the index made in another language (the data's own aliases may begin with a title,
 * "President Zeman", which is no given name); then the common given names and the titles.
 */
export function buildGivenNames(dataset: Dataset): BuiltGivenNames {
  const own = new Map<string, Set<string>>();
  const bases = new Map<string, Set<string>>();
  const all = new Set<string>();
  for (const person of dataset.entities) {
    if (person.kind !== 'person') continue;
    const base = new Set<string>();
    for (const full of [person.name, person.native ?? '', ...generatedSpellings(person).map((s) => s.text)]) {
      const words = full.split(/\s+/);
      // A given name stands first in a name of two or more words, and is not itself an initial.
      if (words.length < 2 || words[0]!.replace(/\.$/, '').length < 2) continue;
      base.add(fold(words[0]!));
    }
    for (const given of base) all.add(given);
    bases.set(person.id, base);
    own.set(person.id, givenForms(base));
  }
  for (const name of RUSSIAN_GIVEN_NAMES.split(' ')) for (const form of [name, ...transcriptions(name).map((t) => t.text)]) all.add(fold(form));
  for (const name of OTHER_GIVEN_NAMES.split(' ')) all.add(fold(name));
  return { own, bases, all, titles: new Set(TITLES.split(' ').map(fold)) };
}

/** The longest case ending a title takes (prezidentem, президентом). */
const MAX_TITLE_ENDING = 3;

/** Whether a folded word is a title, in its base form or with a case ending. */
function isTitle(given: GivenNames, word: string): boolean {
  for (let cut = 0; cut <= MAX_TITLE_ENDING && cut < word.length - 1; cut++) if (given.titles.has(cut ? word.slice(0, -cut) : word)) return true;
  return false;
}

/** The word right before a mention, and what it is. */
export interface WordBefore {
  word: string;
  /** A single capital and a dot: "A. Peskov". */
  initial: boolean;
  /** A capitalised given name the rule knows, a space before the surname. */
  givenName: boolean;
  /** The mentioned person's own given name (in any case form) or initial. */
  own: boolean;
  /** A title or role, a space before the surname. */
  title: boolean;
  /** The word ends a sentence or a line: a capital after it says nothing of a name. */
  sentenceEnd: boolean;
}

/** The text's folded words (offsets into the folded text) and the way back to the original's offsets. */
export interface TextWords {
  words: readonly SpannedWord[];
  toOriginal(start: number, end: number): { start: number; end: number };
}

/**
 * Reads the word before a mention for the two rules above: a binary search among the folded words
 * for the last one that ends before the mention, mapped back to the original text. Only words
 * next to mentions are ever mapped, so a page pays per mention, not per word.
 */
export function wordsBefore(text: string, { words, toOriginal }: TextWords, given: GivenNames): (m: Mention) => WordBefore {
  const endOf = (i: number) => toOriginal(words[i]!.start, words[i]!.end).end;
  return (m) => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (endOf(mid) <= m.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return { word: '', initial: false, givenName: false, own: false, title: false, sentenceEnd: true };
    const { word } = words[lo - 1]!;
    const before = toOriginal(words[lo - 1]!.start, words[lo - 1]!.end);
    const gap = text.slice(before.end, m.start);
    const spaced = /^\s+$/.test(gap);
    const capitalised = text[before.start] !== text[before.start]!.toLowerCase();
    const initial = capitalised && word.length === 1 && /^\.\s*$/.test(gap);
    const named = capitalised && word.length > 1 && spaced;
    return {
      word,
      initial,
      givenName: named && given.all.has(word),
      own: (initial || named) && !!given.own.get(m.entityId)?.has(word),
      title: spaced && isTitle(given, word),
      sentenceEnd: !initial && /[.!?…:]\P{L}*$|\n/u.test(gap),
    };
  };
}

/**
 * The mentions left once a person's surname alone, right after a different capitalised given name
 * or another initial, is dropped.
 */
export function withoutOtherGivenNames(mentions: readonly Mention[], text: string, words: TextWords, given: GivenNames): Mention[] {
  if (mentions.length === 0) return [...mentions];
  const before = wordsBefore(text, words, given);
  return mentions.filter((m) => {
    // Only a person's surname alone: a full name already says whose it is.
    if (!given.own.has(m.entityId) || /\s/.test(text.slice(m.start, m.end).trim())) return true;
    const b = before(m);
    return (!b.initial && !b.givenName) || b.own;
  });
}

/**
 * Near misses with support: the person's own given name, initial or a title right before, or the
 * same item named exactly on the page (`named`) and a capital that is not just a sentence's. A
 * capitalised word of another language one letter from a surname ("Navadni Rusi", Slovene for
 * "ordinary Russians", on a page about Navalni) has none.
 */
export function supportedNearMisses(near: readonly Mention[], text: string, words: TextWords, given: GivenNames, named: ReadonlySet<string>): Mention[] {
  if (near.length === 0) return [];
  const before = wordsBefore(text, words, given);
  return near.filter((m) => {
    const b = before(m);
    return b.title || b.own || (named.has(m.entityId) && !b.sentenceEnd);
  });
}
