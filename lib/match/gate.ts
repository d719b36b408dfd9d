/**
 * The gate: whether a text may name anything at all, in one pass over its units that folds each
 * as it reads it and makes no string but the few words it must look up. Most of a page names
 * nobody (on the real pages, 3 % of the pieces the matcher takes name somebody), so normalising,
 * the matcher's words, the graph walk, near misses and claims run only on a piece that passes.
 *
 * A piece passes when a word ends a name of the index (a graph node with entries, reached from the
 * root by this word or by it and the words before it) or is a capitalised near miss of one. Every
 * mention is such a word, so the gate never stops a text that the matcher would find something in;
 * it lets through some that it finds nothing in (a name's words far apart, a case the entry
 * refuses), which the matcher then reads in full.
 */
import { FOLDS_TO_NOTHING, fold, foldUnit } from '../text/normalize';
import { hashStep, isWordUnit, pairCode } from '../text/tokens';
import type { ExactIndex, TrieNode } from './alias-index';
import { MIN_DERIVED_LETTERS } from './exact';
import { nearMissLength, nearMissOf, type NearMissIndex } from './near-miss';

/** A unit that is no part of a word (a space, a stop), in `reads`. */
const NOT_WORD = 0xfffe;
/** A unit that folds to nothing (a soft hyphen, a combining mark), in `reads`. */
const NOTHING = 0xffff;

/**
 * What the gate reads for each unit of a text: the unit folded where that is a letter or digit
 * (part of a word, as tokens.ts reads words), else NOT_WORD or NOTHING; 0 until first met. One
 * typed-array read a unit: the loop below runs over every unit of a page.
 */
const reads = new Uint16Array(0x10000);

function learn(code: number): number {
  const folded = foldUnit(code);
  const read = folded === FOLDS_TO_NOTHING ? NOTHING : isWordUnit(folded) ? folded : NOT_WORD;
  reads[code] = read;
  return read;
}

/** Whether each unit is a capital (it changes when lowercased, as the matcher reads a capital), learnt on first meeting as `reads` is. */
const capitalUnits = new Uint8Array(0x10000);

function isCapital(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  let known = capitalUnits[code]!;
  if (known === 0) {
    const unit = String.fromCharCode(code);
    capitalUnits[code] = known = unit !== unit.toLowerCase() ? 1 : 2;
  }
  return known === 1;
}

/**
 * Whether a name of one word that ends at `node` may be the word read, as the matcher's own rules
 * for an entry have it (exact.ts, `longestAt`), where the gate can tell without the word: an acronym
 * or a capitalised phrase never matches from a lowercase letter (EU, not the Latin "eu"), a one-word
 * proper name in lower case only as a longer word made from it (путинской, not "bond"), a short form
 * that needs its full name only after the full name (which passes the gate by itself when it is in
 * this text).
 */
function mayBe(node: TrieNode, capital: boolean, length: number, named: ReadonlySet<string>): boolean {
  for (const entry of node.entries) {
    if (entry.needsContext && !named.has(entry.entityId)) continue;
    if (capital) return true;
    if ((entry.caseSensitive || entry.capitalised) && isCapital(entry.text.charCodeAt(0))) continue;
    if (entry.capitalBase && length < entry.folded.length + MIN_DERIVED_LETTERS) continue;
    return true;
  }
  return false;
}

/** Whether a longer name that ends at `node` may be the words read: where it began is not kept, so it may have had a capital. */
function mayBeLonger(node: TrieNode, named: ReadonlySet<string>): boolean {
  for (const entry of node.entries) if (!entry.needsContext || named.has(entry.entityId)) return true;
  return false;
}

/** Folded units of the word being read, up to this many: a longer word is folded again from the text when it must be looked up. */
const BUFFERED = 32;
const buffer = new Uint16Array(BUFFERED);

/** The word being read, folded, from `buffer` (or from the text, when longer than it holds). */
function wordOf(text: string, start: number, end: number, length: number): string {
  if (length > BUFFERED) return fold(text.slice(start, end));
  let word = '';
  for (let k = 0; k < length; k++) word += String.fromCharCode(buffer[k]!);
  return word;
}

/** Whether `text` may name an item of the index, with `named` the items named in full before it; false only when it cannot. */
export function mayName(exact: ExactIndex, nearMiss: NearMissIndex, text: string, named: ReadonlySet<string> = new Set()): boolean {
  const root = exact.root.next;
  const hashed = exact.hashedRoot;
  /** The nodes the words so far lead to, which the next word may continue (the "The" of "The Insider"). */
  let open: TrieNode[] = [];
  let openCount = 0;
  let next: TrieNode[] = [];
  // The word being read: where it starts and ends in `text`, its folded length, first two units and hash.
  let start = 0;
  let end = 0;
  let length = 0;
  let first = 0;
  let second = 0;
  let hash = 0;
  for (let i = 0; i <= text.length; i++) {
    let read = NOT_WORD;
    if (i < text.length) {
      const code = text.charCodeAt(i);
      read = reads[code]!;
      if (read === 0) {
        // A character beyond the 16-bit range (rare in news prose) is left to the matcher's own words.
        if (code >= 0xd800 && code <= 0xdfff) return true;
        read = learn(code);
      }
      if (read === NOTHING) continue;
    }
    if (read !== NOT_WORD) {
      if (length === 0) {
        start = i;
        first = read;
        hash = 0;
      } else if (length === 1) second = read;
      hash = hashStep(hash, read);
      if (length < BUFFERED) buffer[length] = read;
      length++;
      end = i + 1;
      continue;
    }
    if (length === 0) continue;
    const wordLength = length;
    length = 0;
    const mayStart = hashed ? hashed.mayHold(pairCode(first, wordLength > 1 ? second : undefined), hash) : true;
    const capital = isCapital(text.charCodeAt(start));
    const mayBeNearMiss = capital && nearMissLength(nearMiss, wordLength);
    if (!mayStart && openCount === 0 && !mayBeNearMiss) continue;
    const word = wordOf(text, start, end, wordLength);
    let count = 0;
    const fresh = mayStart ? root.get(word) : undefined;
    if (fresh) {
      if (mayBe(fresh, capital, wordLength, named)) return true;
      next[count++] = fresh;
    }
    for (let k = 0; k < openCount; k++) {
      const further = open[k]!.next.get(word);
      if (!further) continue;
      if (mayBeLonger(further, named)) return true;
      next[count++] = further;
    }
    const swap = open;
    open = next;
    next = swap;
    openCount = count;
    if (mayBeNearMiss && nearMissOf(nearMiss, word) !== undefined) return true;
  }
  return false;
}
