/**
 * Exact matching: one pass over the text for all aliases of the dataset, through a graph of
 * folded tokens built once per dataset. A mention is always whole words, and the longest
 * alias starting at a word wins. Declined forms are index keys that lead to the same node as
 * their base word, so inflection costs nothing at match time.
 */
import type { Dataset } from '../dataset/schema';
import { type Spelling, spellingsOf } from '../dataset/spellings';
import { fold, type Normalized, toOriginal } from '../text/normalize';
import { CYRILLIC_RANGE, stripMarks } from '../text/scripts';
import { type Token, tokens } from '../text/tokens';
import { ACRONYM_ENDINGS_RU, inflections } from './inflect';
import type { Mention } from './mention';

interface AliasEntry {
  /** The item the spelling belongs to (for a namesake: the item it must not be taken for). */
  entityId: string;
  /** A namesake blocks its span and reports nothing: "Dmitry Nikolayevich Peskov" is someone else. */
  namesake: boolean;
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

/** How many words either side a cue word may stand: about two sentences of news prose. */
const CUE_WINDOW = 40;
/** Case-sensitive acronyms are met with at most this many letters of case ending (МИДом). */
const MAX_ACRONYM_ENDING = 2;
/** A word inside a multi-word name declines from three letters (Jana Hamáčka); alone, from four. */
const MIN_DECLINED_IN_NAME = 3;
const MIN_DECLINED_ALONE = 4;

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

/** The compiled aliases of a dataset, ready to match many texts. */
export interface ExactIndex {
  root: TrieNode;
  /** Aliases indexed (namesakes not counted). */
  aliasCount: number;
}

/** What may stand between two words of one name: spaces, one line break, a hyphen or a dot. */
const JOINABLE_GAP = /^[ \t.-]{0,3}\n?[ \t]{0,2}$/;
const CYRILLIC_ACRONYM = new RegExp(`^[${CYRILLIC_RANGE}]{2,5}$`);

/** The keys a word of an alias may be met as: itself first, then its declined forms. */
function keysFor(word: string, alias: Spelling, inName: boolean): string[] {
  if (alias.caseSensitive) {
    // Russian acronyms decline as words do: МИДа, МИДом.
    return CYRILLIC_ACRONYM.test(word) && alias.inflects !== false ? [word, ...ACRONYM_ENDINGS_RU.map((e) => word + e)] : [word];
  }
  if (alias.inflects === false || alias.inflected) return [word];
  return [word, ...inflections(word, inName ? MIN_DECLINED_IN_NAME : MIN_DECLINED_ALONE)];
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
    if (node.entries.some((e) => e.entityId === entry.entityId && e.namesake === entry.namesake && e.text === entry.text)) continue;
    node.entries.push(entry);
    added = true;
  }
  return added;
}

/**
 * Indexes every alias of every entity and incident (incidents are matched by their own
 * labels: "MH17", "Skripal poisoning"), and the namesakes that must never be taken for them.
 */
export function buildExactIndex(dataset: Dataset): ExactIndex {
  const root: TrieNode = { next: new Map(), entries: [] };
  let aliasCount = 0;
  const add = (id: string, alias: Spelling, namesake: boolean) => {
    const words = tokens(fold(alias.text)).map((t) => t.word);
    if (words.length === 0) return;
    const entry: AliasEntry = {
      entityId: id,
      namesake,
      text: alias.text,
      folded: words.join(' '),
      caseSensitive: alias.caseSensitive === true,
      needsContext: alias.needsContext === true,
      listedInflected: alias.inflected === true,
      ...(alias.cues ? { cues: new Set(alias.cues.map(fold)) } : {}),
    };
    if (insert(root, words.map((w) => keysFor(w, alias, words.length > 1)), entry) && !namesake) aliasCount++;
  };
  for (const item of [...dataset.entities, ...dataset.incidents]) {
    for (const alias of spellingsOf(item)) add(item.id, alias, false);
    for (const namesake of 'namesakes' in item ? (item.namesakes ?? []) : []) add(item.id, { text: namesake }, true);
  }
  return { root, aliasCount };
}

/** Case-sensitive aliases match in their own capitals, with a Russian case ending at most (МИДа). */
function sameCase(original: string, alias: string): boolean {
  const o = stripMarks(original);
  const a = stripMarks(alias);
  const ending = o.slice(a.length);
  return o.startsWith(a) && ending.length <= MAX_ACRONYM_ENDING && ending === ending.toLowerCase();
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
      const fits = node.entries.filter(
        (e) =>
          (!e.needsContext || named.has(e.entityId)) &&
          (!e.caseSensitive || sameCase(original, e.text)) &&
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

/** Exact and declined mentions, in text order; offsets are into `text`. */
export function findExactMentions(index: ExactIndex, text: string, normalized: Normalized, words: readonly Token[]): ExactResult {
  const subject: Subject = { text, normalized, words };
  const mentions: Mention[] = [];
  const blocked: ExactResult['blocked'] = [];
  // Items already named in full: their context-dependent short forms may now match.
  const named = new Set<string>();
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
  return { mentions, blocked };
}
