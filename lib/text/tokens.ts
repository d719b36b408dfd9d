/** Words of a folded text, with their offsets: the unit that every alias and near miss is made of. */
import { fold } from './normalize';

/** A word: a run of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;

/** One word of a text and where it stands. */
export interface Token {
  start: number;
  end: number;
  word: string;
}

/** The words of `text` in order. */
export function tokens(text: string): Token[] {
  // exec in a loop rather than matchAll and map: one object per word, not three (a page has tens of thousands).
  const out: Token[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  return out;
}

/** The folded words of a name or a phrase, as the index keys them: "Jan Hamáček" → ["jan", "hamacek"]. */
export function foldedWords(text: string): string[] {
  return tokens(fold(text)).map((t) => t.word);
}

/** One step of a word's hash over its folded units: the gate hashes words as it reads them, the index its keys (gate.ts, compiled.ts). */
export const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;

/** The hash of a folded word, unit by unit as `hashStep` makes it. */
export function wordHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/**
 * A folded word's first two units as one number, the group of the index's keys it falls in; a
 * one-unit word's second is 0, which no word holds. Small enough for the engine's small integers
 * where it matters (Latin and Cyrillic), so that a look-up makes no heap number.
 */
export const pairCode = (first: number, second: number | undefined): number => first * 0x10000 + (second ?? 0);
