/**
 * The matcher: exact and declined forms first, then near misses among the words left over
 * (STYLE.md, convention 2: exact first, fuzzy last, index once).
 */
import type { Dataset } from '../dataset/schema';
import { normalize, toOriginal } from '../text/normalize';
import { tokens } from '../text/tokens';
import { buildExactIndex, type ExactIndex } from './alias-index';
import { findExactMentions } from './exact';
import { buildGivenNames, type GivenNames, supportedNearMisses, withoutOtherGivenNames } from './given-names';
import type { Mention } from './mention';
import { buildNearMissIndex, findNearMisses, nearMissTargets, type NearMissIndex } from './near-miss';
import { compile, type CompiledIndex, type IndexParts, load, loadExact } from './compiled';
import { mayName } from './gate';
import { type ClaimIndex, type ClaimSpan, claimMentions, claimRules, findClaims, loadClaims } from './claims';

/** A compiled dataset, ready to match many texts. */
export interface MatcherIndex {
  exact: ExactIndex;
  nearMiss: NearMissIndex;
  /** The given names the dataset knows, which tell a namesake's surname from the person's. */
  given: GivenNames;
  /** Aliases indexed (namesakes not counted). */
  aliasCount: number;
  /** The claims that sentences may state. */
  claims: ClaimIndex;
}

/**
 * Compiles a dataset to plain data: every spelling, declined form and given name made here, once.
 * The build does it for the extension (wxt.config.ts); its cost grows with the aliases.
 */
export function compileIndex(dataset: Dataset): CompiledIndex {
  return compile({ exact: buildExactIndex(dataset), nearMiss: nearMissTargets(dataset), given: buildGivenNames(dataset), claims: claimRules(dataset.claims ?? []) });
}

/** A compiled index, ready to match (a few milliseconds: what a page load pays). */
export function loadIndex(compiled: CompiledIndex): MatcherIndex {
  const parts = load(compiled);
  return indexOf(parts, loadClaims(parts.claims));
}

/** A matcher's index of loaded parts and claims. */
const indexOf = ({ exact, nearMiss, given }: Omit<IndexParts, 'claims'>, claims: ClaimIndex): MatcherIndex => ({
  exact,
  nearMiss: buildNearMissIndex(nearMiss),
  given,
  aliasCount: exact.aliasCount,
  claims,
});

const NO_CLAIMS: ClaimIndex = { claims: [], anchors: new Set() };
/** The gate reads no given names (and its part of the index has none): their case forms are the full matcher's to make. */
const NO_GIVEN_NAMES: GivenNames = { own: new Map(), all: new Set(), titles: new Set() };

/**
 * The gate's part of a compiled index (which holds no claims and no given names), as the content
 * script loads it before the matcher kit: without `loadClaims` or the given names' case forms, so
 * that the claims' pattern compiler and the inflection rules are the kits' code, not the content
 * script's.
 */
export function loadGateIndex(compiled: CompiledIndex): MatcherIndex {
  return indexOf({ ...loadExact(compiled), given: NO_GIVEN_NAMES }, NO_CLAIMS);
}

/** Compiles and loads a dataset: Node's way (the CLI, tests, benchmarks), through the same loader as the extension's. */
export function buildIndex(dataset: Dataset): MatcherIndex {
  return loadIndex(compileIndex(dataset));
}

/** What to look for. */
export interface MatchOptions {
  /** Also correct near misses (Peskow, Navanly); on by default. */
  nearMisses?: boolean;
  /** The text is what the reader selected to look up: a near miss in it needs no other support. */
  selection?: boolean;
  /** Items named in full earlier on the page, carried from piece to piece of a page matched in pieces; grows as the text names more. */
  named?: Set<string>;
  /** The caller's gate (gate.ts) has let the text through already: it is not asked again. */
  gated?: boolean;
}

/** What a text holds: its names, and the sentences that state a corrected claim. */
export interface TextFindings {
  mentions: Mention[];
  claims: ClaimSpan[];
}

/**
 * Every mention of a dataset item in `text`, in text order, and with `claims`, the sentences that
 * state a claim; offsets are into `text`.
 */
export function scanText(index: MatcherIndex, text: string, { nearMisses = true, named, selection = false, claims = false, gated = false }: MatchOptions & { claims?: boolean } = {}): TextFindings {
  const seen = named ?? new Set<string>();
  if (!gated && !mayName(index.exact, index.nearMiss, text, seen)) return { mentions: [], claims: [] };
  const normalized = normalize(text);
  const folded = tokens(normalized.text);
  const { mentions: exact, blocked } = findExactMentions(index.exact, text, normalized, folded, seen);
  const words = { words: folded, toOriginal: (start: number, end: number) => toOriginal(normalized, start, end) };
  const candidates = nearMisses ? findNearMisses(index.nearMiss, text, folded, words.toOriginal, [...exact, ...blocked], (start) => normalized.starts[start] ?? 0) : [];
  const near = selection ? candidates : supportedNearMisses(candidates, text, words, index.given, seen);
  const all = near.length === 0 ? exact : [...exact, ...near].sort((a, b) => a.start - b.start);
  const mentions = withoutOtherGivenNames(all, text, words, index.given);
  return { mentions, claims: claims ? findClaims(index.claims, text, normalized.text, words.toOriginal, mentions) : [] };
}

/** How a page's piece that passed the gate is matched (lib/page/scan.ts). */
export interface PieceOptions {
  /** Items named in full before this piece; grows as it names more. */
  named: Set<string>;
  /** Also mark the sentences that state a corrected claim. */
  claims: boolean;
  /** Items never marked on this page. */
  ignore?: ReadonlySet<string>;
}

/**
 * The full matcher: the full index, and the matching of a page's piece with it. A page's scan
 * (lib/page/scan.ts) reads it from the matcher kit, which carries the matching code with the index's
 * rest, so that a page whose pieces all fail the gate never loads either.
 */
export interface FullMatcher {
  index: MatcherIndex;
  /** The names and claim sentences in a piece that passed the gate; offsets into `text`. */
  mentions(text: string, options: PieceOptions): Mention[];
}

export const fullMatcher = (index: MatcherIndex): FullMatcher => ({
  index,
  mentions(text, { named, claims, ignore }) {
    const found = scanText(index, text, { named, claims, gated: true });
    // A hidden kind's names are not marked, but still anchor the claims they are part of.
    return [...found.mentions.filter((m) => !ignore?.has(m.entityId)), ...claimMentions(found.claims)];
  },
});

/** Every mention of a dataset item in `text`, in text order; offsets are into `text`. */
export function findMentions(index: MatcherIndex, text: string, options: MatchOptions = {}): Mention[] {
  return scanText(index, text, options).mentions;
}
