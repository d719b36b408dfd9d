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
 * to build natively, took four times as long to parse as this takes to load.)
 *
 * Loading makes nothing until a page needs it: the root's keys by the letter pair they begin
 * with, a node when a key leads to it, its keys and entries when the match reaches it. So that
 * JSON.parse does not build what a page never reads either, the entries, the lists of endings, the
 * nodes and the root's groups are each one packed string (JSON parses a long string far faster than
 * the arrays it would hold), split when first read: 100 times the dataset parses in a fraction of
 * the time. The content script's part (`gateOf`) is not parsed at all: the build writes it as an
 * object literal of those few strings (lib/cli/matcher-index-plugin.ts).
 */
import type { AliasEntry, BuiltNode, ExactIndex, HashedRoot, TrieNode } from './alias-index';
import type { ClaimRule } from './claims';
import { type BuiltGivenNames, type GivenNames, givenForms } from './given-names';
import { foldedWords, pairCode, wordHash } from '../text/tokens';
import type { NearMissTargets } from './near-miss';

/** Bumped when the format changes: a build never loads another version's index. */
export const COMPILED_VERSION = 6;

/** Separators of the packed strings (printable, so that the bundle needs no escapes for them): no alias, key or id holds them. */
const LINE = '\n';
const RECORD = '|';
const UNIT = '^';
/** Separator of the items of a packed list: the lists of endings, the nodes, the root's groups. */
const ITEM = '~';

/** Entry flags, one bit each, by their place in this list. */
const FLAGS = ['namesake', 'caseSensitive', 'capitalised', 'capitalBase', 'needsContext', 'listedInflected'] as const;

/** One alias entry: the item's number in `ids`, the alias, flags, its cue set's number (or -1). Its folded words are made again from the alias. */
type CompiledEntry = [id: number, text: string, flags: number, cues: number];

/** Keys from one node to one child: their common beginning, the number of their list of endings. */
type CompiledEdges = [prefix: string, endings: number, child: number];

/** One node: its entries' numbers, and its keys by child. */
type CompiledNode = [entries: number[], edges: CompiledEdges[]];

export interface CompiledIndex {
  version: number;
  aliasCount: number;
  ids: string[];
  /** The entries (CompiledEntry), one a line, their fields split by UNIT. */
  entries: string;
  cues: string[][];
  /** Lists of key endings, each joined by "\n" (the empty ending is the prefix itself), the lists joined by ITEM. */
  endings: string;
  /** The nodes (CompiledNode), joined by ITEM: each its entries' numbers joined by commas, then its edges, all split by RECORD (an edge's fields by UNIT). Node 0 is the root; its keys are in `rootGroups`. */
  nodes: string;
  /**
   * The root's keys, grouped by their first two letters (the whole key if shorter): a page looks
   * every word up at the root, but its words begin with a fraction of the letter pairs that the
   * keys begin with, so only those groups are ever made. Each group is its letters, RECORD and its
   * packed edges; the groups are joined by ITEM.
   */
  rootGroups: string;
  /** Near-miss targets: folded word, the person's number in `ids`. */
  nearMiss: Array<[word: string, id: number]>;
  given: { own: Array<[id: number, names: string]>; all: string; titles: string };
  /** The claims' ids, items and patterns (their texts are the card kit's). */
  claims: ClaimRule[];
}

/** The parts of a built index that `compile` stores. */
export interface IndexParts<Node extends TrieNode = TrieNode, Given extends GivenNames = GivenNames> {
  exact: ExactIndex<Node>;
  nearMiss: NearMissTargets;
  given: Given;
  claims: readonly ClaimRule[];
}

/** Edges packed in a string: each split from the next by RECORD, its fields by UNIT. */
const packEdges = (edges: readonly CompiledEdges[]): string => edges.map((e) => e.join(UNIT)).join(RECORD);
const unpackEdges = (packed: string): CompiledEdges[] =>
  packed ? packed.split(RECORD).map((e) => e.split(UNIT)).map(([prefix, list, child]) => [prefix!, Number(list), Number(child)]) : [];

/** A node packed: its entries' numbers, then its edges. */
const packNode = ([entries, edges]: CompiledNode): string => `${entries.join(',')}${RECORD}${packEdges(edges)}`;
function unpackNode(packed: string): CompiledNode {
  const cut = packed.indexOf(RECORD);
  const entries = packed.slice(0, cut);
  return [entries ? entries.split(',').map(Number) : [], unpackEdges(packed.slice(cut + 1))];
}

/** Throws on a string that holds one of the separators or of the escapes of `ascii`: the packed form would split it or misread it. */
function packable(value: string): string {
  if (/[\n|^]/.test(value)) throw new Error(`Backgrounder: cannot compile ${JSON.stringify(value)}, which holds a line break, "|" or "^"`);
  if (/[!#%]/.test(value)) throw new Error(`Backgrounder: cannot compile ${JSON.stringify(value)}, which holds "!", "#" or "%", the escapes of the packed form`);
  return value;
}

/**
 * The packed strings are written in ASCII, two characters a Cyrillic letter: the build writes the
 * content script in ASCII only (WXT has esbuild escape every other character), and a Cyrillic letter
 * of a key there was a six-character `\u0436`, 40 kB of the content script's 126 kB, which the
 * engine scans and decodes before the script can run (compiling the gate's part took 0.99 ms in Node
 * so, 0.56 ms packed). A letter from U+0400 to U+047F is "!" or "#" and a digit of `DIGITS`; any
 * other character beyond ASCII is "%" and four hexadecimal digits. The separators are ASCII, so a
 * packed string is split as written and `unpack` undoes the packing of each piece (a group, a node,
 * an entry, a list of endings) the first time it is read: a page reads a few of thousands (all of
 * them at once took 1.2–3.4 ms in Node).
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOW_CYRILLIC = 0x400;
const HIGH_CYRILLIC = 0x440;
const CYRILLIC_END = 0x480;

function ascii(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out += char;
    else if (code >= LOW_CYRILLIC && code < HIGH_CYRILLIC) out += `!${DIGITS[code - LOW_CYRILLIC]}`;
    else if (code >= HIGH_CYRILLIC && code < CYRILLIC_END) out += `#${DIGITS[code - HIGH_CYRILLIC]}`;
    else if (code <= 0xffff) out += `%${code.toString(16).padStart(4, '0')}`;
    else throw new Error(`Backgrounder: cannot compile ${JSON.stringify(value)}, which holds a character beyond the 16-bit range`);
  }
  return out;
}

const ESCAPED = /[!#][A-Za-z0-9+/]|%[0-9a-f]{4}/g;
/** A packed string as written before `ascii`. */
function unpack(packed: string): string {
  return packed.replace(ESCAPED, (escape) =>
    String.fromCharCode(escape[0] === '%' ? parseInt(escape.slice(1), 16) : (escape[0] === '!' ? LOW_CYRILLIC : HIGH_CYRILLIC) + DIGITS.indexOf(escape[1]!)),
  );
}

/** A key, checked for the separators of the lists it is packed into too. */
function packableKey(key: string): string {
  if (key.includes(ITEM)) throw new Error(`Backgrounder: cannot compile the key ${JSON.stringify(key)}, which holds "${ITEM}"`);
  return packable(key);
}

/** The root group a key (or a word looked up) falls in: its first two letters. */
const groupOf = (key: string): string => key.slice(0, 2);

/** Keys to `child`s as compiled edges: each child's keys as their common beginning and a list of endings. */
function edgesOf(byChild: ReadonlyMap<number, string[]>, endingsOf: (list: string) => number): CompiledEdges[] {
  return [...byChild].map(([child, keys]) => {
    const prefix = commonPrefix(keys);
    return [prefix, endingsOf(keys.map((k) => k.slice(prefix.length)).join('\n')), child];
  });
}

/** The longest beginning all `words` share. */
function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Turns built index parts into plain data (JSON-safe). */
export function compile({ exact, nearMiss, given, claims }: IndexParts<BuiltNode, BuiltGivenNames>): CompiledIndex {
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
    if (foldedWords(e.text).join(' ') !== e.folded) throw new Error(`Backgrounder: the alias ${JSON.stringify(e.text)} does not fold to its words`);
    entryNumbers.set(e, (n = entries.push([idOf(e.entityId), packable(e.text), flags, cue]) - 1));
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
  /** Keys by the number of the child they lead to. */
  const byChild = (keys: Iterable<[string, BuiltNode]>): Map<number, string[]> => {
    const grouped = new Map<number, string[]>();
    for (const [key, child] of keys) {
      const n = nodeNumbers.get(child)!;
      const same = grouped.get(n);
      if (same) same.push(packableKey(key));
      else grouped.set(n, [packableKey(key)]);
    }
    return grouped;
  };
  // The root's keys go to their letter pair's group; every other node keeps its own.
  const rootKeys = new Map<string, Array<[string, BuiltNode]>>();
  for (const [key, child] of exact.root.next) {
    const group = rootKeys.get(groupOf(key));
    if (group) group.push([key, child]);
    else rootKeys.set(groupOf(key), [[key, child]]);
  }
  for (const node of queue) nodes.push([node.entries.map(entryOf), node === exact.root ? [] : edgesOf(byChild(node.next), endingsOf)]);
  // Before the lists of endings are joined: the root's groups add lists of their own.
  const rootGroups = [...rootKeys].map(([group, keys]) => `${group}${RECORD}${packEdges(edgesOf(byChild(keys), endingsOf))}`).join(ITEM);
  return {
    version: COMPILED_VERSION,
    aliasCount: exact.aliasCount,
    ids,
    entries: ascii(entries.map((e) => e.join(UNIT)).join(LINE)),
    cues,
    endings: ascii(endings.join(ITEM)),
    nodes: ascii(nodes.map(packNode).join(ITEM)),
    rootGroups: ascii(rootGroups),
    nearMiss: [...nearMiss].map(([word, id]) => [word, idOf(id)]),
    given: {
      own: [...given.bases].map(([id, names]) => [idOf(id), [...names].join('\n')]),
      all: [...given.all].join('\n'),
      titles: [...given.titles].join('\n'),
    },
    claims: [...claims],
  };
}

/** A node of a loaded index: its keys and entries made the first time the match reaches it. */
class LoadedNode implements TrieNode {
  #keys: Keys | undefined;
  #entries: AliasEntry[] | undefined;
  #hashes: ReadonlySet<number> | undefined;
  constructor(
    private readonly makeKeys: () => Keys,
    private readonly makeEntries: () => AliasEntry[],
    private readonly makeHashes: () => ReadonlySet<number>,
  ) {}
  readonly next = { get: (word: string) => (this.#keys ??= this.makeKeys()).get(word) };
  get entries(): AliasEntry[] {
    return (this.#entries ??= this.makeEntries());
  }
  hasKeyHash(hash: number): boolean {
    return (this.#hashes ??= this.makeHashes()).has(hash);
  }
}

/** A node's keys: the child a word leads to. */
type Keys = TrieNode['next'];

/** The root's keys of one letter pair: their hashes, which the gate asks before it makes a word, and the keys, read when a word is looked up. */
interface RootGroup {
  keys(): Keys;
  /** Puts the group's hashes in the root's set, the first time only. */
  hash(): void;
}

const NO_KEYS: Keys = { get: () => undefined };
/** The group of a letter pair that no key begins with. */
const NO_GROUP: RootGroup = { keys: () => NO_KEYS, hash: () => undefined };

/**
 * A set of 32-bit numbers in two typed arrays (open addressing): a page puts thousands of key hashes
 * in, and a Set's entries cost several times as much to add.
 */
class Int32Set {
  #values = new Int32Array(1 << 12);
  #used = new Uint8Array(1 << 12);
  #size = 0;
  /** Fibonacci hashing: the top bits of the value times 2^32/φ, as many as the table has slots. */
  #shift = 32 - 12;

  add(value: number): void {
    if (this.#size * 2 >= this.#values.length) this.#grow();
    const mask = this.#values.length - 1;
    let slot = Math.imul(value, 0x9e3779b1) >>> this.#shift;
    while (this.#used[slot] === 1) {
      if (this.#values[slot] === value) return;
      slot = (slot + 1) & mask;
    }
    this.#values[slot] = value;
    this.#used[slot] = 1;
    this.#size++;
  }

  has(value: number): boolean {
    const mask = this.#values.length - 1;
    let slot = Math.imul(value, 0x9e3779b1) >>> this.#shift;
    while (this.#used[slot] === 1) {
      if (this.#values[slot] === value) return true;
      slot = (slot + 1) & mask;
    }
    return false;
  }

  #grow(): void {
    const values = this.#values;
    const used = this.#used;
    this.#values = new Int32Array(values.length * 2);
    this.#used = new Uint8Array(values.length * 2);
    this.#shift--;
    this.#size = 0;
    for (let slot = 0; slot < values.length; slot++) if (used[slot] === 1) this.add(values[slot]!);
  }
}

/** How a group's edges become keys and hashes (made in `load`, which holds the nodes and the lists of endings). */
interface EdgeReader {
  keysOf(edges: readonly CompiledEdges[]): Keys;
  addHashes(edges: readonly CompiledEdges[], into: { add(hash: number): unknown }): void;
}

/**
 * The root, which every word of a page is looked up in: its groups of keys made the first time
 * a word of their letter pair comes, found by the pair's character codes so that a look-up makes
 * no string. A group's hashes go into one set for all groups the first time the gate asks one of
 * them (it asks for every word; another group's key of the same hash only sends a word to the real
 * look-up); its keys, and the nodes they lead to, only when a word is looked up for real. The full
 * matcher only looks words up: hashing a group there as well made its first calls in a tab just
 * opened take 30 ms and more (a group of thousands of case forms, in code not yet compiled).
 */
function rootOf(groups: CompiledIndex['rootGroups'], reader: EdgeReader): TrieNode & HashedRoot {
  const made = new Map<number, RootGroup>();
  const held = new Int32Set();
  /** Each group's packed edges by its letters, split from the list the first time a word is looked up. */
  let byLetters: Map<string, string> | undefined;
  const packedGroups = (): Map<string, string> =>
    (byLetters ??= new Map(
      (groups ? groups.split(ITEM) : []).map((group) => {
        const cut = group.indexOf(RECORD);
        return [group.slice(0, cut), group.slice(cut + 1)];
      }),
    ));
  const groupAt = (pair: number): RootGroup => {
    let group = made.get(pair);
    if (!group) {
      const second = pair % 0x10000;
      const key = String.fromCharCode((pair - second) / 0x10000) + (second ? String.fromCharCode(second) : '');
      // The groups' letters are kept packed as written (`ascii`): the few a page asks for are packed to look them up.
      const packed = packedGroups().get(ascii(key));
      if (packed) {
        const edges = unpackEdges(unpack(packed));
        let keys: Keys | undefined;
        let hashed = false;
        group = {
          keys: () => (keys ??= reader.keysOf(edges)),
          hash() {
            if (hashed) return;
            hashed = true;
            reader.addHashes(edges, held);
          },
        };
      } else group = NO_GROUP;
      made.set(pair, group);
    }
    return group;
  };
  return {
    next: { get: (word) => groupAt(pairCode(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : undefined)).keys().get(word) },
    entries: [],
    mayHold(pair, hash) {
      groupAt(pair).hash();
      return held.has(hash);
    },
  };
}

/** Each person's given names in every case form, made from their base forms the first time a near miss of theirs is weighed. */
function ownGivenNames(lists: ReadonlyMap<string, string>): GivenNames['own'] {
  const made = new Map<string, ReadonlySet<string>>();
  return {
    has: (id) => lists.has(id),
    get(id) {
      let names = made.get(id);
      const list = names ? undefined : lists.get(id);
      if (list !== undefined) made.set(id, (names = givenForms(list ? list.split('\n') : [])));
      return names;
    },
  };
}

/** The exact index and near-miss targets back from plain data, what the gate reads (find-mentions.ts `loadGateIndex`); throws on another version's index. */
export function loadExact(compiled: CompiledIndex): Pick<IndexParts, 'exact' | 'nearMiss'> {
  if (compiled.version !== COMPILED_VERSION) throw new Error(`Backgrounder: the matcher index is version ${compiled.version}, not ${COMPILED_VERSION}: rebuild the extension`);
  const { ids } = compiled;
  const cues: Array<ReadonlySet<string> | undefined> = [];
  const entries: Array<AliasEntry | undefined> = [];
  /** Entry `n`, made on first use: a page needs the entries of the names it has, not all of them. */
  /** The entries' lines, split the first time an entry is read. */
  let entryLines: string[] | undefined;
  const entryAt = (n: number): AliasEntry => {
    const made = entries[n];
    if (made) return made;
    const [id, text, flagBits, cueText] = unpack((entryLines ??= compiled.entries.split(LINE))[n]!).split(UNIT) as [string, string, string, string];
    const flags = Number(flagBits);
    const cue = Number(cueText);
    const has = (flag: (typeof FLAGS)[number]) => (flags & (1 << FLAGS.indexOf(flag))) !== 0;
    const entry: AliasEntry = {
      entityId: ids[Number(id)]!,
      text,
      folded: foldedWords(text).join(' '),
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
  /** Each list of endings, split when first read. */
  const endings: Array<readonly string[] | undefined> = [];
  /** The lists of endings and the packed nodes, split from their strings when first read (JSON.parse then makes a handful of strings, not thousands). */
  let endingLists: string[] | undefined;
  let packedNodes: string[] | undefined;
  const endingsAt = (list: number): readonly string[] => (endings[list] ??= unpack((endingLists ??= compiled.endings.split(ITEM))[list]!).split('\n'));
  /** The nodes made so far: a node is made when a key that leads to it is, which for most nodes most pages never do. */
  const nodes: Array<TrieNode | undefined> = [];
  const nodeAt = (n: number): TrieNode => {
    const made = nodes[n];
    if (made) return made;
    let node: CompiledNode | undefined;
    const unpacked = () => (node ??= unpackNode(unpack((packedNodes ??= compiled.nodes.split(ITEM))[n]!)));
    const hashes = () => {
      const made = new Set<number>();
      addHashes(unpacked()[1], made);
      return made;
    };
    return (nodes[n] = new LoadedNode(() => keysOf(unpacked()[1]), () => unpacked()[0].map(entryAt), hashes));
  };
  /** Each list of endings as a set, made when first read. */
  const endingSets: Array<ReadonlySet<string> | undefined> = [];
  /**
   * Keys read from their beginnings and endings: a word is matched against the edges, and the answer
   * kept. No key is made, nor any node but the one a word leads to: a group or node holds up to
   * hundreds of keys, and a page looks up a few.
   */
  const keysOf = (edges: readonly CompiledEdges[]): Keys => {
    const answers = new Map<string, TrieNode | undefined>();
    return {
      get(word) {
        if (answers.has(word)) return answers.get(word);
        let found: TrieNode | undefined;
        for (const [prefix, list, child] of edges) {
          if (!word.startsWith(prefix)) continue;
          const set = (endingSets[list] ??= new Set(endingsAt(list)));
          if (set.has(word.slice(prefix.length))) {
            found = nodeAt(child);
            break;
          }
        }
        answers.set(word, found);
        return found;
      },
    };
  };
  /**
   * Each list's endings as what they add to a hash: the hash is a polynomial, so a key's is its
   * beginning's times 31 to the ending's length, plus the ending's own (tokens.ts, `hashStep`).
   * Made once a list, which many groups share.
   */
  const endingHashes: Array<{ factors: number[]; hashes: number[] } | undefined> = [];
  const endingHashesAt = (list: number) => {
    let made = endingHashes[list];
    if (!made) {
      const all = endingsAt(list);
      made = { factors: [], hashes: [] };
      for (const ending of all) {
        let factor = 1;
        for (let i = 0; i < ending.length; i++) factor = Math.imul(factor, 31);
        made.factors.push(factor);
        made.hashes.push(wordHash(ending));
      }
      endingHashes[list] = made;
    }
    return made;
  };
  /** Puts the hashes of the keys in `into`, no key made. */
  const addHashes = (edges: readonly CompiledEdges[], into: { add(hash: number): unknown }): void => {
    for (const [prefix, list] of edges) {
      const start = wordHash(prefix);
      const { factors, hashes } = endingHashesAt(list);
      for (let k = 0; k < factors.length; k++) into.add((Math.imul(start, factors[k]!) + hashes[k]!) | 0);
    }
  };
  const root = rootOf(compiled.rootGroups, { keysOf, addHashes });
  nodes[0] = root;
  return {
    exact: { root, aliasCount: compiled.aliasCount, hashedRoot: root },
    nearMiss: new Map(compiled.nearMiss.map(([word, id]) => [word, ids[id]!])),
  };
}

/** Loads every part of a compiled index (`loadExact`, and the given names and claims the full matcher reads). */
export function load(compiled: CompiledIndex): IndexParts {
  const { ids } = compiled;
  const lines = (s: string) => (s ? s.split('\n') : []);
  return {
    ...loadExact(compiled),
    given: {
      own: ownGivenNames(new Map(compiled.given.own.map(([id, names]) => [ids[id]!, names]))),
      all: new Set(lines(compiled.given.all)),
      titles: new Set(lines(compiled.given.titles)),
    },
    claims: compiled.claims,
  };
}

/** What only the full matcher reads of a compiled index: the entries' texts, cues, given names and claims. */
export type IndexRest = Pick<CompiledIndex, 'entries' | 'cues' | 'given' | 'claims'>;

/** Entry flags whose checks read the alias's text (exact.ts): the gate asks them too (gate.ts). */
const TEXT_FLAGS = ['caseSensitive', 'capitalised', 'capitalBase'] as const;

/**
 * The index as the gate needs it (gate.ts), which a page loads at once: the graph, the near-miss
 * targets, and of each entry its item and flags, with its text only where a flag reads it. A page
 * where a piece passes the gate loads the rest (`restOf`) and joins them (`joined`).
 */
export function gateOf(compiled: CompiledIndex): CompiledIndex {
  const textBits = TEXT_FLAGS.reduce((bits, flag) => bits | (1 << FLAGS.indexOf(flag)), 0);
  const entries = compiled.entries
    .split(LINE)
    .map((line) => {
      const [id, text, flags] = line.split(UNIT) as [string, string, string];
      return [id, Number(flags) & textBits ? text : '', flags, -1].join(UNIT);
    })
    .join(LINE);
  return { ...compiled, entries, cues: [], given: { own: [], all: '', titles: '' }, claims: [] };
}

/** The rest of `compiled`, beside its gate's. */
export function restOf({ entries, cues, given, claims }: CompiledIndex): IndexRest {
  return { entries, cues, given, claims };
}

/** The whole index again from its gate's part and the rest. */
export function joined(gate: CompiledIndex, rest: IndexRest): CompiledIndex {
  return { ...gate, ...rest };
}
