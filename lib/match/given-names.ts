/**
 * A surname with another given name before it is someone else: "Ivan Peskov" is not the Kremlin's
 * spokesman, nor is "A. Peskov". The rule knows the given names the dataset itself writes (every
 * person's, in every spelling the index holds) and initials; it never guesses that an unknown
 * capitalised word is a name, so a title ("President Putin") or a title-case headline stays a match.
 * This generalises the namesakes the data lists one by one (Dmitry Nikolayevich Peskov).
 */
import type { Dataset } from '../dataset/schema';
import { generatedSpellings } from '../dataset/spellings';
import { fold } from '../text/normalize';
import type { Mention } from './mention';

/** The given names each person goes by, and every given name the dataset knows. */
export interface GivenNames {
  /** Folded given names (first words of multi-word spellings) and their initials, by person. */
  own: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every person's folded given names. */
  all: ReadonlySet<string>;
}

/**
 * Collects each person's given names: the first word of the canonical name, of the native one and of
 * every spelling the index made in another language (the data's own aliases may begin with a title,
 * "President Zeman", which is no given name).
 */
export function buildGivenNames(dataset: Dataset): GivenNames {
  const own = new Map<string, Set<string>>();
  const all = new Set<string>();
  for (const person of dataset.entities) {
    if (person.kind !== 'person') continue;
    const names = new Set<string>();
    for (const full of [person.name, person.native ?? '', ...generatedSpellings(person).map((s) => s.text)]) {
      const words = full.split(/\s+/);
      // A given name stands first in a name of two or more words, and is not itself an initial.
      if (words.length < 2 || words[0]!.replace(/\.$/, '').length < 2) continue;
      const given = fold(words[0]!);
      names.add(given);
      names.add(given[0]!);
      all.add(given);
    }
    own.set(person.id, names);
  }
  return { own, all };
}

/** A word of the text before a mention, as the matcher's tokens give it. */
interface Word {
  start: number;
  end: number;
  word: string;
}

/**
 * The mentions left once a person's surname alone, right after a different given name the dataset
 * knows or after another initial, is dropped. `words` are the text's folded words in order.
 */
export function withoutOtherGivenNames(mentions: readonly Mention[], text: string, words: readonly Word[], given: GivenNames): Mention[] {
  if (mentions.length === 0) return [...mentions];
  let w = 0;
  return mentions.filter((m) => {
    const names = given.own.get(m.entityId);
    // Only a person's surname alone: a full name already says whose it is.
    if (!names || /\s/.test(text.slice(m.start, m.end).trim())) return true;
    while (w < words.length && words[w]!.end <= m.start) w++;
    const before = words[w - 1];
    if (!before) return true;
    const gap = text.slice(before.end, m.start);
    const initial = before.word.length === 1 && /^\.\s*$/.test(gap);
    const givenName = before.word.length > 1 && /^\s+$/.test(gap) && given.all.has(before.word);
    if (!initial && !givenName) return true;
    return names.has(before.word);
  });
}
