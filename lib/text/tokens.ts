/** Words of a folded text, with their offsets: the unit that every alias and near miss is made of. */
import { fold } from './normalize';

/** A word: a run of letters and digits. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether each UTF-16 unit is a letter or digit, learnt on first meeting: 0 not yet known, 1 yes, 2 no. */
const wordUnits = new Uint8Array(0x10000);

/** Whether a UTF-16 unit (not half of a surrogate pair) is part of a word. */
export function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  let known = wordUnits[code]!;
  if (known === 0) wordUnits[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** One word of a text and where it stands. */
export interface Token {
  start: number;
  end: number;
  word: string;
}

/** The words of `text` in order: one pass over its units, a table look-up each (a regular expression's match objects cost more than the words). */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let inWord: boolean;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A letter beyond the 16-bit range is one code point of two units.
      width = 2;
      inWord = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
    } else inWord = isWordUnit(code);
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push({ start, end: i, word: text.slice(start, i) });
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) out.push({ start, end: text.length, word: text.slice(start) });
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
