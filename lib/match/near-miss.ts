/**
 * Near misses: capitalised words that look like names but were no exact hit (Peskow,
 * Navanly, Skribala, a Cyrillic letter inside a Latin name) are checked by edit distance against
 * the people's one-word names with the same first letter, about their length: a handful per
 * letter, so every one is compared. (fuse.js proposed the candidates once; with so few it found
 * nothing that direct comparison misses, and it stays out of the content script, for the search,
 * which the card kit carries.) This module owns both sides of the rule: which dataset words a near
 * miss may be corrected to, and which page words are tried. It runs after the exact pass, never
 * overrides it, and never looks at lowercase words.
 */
import type { Dataset } from '../dataset/schema';
import { spellingsOf } from '../dataset/spellings';
import { fold } from '../text/normalize';
import { unmix } from '../text/scripts';
import { tokens } from '../text/tokens';
import { editDistance } from './edit-distance';
import { inflections } from './inflect';
import type { Mention } from './mention';

/** Words shorter than this are never corrected, nor corrected to: short words sit one letter from too many others. */
export const NEAR_MISS_MIN_LENGTH = 6;
/** From this length one slip of a letter is a near miss (Skribala); below it only swaps and sound-alikes. */
const ONE_SLIP_FROM = 7;
/** From this length two edits are a near miss (a letter too many and a slip). */
const TWO_EDITS_FROM = 9;
/** Case-ending letters a candidate may carry beyond the name it is a near miss of (Skribal + a). */
const MAX_ENDING = 4;
/** Distinct words remembered per index; a page of unique capitalised words must not grow memory without bound. */
const MAX_REMEMBERED = 50_000;

/** Letters that transliterations and typists swap for each other (Peskow, Navalnyj, Dmitrij). */
const SOUND_ALIKE = new Set(['vw', 'wv', 'iy', 'yi', 'jy', 'yj', 'ij', 'ji', 'ck', 'kc', 'kq', 'qk', 'sz', 'zs', 'bp', 'pb', 'dt', 'td', 'gk', 'kg', 'fv', 'vf', 'иы', 'ыи', 'еэ', 'эе', 'ао', 'оа']);

/** The dataset words a near miss may be corrected to, grouped by first letter, and the answers so far. */
export interface NearMissIndex {
  /** Folded one-word names → the person's id. */
  targets: ReadonlyMap<string, string>;
  /** The targets by first letter: a near miss keeps its first letter, and no letter has more than a few. */
  byInitial: ReadonlyMap<string, readonly string[]>;
  /** A word as met → the target it corrects to (or undefined): each distinct word is looked up once. */
  answers: Map<string, string | undefined>;
  /** The longest word that can be a near miss of a target: a longer one (a hash, a run of letters) is never looked up. */
  maxLength: number;
}

/** Folded one-word names a near miss may be corrected to → the person's id. */
export type NearMissTargets = ReadonlyMap<string, string>;

/**
 * Near misses are corrected only towards people's own one-word names in their base form: a
 * place or organisation one letter away is too often another place or a common word, and a
 * surname that needs context, a cover name or an acronym must not slip in through a typo.
 */
export function nearMissTargets(dataset: Dataset): NearMissTargets {
  const targets = new Map<string, string>();
  for (const person of dataset.entities.filter((e) => e.kind === 'person')) {
    for (const alias of spellingsOf(person)) {
      const words = tokens(fold(alias.text));
      const word = words[0]?.word;
      if (words.length !== 1 || !word || word.length < NEAR_MISS_MIN_LENGTH) continue;
      if (alias.caseSensitive || alias.needsContext || alias.cover || alias.inflected) continue;
      targets.set(word, person.id);
    }
  }
  return targets;
}

/** The targets grouped by first letter, since a near miss keeps its first letter. */
export function buildNearMissIndex(targets: NearMissTargets): NearMissIndex {
  const byInitial = new Map<string, string[]>();
  let longest = 0;
  for (const word of targets.keys()) {
    const group = byInitial.get(word[0]!);
    if (group) group.push(word);
    else byInitial.set(word[0]!, [word]);
    longest = Math.max(longest, word.length);
  }
  // A near miss has at most two letters more than its target (TWO_EDITS_FROM) plus a case ending.
  return { targets, byInitial, answers: new Map(), maxLength: longest + 2 + MAX_ENDING };
}

/**
 * Whether `word` is a near miss of the dataset word `target`. From seven letters: one slip of
 * a letter or two swapped letters (Skribala, Navanly); from nine also a letter too many or too
 * few, or two slips. At six letters only two swapped letters or a sound-alike pair (Peskof),
 * because other one-letter changes there make other words (Rowlet, Otrava).
 */
function isNearMiss(word: string, target: string, edits: number): boolean {
  if (target.length >= TWO_EDITS_FROM) return edits <= 2;
  if (edits !== 1 || word.length !== target.length) return false;
  if (target.length >= ONE_SLIP_FROM) return true;
  const at = [...word].findIndex((c, i) => c !== target[i]);
  const swapped = word[at + 1] !== undefined && word[at] === target[at + 1] && word[at + 1] === target[at];
  return swapped || SOUND_ALIKE.has(word[at]! + target[at]!);
}

/**
 * The edits between a word and a target as far as `isNearMiss` needs them: below TWO_EDITS_FROM only
 * one edit between words of one length counts, which one pass over the letters finds (a slip, or two
 * letters swapped); from it, up to two edits of any kind, past which the distance is given up.
 * Anything more is answered as 3. Every capitalised word of a page is weighed against a few targets.
 */
function editsWithin(word: string, target: string): number {
  if (target.length >= TWO_EDITS_FROM) return editDistance(word, target, 2);
  if (word.length !== target.length) return 3;
  let at = 0;
  while (at < word.length && word.charCodeAt(at) === target.charCodeAt(at)) at++;
  if (at === word.length) return 0;
  if (word.slice(at + 1) === target.slice(at + 1)) return 1;
  const swapped = word[at] === target[at + 1] && word[at + 1] === target[at] && word.slice(at + 2) === target.slice(at + 2);
  return swapped ? 1 : 3;
}

/**
 * The dataset word a candidate is a near miss of, allowing a case ending, if any: the closest of the
 * few targets with its first letter and about its length (ties go to the first listed).
 */
function correct(index: NearMissIndex, candidate: string): string | undefined {
  if (index.targets.has(candidate)) return candidate;
  const group = index.byInitial.get(candidate[0]!);
  if (!group) return undefined;
  // Try the word whole, then without up to MAX_ENDING letters of case ending (Skribala → skribal + a).
  for (let cut = 0; cut <= Math.min(MAX_ENDING, candidate.length - NEAR_MISS_MIN_LENGTH); cut++) {
    const stem = cut ? candidate.slice(0, -cut) : candidate;
    const ending = candidate.slice(stem.length);
    let best: { item: string; edits: number } | undefined;
    for (const item of group) {
      const edits = editsWithin(stem, item);
      if (!isNearMiss(stem, item, edits)) continue;
      if (ending && !inflections(item).includes(item + ending)) continue;
      if (!best || edits < best.edits) best = { item, edits };
    }
    if (best) return best.item;
  }
  return undefined;
}

/** The target a folded word is a near miss of, if any; the caller has checked its length and capital. */
export function nearMissOf(index: NearMissIndex, word: string): string | undefined {
  // Answers are kept by the word as met, so that a word seen before costs one look-up, not an unmixing.
  if (!index.answers.has(word)) {
    if (index.answers.size >= MAX_REMEMBERED) index.answers.clear();
    index.answers.set(word, correct(index, unmix(word)));
  }
  return index.answers.get(word);
}

/** Whether a word of this many letters is ever tried as a near miss. */
export const nearMissLength = (index: NearMissIndex, length: number): boolean => length >= NEAR_MISS_MIN_LENGTH && length <= index.maxLength;

/** A folded word with its span in the original text. */
export interface SpannedWord {
  start: number;
  end: number;
  word: string;
}

/**
 * Near-miss mentions in `text` outside the `taken` spans (exact mentions and namesakes). `words`
 * are the folded words (offsets into the folded text), `toOriginal` maps a span back: only the few
 * words long enough to be a near miss are mapped, so a page pays nothing per word for the rest.
 */
export function findNearMisses(
  index: NearMissIndex,
  text: string,
  words: readonly SpannedWord[],
  toOriginal: (start: number, end: number) => { start: number; end: number },
  taken: ReadonlyArray<{ start: number; end: number }>,
  originalStart: (start: number) => number = (start) => toOriginal(start, start + 1).start,
): Mention[] {
  // Spans are in text order, so one cursor walks them alongside the words.
  const spans = [...taken].sort((a, b) => a.start - b.start);
  let cursor = 0;
  const isTaken = (start: number, end: number) => {
    while (cursor < spans.length && spans[cursor]!.end <= start) cursor++;
    return cursor < spans.length && spans[cursor]!.start < end;
  };
  const found: Mention[] = [];
  for (const folded of words) {
    const { word } = folded;
    if (!nearMissLength(index, word.length)) continue;
    // Lowercase words are never tried: their first letter, read through the map back to the original, says so without building the span.
    const code = text.charCodeAt(originalStart(folded.start));
    if (code >= 0x61 && code <= 0x7a) continue;
    const { start, end } = toOriginal(folded.start, folded.end);
    const first = text[start] ?? '';
    if (first === first.toLowerCase() || isTaken(start, end)) continue;
    const match = nearMissOf(index, word);
    const entityId = match && index.targets.get(match);
    if (entityId) found.push({ start, end, entityId, alias: match, how: 'fuzzy' });
  }
  return found;
}
