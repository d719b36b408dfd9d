/**
 * The alias index and matcher: one pass over the text for all aliases of the dataset,
 * through a graph of normalised tokens built once per dataset. A mention is always whole
 * words, and the longest alias starting at a word wins. Declined forms are index keys that
 * lead to the same node as their base word, so inflection costs nothing at match time.
 */
import type { Dataset } from '../data/schema';
import { findNearMisses } from './fuzzy';
import { ACRONYM_ENDINGS_RU, inflections } from './inflect';
import type { Mention } from './mention';
import { fold, normalize, toOriginal } from './normalize';
import { type Spelling, spellingsOf } from './spellings';

interface AliasEntry {
  /** The item's id; empty for a namesake, which blocks its span and reports nothing. */
  entityId: string;
  text: string;
  /** The alias's own folded words, to tell a base form from a declined one. */
  folded: string;
  caseSensitive: boolean;
  /** Only after a full name of the same item appeared earlier in the text. */
  needsContext: boolean;
  /** Listed in the data as a declined form. */
  listedInflected: boolean;
  /** Folded words of which one must stand near the mention, if any. */
  cues?: ReadonlySet<string>;
}

/** How many words either side a cue word may stand. */
const CUE_WINDOW = 40;

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

/** A compiled dataset, ready to match many texts. */
export interface MatcherIndex {
  root: TrieNode;
  /** Aliases indexed (namesakes not counted). */
  aliasCount: number;
  /** Folded single words of the aliases that a near miss may be corrected to (see fuzzy.ts). */
  fuzzyWords: Map<string, string>;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between two words of one name: spaces, one line break, a hyphen or a dot. */
const JOINABLE_GAP = /^[ \t.-]{0,3}\n?[ \t]{0,2}$/;
const MARKS = /\p{M}/gu;
const CYRILLIC_ACRONYM = /^[\u0400-\u04FF]{2,5}$/;

/** The words of a folded text with their offsets. */
export function tokens(folded: string): Array<{ start: number; end: number; word: string }> {
  return [...folded.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
}

/** The keys a word of an alias may be met as: itself first, then its declined forms. */
function keysFor(word: string, alias: Spelling, inName: boolean): string[] {
  if (alias.caseSensitive) {
    // Russian acronyms decline as words do: МИДа, МИДом.
    return CYRILLIC_ACRONYM.test(word) && alias.inflects !== false ? [word, ...ACRONYM_ENDINGS_RU.map((e) => word + e)] : [word];
  }
  if (alias.inflects === false || alias.inflected) return [word];
  return [word, ...inflections(word, inName ? 3 : 4)];
}

/**
 * Adds one alias. Each word position may be met under several keys; all keys of a position
 * lead to one node, so the index grows with the keys, not with their combinations.
 */
function insert(root: TrieNode, positions: string[][], entry: AliasEntry): boolean {
  let frontier = [root];
  for (const keys of positions) {
    const next = new Set<TrieNode>();
    for (const node of frontier) {
      let child = node.next.get(keys[0]!);
      if (!child) node.next.set(keys[0]!, (child = { next: new Map(), entries: [] }));
      next.add(child);
      for (const key of keys.slice(1)) {
        const existing = node.next.get(key);
        if (!existing) node.next.set(key, child);
        else if (existing !== child) next.add(existing);
      }
    }
    frontier = [...next];
  }
  let added = false;
  for (const node of frontier) {
    if (node.entries.some((e) => e.entityId === entry.entityId && e.text === entry.text)) continue;
    node.entries.push(entry);
    added = true;
  }
  return added;
}

/**
 * Builds the index for every alias of every entity and incident (incidents are matched by
 * their own labels: "MH17", "Skripal poisoning"), and for the namesakes that must never be
 * taken for them. Cost grows with the aliases, once per dataset.
 */
export function buildIndex(dataset: Dataset): MatcherIndex {
  const root: TrieNode = { next: new Map(), entries: [] };
  const fuzzyWords = new Map<string, string>();
  let aliasCount = 0;
  const add = (id: string, alias: Spelling, isPerson = false) => {
    const words = tokens(fold(alias.text)).map((t) => t.word);
    if (words.length === 0) return;
    const entry: AliasEntry = {
      entityId: id,
      text: alias.text,
      folded: words.join(' '),
      caseSensitive: alias.caseSensitive === true,
      needsContext: alias.needsContext === true,
      listedInflected: alias.inflected === true,
      ...(alias.cues ? { cues: new Set(alias.cues.map(fold)) } : {}),
    };
    if (insert(root, words.map((w) => keysFor(w, alias, words.length > 1)), entry) && id) aliasCount++;
    // Near misses are corrected only towards people's own one-word names in their base form
    // (see fuzzy.ts): a place or organisation one letter away is too often another place or a
    // common word, and a surname that needs context alone must not slip in through a typo.
    const [word] = words;
    if (isPerson && words.length === 1 && word!.length >= 6 && !entry.caseSensitive && !entry.needsContext && !alias.cover && !alias.inflected)
      fuzzyWords.set(word!, id);
  };
  for (const item of [...dataset.entities, ...dataset.incidents]) {
    const isPerson = 'kind' in item && item.kind === 'person';
    for (const alias of spellingsOf(item)) add(item.id, alias, isPerson);
    for (const namesake of 'namesakes' in item ? (item.namesakes ?? []) : []) add('', { text: namesake });
  }
  return { root, aliasCount, fuzzyWords };
}

/** Case-sensitive aliases match in their own capitals, with a Russian case ending at most (МИДа). */
function sameCase(original: string, alias: string): boolean {
  const strip = (s: string) => s.normalize('NFD').replace(MARKS, '');
  const o = strip(original);
  const a = strip(alias);
  return o.startsWith(a) && o.length - a.length <= 2 && o.slice(a.length) === o.slice(a.length).toLowerCase();
}

/** Whether a cue word stands within the window around words `i`..`j`. */
function hasCue(words: ReturnType<typeof tokens>, i: number, j: number, cues: ReadonlySet<string>): boolean {
  const from = Math.max(0, i - CUE_WINDOW);
  const to = Math.min(words.length, j + CUE_WINDOW + 1);
  for (let k = from; k < to; k++) if (k < i || k > j ? cues.has(words[k]!.word) : false) return true;
  return false;
}

/** The longest alias starting at word `i`, if any. */
function longestAt(
  index: MatcherIndex,
  text: string,
  normalized: ReturnType<typeof normalize>,
  words: ReturnType<typeof tokens>,
  i: number,
  named: ReadonlySet<string>,
): { last: number; entry: AliasEntry } | undefined {
  let node: TrieNode | undefined = index.root;
  let best: { last: number; entry: AliasEntry } | undefined;
  for (let j = i; j < words.length; j++) {
    node = node.next.get(words[j]!.word);
    if (!node) break;
    if (node.entries.length > 0) {
      const span = toOriginal(normalized, words[i]!.start, words[j]!.end);
      const original = text.slice(span.start, span.end);
      const fits = node.entries.filter(
        (e) =>
          (!e.needsContext || named.has(e.entityId)) &&
          (!e.caseSensitive || sameCase(original, e.text)) &&
          (!e.cues || hasCue(words, i, j, e.cues)),
      );
      // A namesake wins a tie: "Dmitry Nikolayevich Peskov" is not the Kremlin's spokesman.
      const entry = fits.find((e) => e.entityId === '') ?? fits[0];
      if (entry) best = { last: j, entry };
    }
    const next = words[j + 1];
    if (!next || !JOINABLE_GAP.test(normalized.text.slice(words[j]!.end, next.start))) break;
  }
  return best;
}

/**
 * Finds every mention of a dataset item in `text`: exact and declined forms first, then
 * near misses among the words left over. Offsets are into `text`, in text order.
 */
export function findMentions(index: MatcherIndex, text: string): Mention[] {
  const normalized = normalize(text);
  const blocked: Array<{ start: number; end: number }> = [];
  const folded = tokens(normalized.text);
  const exact = findExactMentions(index, text, normalized, blocked, folded);
  const words = folded.map((w) => ({ ...toOriginal(normalized, w.start, w.end), word: w.word }));
  const near = findNearMisses(index, text, words, [...exact, ...blocked]);
  return near.length === 0 ? exact : [...exact, ...near].sort((a, b) => a.start - b.start);
}

/** The exact and declined mentions only (no near misses); spans of namesakes go to `blocked`. */
export function findExactMentions(
  index: MatcherIndex,
  text: string,
  normalized = normalize(text),
  blocked: Array<{ start: number; end: number }> = [],
  words = tokens(normalized.text),
): Mention[] {
  const mentions: Mention[] = [];
  // Items already named in full: their context-dependent short forms may now match.
  const named = new Set<string>();
  let i = 0;
  while (i < words.length) {
    const first = i;
    const best = longestAt(index, text, normalized, words, first, named);
    if (!best) {
      i++;
      continue;
    }
    i = best.last + 1;
    const { entry } = best;
    const span = toOriginal(normalized, words[first]!.start, words[best.last]!.end);
    if (entry.entityId === '') {
      blocked.push(span);
      continue;
    }
    const matched = words.slice(first, best.last + 1).map((w) => w.word).join(' ');
    const how = entry.listedInflected || matched !== entry.folded ? 'inflected' : 'exact';
    mentions.push({ ...span, entityId: entry.entityId, alias: entry.text, how });
    if (!entry.needsContext) named.add(entry.entityId);
  }
  return mentions;
}
