/**
 * A claim's patterns (schema.ts, `Claim.patterns`) as regular expressions over folded text. Two
 * shorthands keep the data readable: `{n:150000}` is the number in the ways the press writes it,
 * and `\b` is a word's edge in any script (JavaScript's own `\b` knows only ASCII letters, and the
 * folded text keeps Cyrillic).
 *
 * `\p{L}` and `\p{N}` are written out as short classes of UTF-16 ranges (`classesOf`): the
 * engines build Unicode's own classes (hundreds of ranges) into every pattern that names them,
 * which made compiling and first running the bundled claims cost a page 140 ms in a browser just
 * started (Chromium 156), against 7 ms with these.
 */

/**
 * The units that are neither letters nor digits, as Unicode's `\p{L}` and `\p{N}` have them for
 * every assigned unit of the Latin, Greek and Cyrillic blocks the folded text holds (U+0000–U+052F,
 * U+1E00–U+1EFF; polytonic Greek folds to these), and whole blocks beyond them: punctuation and symbols (U+2000–U+2BFF,
 * U+2E00–U+2E7F, U+3000–U+303F, the forms at U+FE10–U+FE6F and U+FF00–U+FF65), surrogates and
 * specials. What this leaves a letter that Unicode does not call one is another script's own
 * punctuation (an Arabic comma, a Devanagari danda); letters beyond the 16-bit range (historic
 * scripts, rare ideographs) are not letters here. test/unit/claims.test.ts holds it to Unicode.
 */
const NOT_LETTER_OR_DIGIT: ReadonlyArray<readonly [number, number]> = [
  // ASCII and Latin-1: punctuation, symbols, spaces and controls.
  [0x00, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0xa9], [0xab, 0xb1], [0xb4, 0xb4], [0xb6, 0xb8], [0xbb, 0xbb], [0xbf, 0xbf], [0xd7, 0xd7], [0xf7, 0xf7],
  // Modifier symbols, combining marks, Greek and Cyrillic signs.
  [0x2c2, 0x2c5], [0x2d2, 0x2df], [0x2e5, 0x2eb], [0x2ed, 0x2ed], [0x2ef, 0x36f], [0x375, 0x375], [0x37e, 0x37e], [0x384, 0x385], [0x387, 0x387], [0x3f6, 0x3f6], [0x482, 0x489],
  // Punctuation and symbol blocks, surrogates, specials.
  [0x2000, 0x2bff], [0x2e00, 0x2e7f], [0x3000, 0x303f], [0xd800, 0xdfff], [0xfe10, 0xfe6f], [0xff00, 0xff0f], [0xff1a, 0xff20], [0xff3b, 0xff40], [0xff5b, 0xff65], [0xfff0, 0xffff],
];

/** The digits among those blocks: ASCII's, and the superscripts and fractions of Latin-1. */
const DIGITS: ReadonlyArray<readonly [number, number]> = [[0x30, 0x39], [0xb2, 0xb3], [0xb9, 0xb9], [0xbc, 0xbe]];

const unit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const rangesOf = (ranges: ReadonlyArray<readonly [number, number]>) => ranges.map(([from, to]) => (from === to ? unit(from) : `${unit(from)}-${unit(to)}`)).join('');

/** The 16-bit units that none of `ranges` holds, as ranges. */
function complement(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (from > next) out.push([next, from - 1]);
    next = Math.max(next, to + 1);
  }
  if (next <= 0xffff) out.push([next, 0xffff]);
  return out;
}

/**
 * `\p{L}` and `\p{N}` as ranges, to stand inside a class or, bracketed, alone, and `\b` between them
 * and the rest: made when a pattern is first compiled, not by every script that imports this module.
 */
let classes: { letter: string; digit: string; edge: string } | undefined;
function classesOf(): { letter: string; digit: string; edge: string } {
  if (classes) return classes;
  const letter = rangesOf(complement([...NOT_LETTER_OR_DIGIT, ...DIGITS]));
  const digit = rangesOf(DIGITS);
  const letterOrDigit = `[${letter}${digit}]`;
  return (classes = { letter, digit, edge: `(?:(?<=${letterOrDigit})(?!${letterOrDigit})|(?<!${letterOrDigit})(?=${letterOrDigit}))` });
}

/** "thousand" in the readers' languages, folded: tisíc, tys., тысяч, тис., Tausend, Tsd., 150k. */
const THOUSAND = '(?:thousand|tis\\p{L}*\\.?|tys\\p{L}*\\.?|тыс\\p{L}*\\.?|тис\\p{L}*\\.?|tausend|tsd\\.?|k)(?![\\p{L}\\p{N}])';

/**
 * The number `digits` as the press writes it: plain (150000), grouped by thousands with a comma,
 * a dot, a space or an apostrophe (150,000, 150.000, 150 000, 150'000), or in thousands
 * (150 thousand, 150 tisíc, 150 тысяч) — never as the tail of a longer number (1,150,000) or the
 * head of one (150,0001).
 */
export function numberPattern(digits: string): string {
  if (!/^[1-9]\d*$/.test(digits)) throw new Error(`{n:${digits}} must be a whole number without leading zeros`);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  const writings = [groups.length > 1 ? groups.join("[,. ']") : digits];
  if (groups.length > 1) writings.push(digits);
  if (digits.length > 3 && digits.endsWith('000')) writings.push(`${digits.slice(0, -3)} ?${THOUSAND}`);
  return `(?<![\\p{N}.,])(?<!\\p{N}[ ,.'])(?:${writings.join('|')})(?!\\p{N}|[,.' ]\\p{N})`;
}

/** `source` with `\p{L}` and `\p{N}` written out as ranges, inside a class or alone. */
function withShortClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const named = /^p\{([LN])\}/.exec(source.slice(i + 1, i + 5))?.[1];
      if (named) {
        const ranges = named === 'L' ? classesOf().letter : classesOf().digit;
        out += inClass ? ranges : `[${ranges}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return out;
}

/** The pattern's source with its shorthands written out. */
export function expandClaimPattern(source: string): string {
  return withShortClasses(source.replace(/\{n:([^}]*)\}/g, (_, digits: string) => numberPattern(digits))).replace(/\\b/g, classesOf().edge);
}

/** A claim pattern, ready to search folded text; throws with the reason when it does not compile. */
export function compileClaimPattern(source: string): RegExp {
  return new RegExp(expandClaimPattern(source), 'gu');
}
