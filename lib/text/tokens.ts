/** Words of a folded text, with their offsets: the unit that every alias and near miss is made of. */

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
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
}
