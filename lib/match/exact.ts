/**
 * Exact matching: one pass over the text for all aliases of the dataset, walking the alias
 * graph of alias-index.ts. A mention is always whole words, and the longest alias starting at
 * a word wins.
 */
import { type Normalized, toOriginal } from '../text/normalize';
import { stripMarks } from '../text/scripts';
import type { Token } from '../text/tokens';
import type { AliasEntry, ExactIndex, TrieNode } from './alias-index';
import type { Mention } from './mention';

/** How many words either side a cue word may stand: about two sentences of news prose. */
const CUE_WINDOW = 40;
/** Case-sensitive acronyms are met with at most this many letters of case ending (МИДом). */
const MAX_ACRONYM_ENDING = 2;
/** What may stand between two words of one name: spaces, one line break, a hyphen or a dot, an opening quote (аферата „Скрипал“). */
const JOINABLE_GAP = /^[ \t.-]{0,3}["„“«]?\n?[ \t]{0,2}$/;

/** Acronyms from this length are also written as words by some house styles (the Guardian's and Delo's Nato). */
const MIN_WORDLIKE_ACRONYM = 4;

/**
 * Case-sensitive aliases match in their own capitals, with a Russian case ending at most (МИДа); an
 * acronym of four or more capitals also as a capitalised word (Nato, Нато), never in lower case.
 */
function sameCase(original: string, alias: string): boolean {
  const o = stripMarks(original);
  const a = stripMarks(alias);
  const ending = o.slice(a.length);
  if (ending.length > MAX_ACRONYM_ENDING || ending !== ending.toLowerCase()) return false;
  if (o.startsWith(a)) return true;
  const wordlike = a.length >= MIN_WORDLIKE_ACRONYM && a === a.toUpperCase() && /^\p{L}+$/u.test(a);
  return wordlike && o.startsWith(a[0] + a.slice(1).toLowerCase());
}

/**
 * A name's word in lower case is a word made from it (путинской, putinowskiej) only with this many
 * letters more; a case ending alone (прага, путина: "threshold", "cobweb") is another word.
 */
export const MIN_DERIVED_LETTERS = 3;

/** Where the words of a name part: the gaps JOINABLE_GAP lets through. */
const WORD_GAP = /[\s."„“«-]+/;
const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase();

/** Whether each word the alias capitalises is capitalised in the text too (The Insider, not "the insider"). */
function sameCapitals(original: string, alias: string): boolean {
  const words = original.split(WORD_GAP);
  return alias.split(WORD_GAP).every((word, i) => !isUpper(word[0]) || isUpper(words[i]?.[0]));
}

/** Whether a cue word stands within the window around words `i`..`j`, outside them. */
function hasCue(words: readonly Token[], i: number, j: number, cues: ReadonlySet<string>): boolean {
  const from = Math.max(0, i - CUE_WINDOW);
  const to = Math.min(words.length, j + CUE_WINDOW + 1);
  for (let k = from; k < to; k++) if ((k < i || k > j) && cues.has(words[k]!.word)) return true;
  return false;
}

/** The text being matched, in both forms, with its folded words. */
interface Subject {
  text: string;
  normalized: Normalized;
  words: readonly Token[];
}

/** The longest alias starting at word `i`, if any; `named` holds the items already named in full. */
function longestAt(index: ExactIndex, subject: Subject, i: number, named: ReadonlySet<string>): { last: number; entry: AliasEntry } | undefined {
  const { text, normalized, words } = subject;
  let node: TrieNode | undefined = index.root;
  let best: { last: number; entry: AliasEntry } | undefined;
  for (let j = i; j < words.length; j++) {
    node = node.next.get(words[j]!.word);
    if (!node) break;
    if (node.entries.length > 0) {
      const span = toOriginal(normalized, words[i]!.start, words[j]!.end);
      const original = text.slice(span.start, span.end);
      const matched = () => words.slice(i, j + 1).map((w) => w.word).join(' ');
      const fits = node.entries.filter(
        (e) =>
          // A declined form the data lists is that form only: the node it shares with its base is reached by other forms too.
          (!e.listedInflected || matched() === e.folded) &&
          (!e.needsContext || named.has(e.entityId)) &&
          (!e.caseSensitive || sameCase(original, e.text)) &&
          (!e.capitalised || sameCapitals(original, e.text)) &&
          (!e.capitalBase || isUpper(original[0]) || words[i]!.word.length >= e.folded.length + MIN_DERIVED_LETTERS) &&
          (!e.cues || hasCue(words, i, j, e.cues)),
      );
      // A namesake wins a tie: "Dmitry Nikolayevich Peskov" is not the Kremlin's spokesman.
      const entry = fits.find((e) => e.namesake) ?? fits[0];
      if (entry) best = { last: j, entry };
    }
    const next = words[j + 1];
    if (!next || !JOINABLE_GAP.test(normalized.text.slice(words[j]!.end, next.start))) break;
  }
  return best;
}

/** The exact and declined mentions of `text`, and the spans that namesakes block. */
export interface ExactResult {
  mentions: Mention[];
  blocked: Array<{ start: number; end: number }>;
}

/**
 * Exact and declined mentions, in text order; offsets are into `text`. `named` holds the items
 * already named in full (their context-dependent short forms may match); it grows as the text
 * names more, so that a caller matching a page in pieces carries it from piece to piece.
 */
export function findExactMentions(
  index: ExactIndex,
  text: string,
  normalized: Normalized,
  words: readonly Token[],
  named: Set<string> = new Set(),
): ExactResult {
  const subject: Subject = { text, normalized, words };
  // Made before the loop, so that nothing after it is new to the engine (see normalize.ts, `foldByCodePoint`).
  const result: ExactResult = { mentions: [], blocked: [] };
  const { mentions, blocked } = result;
  let i = 0;
  while (i < words.length) {
    const first = i;
    const best = longestAt(index, subject, first, named);
    if (!best) {
      i++;
      continue;
    }
    i = best.last + 1;
    const { entry } = best;
    const span = toOriginal(normalized, words[first]!.start, words[best.last]!.end);
    if (entry.namesake) {
      blocked.push(span);
      continue;
    }
    const matched = words.slice(first, best.last + 1).map((w) => w.word).join(' ');
    const how = entry.listedInflected || matched !== entry.folded ? 'inflected' : 'exact';
    mentions.push({ ...span, entityId: entry.entityId, alias: entry.text, how });
    if (!entry.needsContext) named.add(entry.entityId);
  }
  return result;
}
