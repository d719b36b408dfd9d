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

/** What `foldUnit` answers for a unit that folds to nothing (a soft hyphen, a combining mark). */
export const FOLDS_TO_NOTHING = -1;

/** Folded units by unit, learnt on first meeting: 0 not yet known, 0xFFFF (a noncharacter, never folded) folds to nothing. */
const unitFolds = new Uint16Array(0x10000);

/**
 * One UTF-16 unit folded as `normalize` folds it, for a loop that reads text a unit at a time
 * without making the folded string (gate.ts); a surrogate is the caller's to treat apart.
 */
export function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code === 0x60 ? 0x27 : code;
  if (code === 0xffff) return code;
  let folded = unitFolds[code]!;
  if (folded === 0) {
    const ch = String.fromCharCode(code);
    let out = folds.get(ch);
    if (out === undefined) folds.set(ch, (out = foldChar(ch)));
    unitFolds[code] = folded = out.length === 0 ? 0xffff : out.charCodeAt(0);
  }
  return folded === 0xffff ? FOLDS_TO_NOTHING : folded;
}

/**
 * Characters of lowercased text that may fold to something else: everything outside ASCII but the
 * plain Russian letters (а–я without й), so that Cyrillic text costs no call per letter, and the
 * ASCII backtick.
 */
const MAY_FOLD = /[`\u0080-\u042f\u0439\u0450-\uffff]/g;

/**
 * The offset map of a text folded unit for unit but for the units at `dropped` (ascending places of
 * the original), which folded to nothing: each other unit comes from one unit of the original.
 */
function offsetsDropping(text: string, dropped: readonly number[]): Normalized {
  const starts = new Uint32Array(text.length);
  const ends = new Uint32Array(text.length);
  fillOffsets(starts, ends, dropped);
  return { text, starts, ends };
}

/** The loop of `offsetsDropping`, a function of its own that ends with its loop (as `foldByCodePoint`, for the same reason). */
function fillOffsets(starts: Uint32Array, ends: Uint32Array, dropped: readonly number[]): void {
  let skipped = 0;
  for (let i = 0; i < starts.length; i++) {
    while (skipped < dropped.length && dropped[skipped] === i + skipped) skipped++;
    starts[i] = i + skipped;
    ends[i] = i + skipped + 1;
  }
}

/**
 * The common case in native string operations: a text whose every unit folds to one unit or to
 * nothing (a combining mark, a soft hyphen: German and Czech sites hyphenate softly), with no
 * surrogate pair or final sigma, so that the offset map is the identity but for the units dropped;
 * undefined otherwise. Lowercasing first and folding the lowercased letter is folding the letter
 * (stripping marks commutes with lowercasing), except where lowercasing changes the length (İ) or
 * depends on the next letter (Σ), which go the long way.
 */
function foldNatively(input: string): Normalized | undefined {
  if (input.includes('\u03a3')) return undefined;
  const lower = input.toLowerCase();
  if (lower.length !== input.length) return undefined;
  let surrogate = false;
  const dropped: number[] = [];
  // Lowercasing kept every unit in its place, so the places in `lower` are the original's.
  const text = lower.replace(MAY_FOLD, (ch: string, at: number) => {
    if (ch === '`') return "'";
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) surrogate = true;
    let folded = folds.get(ch);
    if (folded === undefined) folds.set(ch, (folded = foldChar(ch)));
    if (folded.length === 0) dropped.push(at);
    return folded;
  });
  return surrogate ? undefined : offsetsDropping(text, dropped);
}

/** Normalises `input` and keeps the offset map. Linear in the length of the text. */
export function normalize(input: string): Normalized {
  return foldNatively(input) ?? normalizeByCodePoint(input);
}

/** `normalize` the long way, a code point at a time: what any text may need, and what the native way must equal. */
export function normalizeByCodePoint(input: string): Normalized {
  // Folding never lengthens a character, so every buffer fits the input's length.
  const out = new Uint16Array(input.length);
  const starts = new Uint32Array(input.length);
  const ends = new Uint32Array(input.length);
  const length = foldByCodePoint(input, out, starts, ends);
  let text = '';
  // fromCharCode takes its units as arguments: convert in chunks that stay under engines' argument limits.
  for (let at = 0; at < length; at += 8192) text += String.fromCharCode(...out.subarray(at, Math.min(length, at + 8192)));
  return { text, starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/**
 * The loop of `normalizeByCodePoint`: folds `input` into `out`, with each unit's place in `starts`
 * and `ends`, and returns the units written. A function of its own, that ends with its loop: a
 * first call on a long text has the engine compile the loop while it runs, and code compiled before
 * the lines after the loop had ever run gave up there on every later call.
 */
function foldByCodePoint(input: string, out: Uint16Array, starts: Uint32Array, ends: Uint32Array): number {
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
  return length;
}

/** Normalises a short string when no offsets are needed (aliases, queries). */
export function fold(input: string): string {
  return normalize(input).text;
}

/** Maps a `[start, end)` span of normalised text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  return { start: n.starts[start] ?? 0, end: n.ends[end - 1] ?? 0 };
}
