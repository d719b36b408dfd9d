/**
 * The matcher: exact and declined forms first, then near misses among the words left over
 * (STYLE.md, convention 2: exact first, fuzzy last, index once).
 */
import type { Dataset } from '../dataset/schema';
import { normalize, toOriginal } from '../text/normalize';
import { tokens } from '../text/tokens';
import { buildExactIndex, type ExactIndex } from './alias-index';
import { findExactMentions } from './exact';
import type { Mention } from './mention';
import { buildNearMissIndex, findNearMisses, type NearMissIndex } from './near-miss';

/** A compiled dataset, ready to match many texts. */
export interface MatcherIndex {
  exact: ExactIndex;
  nearMiss: NearMissIndex;
  /** Aliases indexed (namesakes not counted). */
  aliasCount: number;
}

/** Compiles a dataset once; cost grows with the aliases. */
export function buildIndex(dataset: Dataset): MatcherIndex {
  const exact = buildExactIndex(dataset);
  return { exact, nearMiss: buildNearMissIndex(dataset), aliasCount: exact.aliasCount };
}

/** What to look for. */
export interface MatchOptions {
  /** Also correct near misses (Peskow, Navanly); on by default. */
  nearMisses?: boolean;
  /** Items named in full earlier on the page, carried from piece to piece of a page matched in pieces; grows as the text names more. */
  named?: Set<string>;
}

/** Every mention of a dataset item in `text`, in text order; offsets are into `text`. */
export function findMentions(index: MatcherIndex, text: string, { nearMisses = true, named }: MatchOptions = {}): Mention[] {
  const normalized = normalize(text);
  const folded = tokens(normalized.text);
  const { mentions: exact, blocked } = findExactMentions(index.exact, text, normalized, folded, named);
  if (!nearMisses) return exact;
  const words = folded.map((w) => ({ ...toOriginal(normalized, w.start, w.end), word: w.word }));
  const near = findNearMisses(index.nearMiss, text, words, [...exact, ...blocked]);
  return near.length === 0 ? exact : [...exact, ...near].sort((a, b) => a.start - b.start);
}
