/**
 * The gate: whether a text may name anything at all, reading each unit once, folded through a
 * table, and making no string but the few words it must look up. Most of a page names
 * nobody (on the real pages, 3 % of the pieces the matcher takes name somebody), so normalising,
 * the matcher's words, the graph walk, near misses and claims run only on a piece that passes.
 *
 * A piece passes when a word ends a name of the index (a graph node with entries other than
 * namesakes, which only block their words, reached from the root by this word or by it and the
 * words before it) or is a capitalised near miss of one. Every
 * mention is such a word, so the gate never stops a text that the matcher would find something in;
 * it lets through some that it finds nothing in (a name's words far apart, a case the entry
 * refuses), which the matcher then reads in full.
 */
import { FOLDS_TO_NOTHING, foldUnit } from '../text/normalize';
import { hashStep, isWordUnit, pairCode } from '../text/tokens';
import type { ExactIndex, TrieNode } from './alias-index';
import { MIN_DERIVED_LETTERS } from './exact';
import { nearMissLength, nearMissOf, type NearMissIndex } from './near-miss';

/**
 * What `reads` holds for a unit that is not a letter or digit, all above any folded letter or digit
 * (the last letters of the 16-bit range are below U+FFE0), so that one comparison tells a word's
 * unit from the rest, and a second the rare units (above `NOTHING`) from the others.
 */
const NOT_WORD = 0xfffc;
/** A unit that folds to nothing (a soft hyphen, a combining mark). */
const NOTHING = 0xfffd;
/** Half of a surrogate pair. */
const SURROGATE = 0xfffe;
/** A unit not met yet. */
const UNKNOWN = 0xffff;

/**
 * What the gate reads for each unit of a text: the unit folded where that is a letter or digit
 * (part of a word, as tokens.ts reads words), else one of the specials above; learnt the first time
 * the unit is met. One typed-array read a unit: `splitWords` runs over every unit of a page.
 */
// Marked pure, so that a bundle that imports this module and reads no text (the content script,
// which only loads the index) leaves the 128 kB table out instead of filling it.
const reads = /* @__PURE__ */ new Uint16Array(0x10000).fill(UNKNOWN);

function learn(code: number): void {
  const folded = code >= 0xd800 && code <= 0xdfff ? undefined : foldUnit(code);
  reads[code] = folded === undefined ? SURROGATE : folded === FOLDS_TO_NOTHING ? NOTHING : isWordUnit(folded) ? folded : NOT_WORD;
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
 * for an entry have it (exact.ts, `longestAt`), where the gate can tell without the word: a
 * namesake is never a mention (it only blocks its words: "Soviet Union" is not the EU), an acronym
 * or a capitalised phrase never matches from a lowercase letter (EU, not the Latin "eu"), a one-word
 * proper name in lower case only as a longer word made from it (путинской, not "bond"), a short form
 * that needs its full name only after the full name (which passes the gate by itself when it is in
 * this text).
 */
function mayBe(node: TrieNode, capital: boolean, length: number, named: ReadonlySet<string>): boolean {
  for (const entry of node.entries) {
    if (entry.namesake || (entry.needsContext && !named.has(entry.entityId))) continue;
    if (capital) return true;
    if ((entry.caseSensitive || entry.capitalised) && isCapital(entry.text.charCodeAt(0))) continue;
    if (entry.capitalBase && length < entry.folded.length + MIN_DERIVED_LETTERS) continue;
    return true;
  }
  return false;
}

/** Whether a longer name that ends at `node` may be the words read (not a namesake): where it began is not kept, so it may have had a capital. */
function mayBeLonger(node: TrieNode, named: ReadonlySet<string>): boolean {
  for (const entry of node.entries) if (!entry.namesake && (!entry.needsContext || named.has(entry.entityId))) return true;
  return false;
}

/** The word at `[start, end)` of `text`, folded: the gate makes it only for the few words it must look up. */
function wordOf(text: string, start: number, end: number): string {
  let word = '';
  for (let i = start; i < end; i++) {
    const read = reads[text.charCodeAt(i)]!;
    if (read !== NOTHING) word += String.fromCharCode(read);
  }
  return word;
}

/** Words a cache keeps, a power of two. */
const CACHED = 4096;

/**
 * The last answers for words, in slots by hash, each with its word: a page's words repeat, and
 * comparing a word's units with the kept word costs less than making the word again to look it up.
 * Exact: a word is answered from the cache only when it is the kept word.
 */
class WordCache<T> {
  readonly #hashes = new Int32Array(CACHED);
  readonly #words: Array<string | undefined> = new Array(CACHED);
  readonly #answers: T[] = new Array(CACHED);

  /** The kept answer for the word at `[start, end)` of `text`, whose hash is `hash`, or `miss`. */
  get<M>(hash: number, text: string, start: number, end: number, miss: M): T | M {
    const slot = hash & (CACHED - 1);
    const word = this.#words[slot];
    if (word === undefined || this.#hashes[slot] !== hash) return miss;
    let k = 0;
    for (let i = start; i < end; i++) {
      const read = reads[text.charCodeAt(i)]!;
      if (read === NOTHING) continue;
      if (read !== word.charCodeAt(k++)) return miss;
    }
    return k === word.length ? this.#answers[slot]! : miss;
  }

  set(hash: number, word: string, answer: T): void {
    const slot = hash & (CACHED - 1);
    this.#hashes[slot] = hash;
    this.#words[slot] = word;
    this.#answers[slot] = answer;
  }
}

/** Answers of the root's `mayHold` kept, a power of two. */
const ANSWERS = 16384;

/**
 * The gate's memory of one index: the root's last answers by slot for a word's (pair, hash), each
 * pair and hash kept beside it (a page's words are mostly the same few hundred, and reading the
 * table in the loop costs less than a call for every word); the root's node for a word (null:
 * none); the near-miss target (null: none).
 */
interface Caches {
  /** By slot, three numbers: the hash asked, the pair asked (wrapped to 32 bits), and the answer: 0 not asked, 1 not held, 2 held. */
  answers: Int32Array;
  roots: WordCache<TrieNode | null>;
  nearMisses: WordCache<string | null>;
}
const caches = new WeakMap<ExactIndex, Caches>();
const cachesOf = (exact: ExactIndex): Caches => {
  let kept = caches.get(exact);
  if (!kept) {
    kept = { answers: new Int32Array(3 * ANSWERS), roots: new WordCache(), nearMisses: new WordCache() };
    caches.set(exact, kept);
  }
  return kept;
};
const MISS = Symbol('miss');

/** Units split into words at once: the words' arrays hold a block's words. */
const BLOCK = 4096;
/** Where each word of a block ends, its hash, and its length in units that fold to something; slot `n` holds the word being read. */
const wordEnds = new Int32Array(BLOCK + 1);
const wordHashes = new Int32Array(BLOCK + 1);
const wordLengths = new Int32Array(BLOCK + 1);

/** Where the word of `length` units that fold to something and ends at `end` begins, past units that fold to nothing. */
function startOf(text: string, end: number, length: number): number {
  let start = end;
  for (let left = length; left > 0; ) if (reads[text.charCodeAt(--start)] !== NOTHING) left--;
  return start;
}

/**
 * Splits `[from, to)` of `text` into words, with no branch that depends on the text: each unit
 * updates the word being read in slot `n` of the words' arrays (its end, hash and length), and a
 * unit that is no part of a word moves on to the next slot (a branch taken at every word's start
 * and end, unpredictable, costs more than the rest of the loop). The word being read comes in slot
 * 0 (length 0: none) and stays in slot `n`. Returns the words closed; or, at the first
 * unit that is not a word's or a space's (not met yet, folding to nothing, beyond the 16-bit
 * range), its read: the caller learns it, or splits the block with `splitWordsFolding`.
 *
 * Nothing after the loop, and nothing in a branch of it, asks the engine for what it has seen there:
 * a first long call has the loop compiled while it runs, and code compiled before such a line had
 * ever run gave up at it on every later call, hundreds of times a page. (A unit not met yet is
 * learnt outside the loop for that reason too, and the loop runs three times as fast with no call.)
 */
function splitWords(text: string, from: number, to: number): number {
  let hash = wordHashes[0]!;
  let length = wordLengths[0]!;
  let inWord = length > 0 ? 1 : 0;
  let n = 0;
  for (let i = from; i < to; i++) {
    const read = reads[text.charCodeAt(i)]!;
    if (read > NOT_WORD) return read;
    const unitInWord = (read - NOT_WORD) >>> 31;
    n += inWord & (unitInWord ^ 1);
    inWord = unitInWord;
    hash = Math.imul(hashStep(hash, read), unitInWord);
    length = Math.imul(length + 1, unitInWord);
    wordEnds[n] = i + 1;
    wordHashes[n] = hash;
    wordLengths[n] = length;
  }
  return n;
}

/**
 * `splitWords` for a block with units that fold to nothing (German and Czech sites hyphenate
 * softly): such a unit stays in the word it is in and leaves its hash and length as they are. Rare
 * enough to branch on each unit. Returns the words closed, or the read of a unit not met yet or
 * beyond the 16-bit range.
 */
function splitWordsFolding(text: string, from: number, to: number): number {
  let hash = wordHashes[0]!;
  let length = wordLengths[0]!;
  let n = 0;
  for (let i = from; i < to; i++) {
    const read = reads[text.charCodeAt(i)]!;
    if (read === NOTHING) {
      if (length > 0) wordEnds[n] = i + 1;
      continue;
    }
    if (read > NOTHING) return read;
    if (read === NOT_WORD) {
      if (length > 0) n++;
      hash = length = 0;
    } else {
      hash = hashStep(hash, read);
      length++;
    }
    wordEnds[n] = i + 1;
    wordHashes[n] = hash;
    wordLengths[n] = length;
  }
  return n;
}

/**
 * Splits a block with `split`, the word carried from the block before in slot 0 (its end, hash and
 * length), learning first the block's units not met yet if it meets one.
 */
function splitLearning(split: typeof splitWords, text: string, from: number, to: number, carriedEnd: number, carriedHash: number, carriedLength: number): number {
  for (let learnt = false; ; learnt = true) {
    wordEnds[0] = carriedEnd;
    wordHashes[0] = carriedHash;
    wordLengths[0] = carriedLength;
    const n = split(text, from, to);
    if (n !== UNKNOWN || learnt) return n;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (reads[code] === UNKNOWN) learn(code);
    }
  }
}

/** The names the words so far lead to, which the next word may continue (the "The" of "The Insider"): kept from block to block. */
interface Walk {
  open: TrieNode[];
  next: TrieNode[];
  openCount: number;
}

/**
 * Whether `text` (or its part `[from, to)`) may name an item of the index, with `named` the items
 * named in full before it; false only when it cannot. A page's pieces are read in place: a slice of
 * the page's text would be read through an indirection, unit by unit.
 *
 * The text is read in blocks: a block is split into words first (`splitWords`), then its words are
 * looked at (`wordsMayName`). Each loop is a function of its own: the engine compiled a loop inside
 * a larger function on its own, while it ran, and left that code at the loop's end on every call.
 */
export function mayName(exact: ExactIndex, nearMiss: NearMissIndex, text: string, named: ReadonlySet<string> = new Set(), from = 0, to = text.length): boolean {
  const walk: Walk = { open: [], next: [], openCount: 0 };
  /** Whether a unit that folds to nothing was met: then a word's start is found by walking back. */
  let nothing = false;
  // The word being read at a block's end, which goes on in the next: its end, hash and length.
  let carriedEnd = 0;
  let carriedHash = 0;
  let carriedLength = 0;
  for (let blockStart = from; blockStart < to; ) {
    const blockEnd = Math.min(to, blockStart + BLOCK);
    let n = splitLearning(splitWords, text, blockStart, blockEnd, carriedEnd, carriedHash, carriedLength);
    if (n === NOTHING) {
      nothing = true;
      n = splitLearning(splitWordsFolding, text, blockStart, blockEnd, carriedEnd, carriedHash, carriedLength);
    }
    // A character beyond the 16-bit range (rare in news prose) is left to the matcher's own words.
    if (n === SURROGATE) return true;
    // The words closed in this block, and at the text's end the one being read.
    const closed = blockEnd === to && wordLengths[n]! > 0 ? n + 1 : n;
    if (wordsMayName(exact, nearMiss, text, named, closed, nothing, walk)) return true;
    carriedEnd = wordEnds[n]!;
    carriedHash = wordHashes[n]!;
    carriedLength = wordLengths[n]!;
    blockStart = blockEnd;
  }
  return false;
}

/** Whether one of the first `closed` words of the block in the words' arrays may be (or end) a name; `nothing`, whether units that fold to nothing were met. */
function wordsMayName(exact: ExactIndex, nearMiss: NearMissIndex, text: string, named: ReadonlySet<string>, closed: number, nothing: boolean, walk: Walk): boolean {
  const root = exact.root.next;
  const hashed = exact.hashedRoot;
  const cache = cachesOf(exact);
  const { answers } = cache;
  for (let k = 0; k < closed; k++) {
    const end = wordEnds[k]!;
    const wordLength = wordLengths[k]!;
    const wordHash = wordHashes[k]!;
    const start = nothing ? startOf(text, end, wordLength) : end - wordLength;
    const firstCode = text.charCodeAt(start);
    const first = reads[firstCode]!;
    let second: number | undefined;
    if (wordLength > 1) {
      let at = start + 1;
      while ((second = reads[text.charCodeAt(at)]!) === NOTHING) at++;
    }
    // Its first two units as its pair code (tokens.ts, `pairCode`).
    const pair = pairCode(first, second);
    let mayStart = true;
    if (hashed) {
      const at = 3 * ((wordHash ^ pair) & (ANSWERS - 1));
      // A pair beyond 31 bits (a first unit from U+8000) is kept wrapped, as the typed array holds it.
      if (answers[at] === wordHash && answers[at + 1] === (pair | 0) && answers[at + 2] !== 0) mayStart = answers[at + 2] === 2;
      else {
        mayStart = hashed.mayHold(pair, wordHash);
        answers[at] = wordHash;
        answers[at + 1] = pair;
        answers[at + 2] = mayStart ? 2 : 1;
      }
    }
    const capital = isCapital(firstCode);
    const mayBeNearMiss = capital && nearMissLength(nearMiss, wordLength);
    if (!mayStart && walk.openCount === 0 && !mayBeNearMiss) continue;
    let word: string | undefined;
    let count = 0;
    let fresh: TrieNode | null = null;
    const { open, next } = walk;
    if (mayStart) {
      const kept = cache.roots.get(wordHash, text, start, end, MISS);
      if (kept === MISS) cache.roots.set(wordHash, (word ??= wordOf(text, start, end)), (fresh = root.get(word) ?? null));
      else fresh = kept;
    }
    if (fresh) {
      if (mayBe(fresh, capital, wordLength, named)) return true;
      next[count++] = fresh;
    }
    for (let j = 0; j < walk.openCount; j++) {
      const node = open[j]!;
      if (node.hasKeyHash?.(wordHash) === false) continue;
      const further = node.next.get((word ??= wordOf(text, start, end)));
      if (!further) continue;
      if (mayBeLonger(further, named)) return true;
      next[count++] = further;
    }
    walk.open = next;
    walk.next = open;
    walk.openCount = count;
    if (mayBeNearMiss) {
      let target = cache.nearMisses.get(wordHash, text, start, end, MISS);
      if (target === MISS) cache.nearMisses.set(wordHash, (word ??= wordOf(text, start, end)), (target = nearMissOf(nearMiss, word) ?? null));
      if (target !== null) return true;
    }
  }
  return false;
}
