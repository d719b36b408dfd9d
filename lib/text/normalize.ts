/**
 * Text normalisation for matching, with a map from every normalised position back to
 * the original text, so that mentions found in the folded text can be marked in the page.
 */
import { stripMarks } from './scripts';

/** Normalised text plus, for each of its UTF-16 units, the span of original text it came from. */
export interface Normalized {
  /** The folded text: lowercase, no diacritics, unified apostrophes, dashes and spaces. */
  text: string;
  /** `starts[i]`: original index of the character that produced normalised unit `i`. */
  starts: Uint32Array;
  /** `ends[i]`: original index just past that character. */
  ends: Uint32Array;
}

/** Typographic apostrophes and primes; the ASCII backtick is folded in `normalize`. */
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\u00B4]/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
/** Soft hyphens and zero-width characters: invisible on the page, so invisible to the matcher. */
const INVISIBLE = /^[\u00AD\u200B-\u200D\uFEFF]$/u;

/**
 * Folds one non-ASCII character (a full code point) to its matching form; `normalize` folds
 * ASCII itself. Cyrillic stays Cyrillic: only marks are stripped (ё → е, й → и, as Russian
 * texts do write them both ways).
 */
function foldChar(ch: string): string {
  if (APOSTROPHES.test(ch)) return "'";
  if (DASHES.test(ch)) return '-';
  if (SPACES.test(ch)) return ' ';
  if (INVISIBLE.test(ch)) return '';
  const out = stripMarks(ch).toLowerCase();
  // Folding never lengthens a character (Hangul syllables decompose into letters, İ lowercases
  // to two units): the offset map relies on it, and such letters need no folding to match.
  return out.length <= ch.length ? out : ch;
}

/** Folded forms of the non-ASCII characters met so far: a page uses few distinct ones, many times. */
const folds = new Map<string, string>();

/** Normalises `input` and keeps the offset map. Linear in the length of the text. */
export function normalize(input: string): Normalized {
  // Folding never lengthens a character, so every buffer fits the input's length.
  const out = new Uint16Array(input.length);
  const starts = new Uint32Array(input.length);
  const ends = new Uint32Array(input.length);
  let length = 0;
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    // Plain ASCII, the bulk of most pages: one unit in, one unit out, no Unicode work.
    if (code < 0x80) {
      out[length] = code >= 0x41 && code <= 0x5a ? code + 32 : code === 0x60 ? 0x27 : code;
      starts[length] = i;
      ends[length] = i + 1;
      length++;
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < input.length ? 2 : 1;
    const ch = input.slice(i, i + width);
    let folded = folds.get(ch);
    if (folded === undefined) folds.set(ch, (folded = foldChar(ch)));
    for (let k = 0; k < folded.length; k++) {
      out[length] = folded.charCodeAt(k);
      starts[length] = i;
      ends[length] = i + width;
      length++;
    }
    i += width;
  }
  let text = '';
  // fromCharCode takes its units as arguments: convert in chunks that stay under engines' argument limits.
  for (let at = 0; at < length; at += 8192) text += String.fromCharCode(...out.subarray(at, Math.min(length, at + 8192)));
  return { text, starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/** Normalises a short string when no offsets are needed (aliases, queries). */
export function fold(input: string): string {
  return normalize(input).text;
}

/** Maps a `[start, end)` span of normalised text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  return { start: n.starts[start] ?? 0, end: n.ends[end - 1] ?? 0 };
}
