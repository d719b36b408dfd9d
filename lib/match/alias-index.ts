/**
 * The alias index: a graph of folded tokens built once per dataset, for every alias of every
 * entity and incident and for the namesakes that must never be taken for them. Declined forms
 * are keys that lead to the same node as their base word, so inflection costs nothing at
 * match time.
 */
import type { Dataset } from '../dataset/schema';
import { type Spelling, spellingsOf } from '../dataset/spellings';
import { fold } from '../text/normalize';
import { CYRILLIC_RANGE } from '../text/scripts';
import { foldedWords } from '../text/tokens';
import { ACRONYM_ENDINGS_RU, inflections } from './inflect';

/** One spelling as the matcher needs it. */
export interface AliasEntry {
  /** The item the spelling belongs to (for a namesake: the item it must not be taken for). */
  entityId: string;
  /** A namesake blocks its span and reports nothing: "Dmitry Nikolayevich Peskov" is someone else. */
  namesake: boolean;
  text: string;
  /** The alias's own folded words, to tell a base form from a declined one. */
  folded: string;
  caseSensitive: boolean;
  /** A name that is also a common phrase: its capitalised words must be capitalised in the text. */
  capitalised: boolean;
  /**
   * A one-word proper name (Сочи, Praga): it names the item only with its capital, since the same
   * letters in lower case are often a word (Bulgarian "сочи", "indicates"; "на прага", "on the
   * threshold"), except in words made from it, which are written in lower case (путинской).
   */
  capitalBase: boolean;
  /** Only after a full name of the same item appeared earlier in the text. */
  needsContext: boolean;
  /** Listed in the data as a declined form. */
  listedInflected: boolean;
  /** Folded words of which one must stand near the mention, if any. */
  cues?: ReadonlySet<string>;
}

/** A word inside a multi-word name declines from three letters (Jana Hamáčka); alone, from four. */
const MIN_DECLINED_IN_NAME = 3;
const MIN_DECLINED_ALONE = 4;

/** A node of the alias graph: the words that may follow, and the aliases that end here. */
export interface TrieNode {
  next: { get(word: string): TrieNode | undefined };
  entries: AliasEntry[];
  /** False only when no key of this node has the `wordHash` (tokens.ts) `hash`, where the node can tell (a loaded one can): the gate asks before it makes a word. */
  hasKeyHash?(hash: number): boolean;
}

/** A node as the builder grows it: its keys can be listed, to compile them (compiled.ts). */
export interface BuiltNode extends TrieNode {
  next: Map<string, BuiltNode>;
}

/**
 * A root that tells, from a folded word's first two units (`pairCode`) and its `wordHash`, that no key
 * is that word, before the word is made (gate.ts); true may be a collision.
 */
export interface HashedRoot {
  mayHold(pair: number, hash: number): boolean;
}

/** The compiled aliases of a dataset, ready to match many texts. */
export interface ExactIndex<Node extends TrieNode = TrieNode> {
  root: Node;
  /** The root's keys by hash, where the index has them (a loaded one does). */
  hashedRoot?: HashedRoot;
  /** Aliases indexed (namesakes not counted). */
  aliasCount: number;
}

const CYRILLIC_ACRONYM = new RegExp(`^[${CYRILLIC_RANGE}]{2,5}$`);

/** The keys a word of an alias may be met as: itself first, then its declined forms. */
function keysFor(word: string, alias: Spelling, inName: boolean): string[] {
  if (alias.caseSensitive) {
    // Russian acronyms decline as words do: МИДа, МИДом.
    return CYRILLIC_ACRONYM.test(word) && alias.inflects !== false ? [word, ...ACRONYM_ENDINGS_RU.map((e) => word + e)] : [word];
  }
  if (alias.inflects === false || alias.inflected) return [word];
  return [word, ...(inName ? inflections(word, MIN_DECLINED_IN_NAME) : inflections(word, MIN_DECLINED_ALONE, true))];
}

/**
 * Adds one alias. Each word position may be met under several keys; all keys of a position
 * lead to one node, so the index grows with the keys, not with their combinations.
 */
function insert(root: BuiltNode, positions: string[][], entry: AliasEntry): boolean {
  let frontier = [root];
  for (const keys of positions) {
    const next = new Set<BuiltNode>();
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
export function buildExactIndex(dataset: Dataset): ExactIndex<BuiltNode> {
  const root: BuiltNode = { next: new Map(), entries: [] };
  let aliasCount = 0;
  const add = (id: string, alias: Spelling, namesake: boolean) => {
    const words = foldedWords(alias.text);
    if (words.length === 0) return;
    const entry: AliasEntry = {
      entityId: id,
      namesake,
      text: alias.text,
      folded: words.join(' '),
      caseSensitive: alias.caseSensitive === true,
      capitalised: alias.capitalised === true || (words.length > 1 && /^The\s/.test(alias.text)),
      capitalBase: words.length === 1 && !alias.caseSensitive && /^\p{Lu}/u.test(alias.text),
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
