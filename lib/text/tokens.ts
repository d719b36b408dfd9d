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
