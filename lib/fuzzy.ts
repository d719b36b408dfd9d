/**
 * The near-miss fallback: capitalised words that look like names but were no exact hit
 * (Peskow, Navanly, Skribala, a Cyrillic letter inside a Latin name) are checked against
 * the dataset's distinctive words with fuse.js, then confirmed by edit distance. It runs
 * after the exact pass, never overrides it, and never looks at lowercase words.
 */
import Fuse from 'fuse.js';
import { inflections } from './inflect';
import type { MatcherIndex } from './matcher';
import type { Mention } from './mention';

/** Latin letters that Cyrillic ones are mistaken for, and back. */
const CYR_TO_LAT: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', к: 'k', м: 'm', т: 't', в: 'b', н: 'h' };
const LAT_TO_CYR: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', i: 'і', k: 'к', m: 'м', t: 'т' };
const LATIN = /[a-z]/;
const CYRILLIC = /[\u0400-\u04FF]/;

/** A word written in two scripts is a look-alike slip: write it in the script most of it uses. */
export function unmix(word: string): string {
  const latin = [...word].filter((c) => LATIN.test(c)).length;
  const cyrillic = [...word].filter((c) => CYRILLIC.test(c)).length;
  if (latin === 0 || cyrillic === 0) return word;
  const table = latin >= cyrillic ? CYR_TO_LAT : LAT_TO_CYR;
  return [...word].map((c) => table[c] ?? c).join('');
}

/** Edit distance with adjacent transpositions (Navanly → Navalny is one edit). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Letters that transliterations and typists swap for each other (Peskow, Navalnyj, Dmitrij). */
const SOUND_ALIKE = new Set(['vw', 'wv', 'iy', 'yi', 'jy', 'yj', 'ij', 'ji', 'ck', 'kc', 'kq', 'qk', 'sz', 'zs', 'bp', 'pb', 'dt', 'td', 'gk', 'kg', 'fv', 'vf', 'иы', 'ыи', 'еэ', 'эе', 'ао', 'оа']);

/**
 * Whether `word` is a near miss of the dataset word `target`. From seven letters: one slip of
 * a letter or two swapped letters (Skribala, Navanly); from nine also a letter too many or too
 * few, or two slips. At six letters only two swapped letters or a sound-alike pair (Peskow),
 * because other one-letter changes there make other words (Rowlet, Otrava).
 */
function isNearMiss(word: string, target: string): boolean {
  const edits = editDistance(word, target);
  if (target.length >= 9) return edits <= 2;
  if (edits !== 1 || word.length !== target.length) return false;
  if (target.length >= 7) return true;
  const at = [...word].findIndex((c, i) => c !== target[i]);
  const swapped = word[at + 1] !== undefined && word[at] === target[at + 1] && word[at + 1] === target[at];
  return swapped || SOUND_ALIKE.has(word[at]! + target[at]!);
}

/** Per index: fuse.js searchers by first letter (a near miss keeps its first letter), and answers so far. */
interface FuzzyState {
  byInitial: Map<string, Fuse<string>>;
  answers: Map<string, string | undefined>;
}

const states = new WeakMap<MatcherIndex, FuzzyState>();

function stateFor(index: MatcherIndex): FuzzyState {
  let state = states.get(index);
  if (!state) {
    const groups = new Map<string, string[]>();
    for (const word of index.fuzzyWords.keys()) groups.set(word[0]!, [...(groups.get(word[0]!) ?? []), word]);
    const byInitial = new Map(
      [...groups].map(([initial, words]) => [initial, new Fuse(words, { includeScore: true, threshold: 0.3, ignoreLocation: true, minMatchCharLength: 4 })]),
    );
    state = { byInitial, answers: new Map() };
    states.set(index, state);
  }
  return state;
}

/** The dataset word a candidate is a near miss of, with the case ending it carries, if any. */
function correct(index: MatcherIndex, candidate: string): string | undefined {
  if (index.fuzzyWords.has(candidate)) return candidate;
  const fuse = stateFor(index).byInitial.get(candidate[0]!);
  if (!fuse) return undefined;
  // Try the word whole, then without up to four letters of case ending (Skribala → skribal + a).
  for (let cut = 0; cut <= Math.min(4, candidate.length - 6); cut++) {
    const stem = cut ? candidate.slice(0, -cut) : candidate;
    const ending = candidate.slice(stem.length);
    for (const { item } of fuse.search(stem, { limit: 5 })) {
      if (!isNearMiss(stem, item)) continue;
      if (ending && !inflections(item).includes(item + ending)) continue;
      return item;
    }
  }
  return undefined;
}

/**
 * Near-miss mentions in `text` outside the `exact` ones. `words` are the folded words with
 * their spans in `text`; each distinct word is looked up once.
 */
export function findNearMisses(
  index: MatcherIndex,
  text: string,
  words: ReadonlyArray<{ start: number; end: number; word: string }>,
  exact: ReadonlyArray<{ start: number; end: number }>,
): Mention[] {
  // Spans are in text order, so one cursor walks them alongside the words.
  const spans = [...exact].sort((a, b) => a.start - b.start);
  let cursor = 0;
  const taken = (start: number, end: number) => {
    while (cursor < spans.length && spans[cursor]!.end <= start) cursor++;
    return cursor < spans.length && spans[cursor]!.start < end;
  };
  // Answers are kept per index: a word is looked up once, however often pages are rescanned.
  const cache = stateFor(index).answers;
  const found: Mention[] = [];
  for (const { start, end, word } of words) {
    const first = text[start] ?? '';
    if (word.length < 6 || first === first.toLowerCase() || taken(start, end)) continue;
    const candidate = unmix(word);
    if (!cache.has(candidate)) {
      // A page of unique capitalised words must not grow the memory without bound.
      if (cache.size > 50_000) cache.clear();
      cache.set(candidate, correct(index, candidate));
    }
    const match = cache.get(candidate);
    const entityId = match && index.fuzzyWords.get(match);
    if (entityId) found.push({ start, end, entityId, alias: match, how: 'fuzzy' });
  }
  return found;
}
