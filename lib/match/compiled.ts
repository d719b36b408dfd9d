/**
 * The matcher's index as plain data, compiled once at build time and loaded by the content script
 * in a few milliseconds, so that nothing is built per page load: no spellings romanized, no
 * inflections generated, no alias graph grown. `buildIndex` (find-mentions.ts) is `loadIndex` of
 * `compileIndex`, so Node, the tests and the extension run the same loader.
 *
 * The alias graph is a DAG (declined forms are extra keys to their base word's node), stored as
 * numbered nodes. The keys that lead from one node to the same child are a word and its declined
 * forms, so they are stored as their common beginning and a list of endings, and the lists, which
 * the inflection rules repeat, are stored once: the graph's 28,000 keys take a tenth of the space,
 * and loading is string joins and Map inserts, no rules run. (Keys as plain objects, for JSON.parse
 * to build natively, took four times as long to parse as this takes to load.) Lists of strings
 * are joined by a newline, which JSON parses faster than arrays of strings.
 */
import type { AliasEntry, BuiltNode, ExactIndex, TrieNode } from './alias-index';
import type { ClaimRule } from './claims';
import type { GivenNames } from './given-names';
import type { NearMissTargets } from './near-miss';

/** Bumped when the format changes: a build never loads another version's index. */
export const COMPILED_VERSION = 2;

/** Entry flags, one bit each, by their place in this list. */
const FLAGS = ['namesake', 'caseSensitive', 'capitalised', 'capitalBase', 'needsContext', 'listedInflected'] as const;

/** One alias entry: the item's number in `ids`, the alias, its folded words, flags, its cue set's number (or -1). */
type CompiledEntry = [id: number, text: string, folded: string, flags: number, cues: number];

/** Keys from one node to one child: their common beginning, the number of their list of endings. */
type CompiledEdges = [prefix: string, endings: number, child: number];

/** One node: its entries' numbers, and its keys by child. */
type CompiledNode = [entries: number[], edges: CompiledEdges[]];

export interface CompiledIndex {
  version: number;
  aliasCount: number;
  ids: string[];
  entries: CompiledEntry[];
  cues: string[][];
  /** Lists of key endings, each joined by "\n" (the empty ending is the prefix itself). */
  endings: string[];
  /** Node 0 is the root. */
  nodes: CompiledNode[];
  /** Near-miss targets: folded word, the person's number in `ids`. */
  nearMiss: Array<[word: string, id: number]>;
  given: { own: Array<[id: number, names: string]>; all: string; titles: string };
  /** The claims' ids, items and patterns (their texts are the card kit's). */
  claims: ClaimRule[];
}

/** The parts of a built index that `compile` stores. */
export interface IndexParts<Node extends TrieNode = TrieNode> {
  exact: ExactIndex<Node>;
  nearMiss: NearMissTargets;
  given: GivenNames;
  claims: readonly ClaimRule[];
}

/** The longest beginning all `words` share. */
function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Turns built index parts into plain data (JSON-safe). */
export function compile({ exact, nearMiss, given, claims }: IndexParts<BuiltNode>): CompiledIndex {
  const ids: string[] = [];
  const idNumbers = new Map<string, number>();
  const idOf = (id: string) => {
    let n = idNumbers.get(id);
    if (n === undefined) idNumbers.set(id, (n = ids.push(id) - 1));
    return n;
  };
  const entries: CompiledEntry[] = [];
  const entryNumbers = new Map<AliasEntry, number>();
  const cues: string[][] = [];
  const cueNumbers = new Map<ReadonlySet<string>, number>();
  const nodes: CompiledNode[] = [];
  const nodeNumbers = new Map<BuiltNode, number>();
  const endings: string[] = [];
  const endingNumbers = new Map<string, number>();
  const endingsOf = (list: string): number => {
    let n = endingNumbers.get(list);
    if (n === undefined) endingNumbers.set(list, (n = endings.push(list) - 1));
    return n;
  };

  const entryOf = (e: AliasEntry): number => {
    let n = entryNumbers.get(e);
    if (n !== undefined) return n;
    let cue = -1;
    if (e.cues) {
      cue = cueNumbers.get(e.cues) ?? -1;
      if (cue < 0) cueNumbers.set(e.cues, (cue = cues.push([...e.cues]) - 1));
    }
    const flags = FLAGS.reduce((bits, flag, i) => (e[flag] ? bits | (1 << i) : bits), 0);
    entryNumbers.set(e, (n = entries.push([idOf(e.entityId), e.text, e.folded, flags, cue]) - 1));
    return n;
  };
  // Numbers every node first (breadth-first from the root), then fills them in.
  const queue: BuiltNode[] = [exact.root];
  nodeNumbers.set(exact.root, 0);
  for (let i = 0; i < queue.length; i++) {
    for (const child of queue[i]!.next.values()) {
      if (nodeNumbers.has(child)) continue;
      nodeNumbers.set(child, queue.length);
      queue.push(child);
    }
  }
  for (const node of queue) {
    const byChild = new Map<BuiltNode, string[]>();
    for (const [key, child] of node.next) byChild.set(child, [...(byChild.get(child) ?? []), key]);
    const edges: CompiledEdges[] = [...byChild].map(([child, keys]) => {
      const prefix = commonPrefix(keys);
      return [prefix, endingsOf(keys.map((k) => k.slice(prefix.length)).join('\n')), nodeNumbers.get(child)!];
    });
    nodes.push([node.entries.map(entryOf), edges]);
  }
  return {
    version: COMPILED_VERSION,
    aliasCount: exact.aliasCount,
    ids,
    entries,
    cues,
    endings,
    nodes,
    nearMiss: [...nearMiss].map(([word, id]) => [word, idOf(id)]),
    given: {
      own: [...given.own].map(([id, names]) => [idOf(id), [...names].join('\n')]),
      all: [...given.all].join('\n'),
      titles: [...given.titles].join('\n'),
    },
    claims: [...claims],
  };
}

/** The parts back from plain data; throws on another version's index. */
export function load(compiled: CompiledIndex): IndexParts {
  if (compiled.version !== COMPILED_VERSION) throw new Error(`Backgrounder: the matcher index is version ${compiled.version}, not ${COMPILED_VERSION}: rebuild the extension`);
  const { ids } = compiled;
  const cues: Array<ReadonlySet<string> | undefined> = [];
  const entries: Array<AliasEntry | undefined> = [];
  /** Entry `n`, made on first use: a page needs the entries of the names it has, not all of them. */
  const entryAt = (n: number): AliasEntry => {
    const made = entries[n];
    if (made) return made;
    const [id, text, folded, flags, cue] = compiled.entries[n]!;
    const has = (flag: (typeof FLAGS)[number]) => (flags & (1 << FLAGS.indexOf(flag))) !== 0;
    const entry: AliasEntry = {
      entityId: ids[id]!,
      text,
      folded,
      namesake: has('namesake'),
      caseSensitive: has('caseSensitive'),
      capitalised: has('capitalised'),
      capitalBase: has('capitalBase'),
      needsContext: has('needsContext'),
      listedInflected: has('listedInflected'),
    };
    if (cue >= 0) entry.cues = cues[cue] ??= new Set(compiled.cues[cue]);
    return (entries[n] = entry);
  };
  const endings = compiled.endings.map((list) => list.split('\n'));
  const nodes: TrieNode[] = [];
  /** A node's keys, made from their beginnings and endings. */
  const keysOf = (n: number): Map<string, TrieNode> => {
    const next = new Map<string, TrieNode>();
    for (const [prefix, list, child] of compiled.nodes[n]![1]) {
      const node = nodes[child]!;
      for (const ending of endings[list]!) next.set(prefix + ending, node);
    }
    return next;
  };
  /**
   * Node `n`. The root's keys are read for every word of a page and are made now; the other
   * nodes' keys, and every node's entries, only once the match reaches them, which for most
   * nodes most pages never do.
   */
  const nodeAt = (n: number): TrieNode => {
    let next: ReadonlyMap<string, TrieNode> | undefined = n === 0 ? keysOf(0) : undefined;
    let own: AliasEntry[] | undefined;
    return {
      next: { get: (word) => (next ??= keysOf(n)).get(word) },
      get entries() {
        return (own ??= compiled.nodes[n]![0].map(entryAt));
      },
    };
  };
  for (let n = compiled.nodes.length - 1; n >= 0; n--) nodes[n] = nodeAt(n);
  const lines = (s: string) => (s ? s.split('\n') : []);
  return {
    exact: { root: nodes[0]!, aliasCount: compiled.aliasCount },
    nearMiss: new Map(compiled.nearMiss.map(([word, id]) => [word, ids[id]!])),
    given: {
      own: new Map(compiled.given.own.map(([id, names]) => [ids[id]!, new Set(lines(names))])),
      all: new Set(lines(compiled.given.all)),
      titles: new Set(lines(compiled.given.titles)),
    },
    claims: compiled.claims,
  };
}
