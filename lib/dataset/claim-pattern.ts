/**
 * A claim's patterns (schema.ts, `Claim.patterns`) as regular expressions over folded text. Two
 * shorthands keep the data readable: `{n:150000}` is the number in the ways the press writes it,
 * and `\b` is a word's edge in any script (JavaScript's own `\b` knows only ASCII letters, and the
 * folded text keeps Cyrillic).
 */

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
const EDGE = `(?:(?<=${LETTER_OR_DIGIT})(?!${LETTER_OR_DIGIT})|(?<!${LETTER_OR_DIGIT})(?=${LETTER_OR_DIGIT}))`;

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

/** The pattern's source with its shorthands written out. */
export function expandClaimPattern(source: string): string {
  return source.replace(/\{n:([^}]*)\}/g, (_, digits: string) => numberPattern(digits)).replace(/\\b/g, EDGE);
}

/** A claim pattern, ready to search folded text; throws with the reason when it does not compile. */
export function compileClaimPattern(source: string): RegExp {
  return new RegExp(expandClaimPattern(source), 'gu');
}
