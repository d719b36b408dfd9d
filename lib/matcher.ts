/**
 * The alias index and matcher: one pass over the text for all aliases of the dataset,
 * through a trie of normalised tokens built once per dataset. A mention is always whole
 * words, and the longest alias starting at a word wins.
 */
import type { Alias, Dataset, Entity, Incident } from '../data/schema';
import type { Mention } from './mention';
import { fold, normalize, toOriginal } from './normalize';

interface AliasEntry {
  entityId: string;
  text: string;
  caseSensitive: boolean;
  /** Only after a full name of the same item appeared earlier in the text. */
  needsContext: boolean;
  how: Mention['how'];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

/** A compiled dataset, ready to match many texts. */
export interface MatcherIndex {
  root: TrieNode;
  aliasCount: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between two words of one name: spaces, one line break, a hyphen or a dot. */
const JOINABLE_GAP = /^[ \t.-]{0,3}\n?[ \t]{0,2}$/;
const MARKS = /\p{M}/gu;

function tokens(folded: string): Array<{ start: number; end: number; word: string }> {
  return [...folded.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
}

type Spelling = Exclude<Alias, string>;

/** The spellings to index for an entity or incident; listed flags win over the bare canonical name. */
function spellingsOf(item: Entity | Incident): Spelling[] {
  const listed = Object.values(item.aliases ?? {})
    .flat()
    .map((a) => (typeof a === 'string' ? { text: a } : a));
  // The canonical name is a spelling too, unless an alias lists it with flags (GRU is case-sensitive).
  if (!('name' in item) || listed.some((a) => a.text === item.name)) return listed;
  return [{ text: item.name }, ...listed];
}

/**
 * Builds the index for every alias of every entity and incident (incidents are matched by
 * their own labels: "MH17", "Skripal poisoning"). Cost grows with the aliases, once.
 */
export function buildIndex(dataset: Dataset): MatcherIndex {
  const root: TrieNode = { next: new Map(), entries: [] };
  let aliasCount = 0;
  for (const item of [...dataset.entities, ...dataset.incidents]) {
    for (const alias of spellingsOf(item)) {
      const words = tokens(fold(alias.text));
      if (words.length === 0) continue;
      let node = root;
      for (const { word } of words) {
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { next: new Map(), entries: [] }));
        node = child;
      }
      if (node.entries.some((e) => e.entityId === item.id && e.text === alias.text)) continue;
      node.entries.push({
        entityId: item.id,
        text: alias.text,
        caseSensitive: alias.caseSensitive === true,
        needsContext: alias.needsContext === true,
        how: alias.inflected === true ? 'inflected' : 'exact',
      });
      aliasCount++;
    }
  }
  return { root, aliasCount };
}

function sameCase(original: string, alias: string): boolean {
  const strip = (s: string) => s.normalize('NFD').replace(MARKS, '');
  return strip(original) === strip(alias);
}

/** Finds every mention of a dataset entity in `text`; offsets are into `text`. */
export function findMentions(index: MatcherIndex, text: string): Mention[] {
  const normalized = normalize(text);
  const words = tokens(normalized.text);
  const mentions: Mention[] = [];
  // Items already named in full: their context-dependent short forms may now match.
  const named = new Set<string>();
  let i = 0;
  while (i < words.length) {
    let node: TrieNode | undefined = index.root;
    let best: { last: number; entry: AliasEntry } | undefined;
    for (let j = i; j < words.length; j++) {
      node = node.next.get(words[j]!.word);
      if (!node) break;
      const span = toOriginal(normalized, words[i]!.start, words[j]!.end);
      const entry = node.entries.find(
        (e) =>
          (!e.needsContext || named.has(e.entityId)) &&
          (!e.caseSensitive || sameCase(text.slice(span.start, span.end), e.text)),
      );
      if (entry) best = { last: j, entry };
      const next = words[j + 1];
      if (!next || !JOINABLE_GAP.test(normalized.text.slice(words[j]!.end, next.start))) break;
    }
    if (best) {
      const span = toOriginal(normalized, words[i]!.start, words[best.last]!.end);
      mentions.push({ ...span, entityId: best.entry.entityId, alias: best.entry.text, how: best.entry.how });
      if (!best.entry.needsContext) named.add(best.entry.entityId);
      i = best.last + 1;
    } else {
      i++;
    }
  }
  return mentions;
}
