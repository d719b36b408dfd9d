/**
 * Extract → match → mark for one part of a page (the whole body, or the blocks a mutation
 * touched), written once as a generator that pauses whenever the caller's slice is used up:
 * the content script drives it in slices that yield to the reader, tests and Node in one go.
 */
import { type FullMatcher, fullMatcher, type MatcherIndex } from '../match/find-mentions';
import { mayName } from '../match/gate';
import { countByItem } from '../match/mention';
import { canHighlight, createMarks, type Mark, type Marks, marksFor } from './marks';
import { BLOCK_BREAK, DEFAULT_BUDGET, type ExcludeElement, startExtraction, type TextBudget } from './page-text';

/** Characters matched at once: well under a millisecond of exact matching, and a bounded number of first-time near-miss look-ups, so that a slice stops soon after its time is up. */
const CHUNK_CHARS = 2000;
/**
 * The first piece of a part at most, and each next one twice the one before, up to `CHUNK_CHARS`:
 * in a tab just opened the matcher's code runs before the engine has compiled it, ten times slower
 * than later (a 2,000-character piece took one slice of 40–75 ms there, Chromium 156).
 */
const FIRST_CHUNK_CHARS = 250;
/**
 * What one call of the full matcher aims to take. A slice holds several, and whether it is used up is
 * asked after each: in a tab just opened the matcher's first calls, doubling in size, still took
 * 10–16 ms each and stretched slices of 8 ms to 13–75 ms (traced, Chromium 156). Each next window is
 * what the call before matched in this time, at most twice it.
 */
const CALL_MS = 2;
/** The smallest window: a block at least is matched at once whatever the window (blockCut), and a call costs something of its own. */
const MIN_WINDOW = 100;

/** The window to match next after a call matched `chars` characters in `ms`: `CALL_MS` at that rate, between `MIN_WINDOW` and twice `window`, at most `size`. */
export function nextWindow(window: number, chars: number, ms: number, size = CHUNK_CHARS): number {
  const inTime = ms > 0 ? Math.floor((chars * CALL_MS) / ms) : Number.POSITIVE_INFINITY;
  return Math.max(MIN_WINDOW, Math.min(size, window * 2, inTime));
}

/** What one part of a page is: its marks, or over budget. */
export type PartScan = { status: 'marked'; marks: Mark[]; shadowRoots: readonly ShadowRoot[]; frames: readonly Element[] } | { status: 'too-large' };

/**
 * The matcher a page scans with: the gate's index at once, and the full matcher, which a page whose
 * pieces all fail the gate never needs (the content script loads it then, lib/page/matcher-kit.ts).
 */
export interface PageMatcher {
  gate: MatcherIndex;
  /** The full matcher, or its loading. */
  full(): FullMatcher | Promise<FullMatcher>;
}

/** A matcher whose full index is at hand: Node's, the tests', the benchmarks'. */
export const matcherOf = (index: MatcherIndex): PageMatcher => {
  const full = fullMatcher(index);
  return { gate: index, full: () => full };
};

/** What a scan yields: nothing when its slice is used up, or the full index's loading, to wait for. */
export type ScanStep = undefined | Promise<unknown>;

/** How to scan: what to leave out, the text budget, and when the slice is used up. */
export interface ScanOptions {
  exclude: ExcludeElement;
  budget?: TextBudget;
  /** Whether to pause for the reader now; never, by default. */
  shouldYield?: () => boolean;
  /** Items named in full elsewhere on the page (their short forms may match here); grows as this part names more. */
  named?: Set<string>;
  /** Items never marked on this page: the outlet on its own site. */
  ignore?: ReadonlySet<string>;
  /** Also mark the sentences that state a corrected claim. */
  claims?: boolean;
}

/**
 * The pieces of `text` to match one at a time: whole blocks where they fit, a long block cut
 * between sentences. They grow from `first` characters to `size`; a piece smaller than `size` ends
 * at the first block break after it rather than between sentences, so that the small first pieces
 * add cuts only where a name never runs on.
 */
export function* chunksOf(text: string, size = CHUNK_CHARS, first = FIRST_CHUNK_CHARS): Generator<{ start: number; end: number }> {
  let start = 0;
  let window = Math.min(first, size);
  while (start < text.length) {
    let end = Math.min(text.length, start + window);
    if (end < text.length) {
      // Best at a block break, else at the end of a sentence, else at a space: a name never spans
      // these. Each is looked for in this piece only, and only if the one before is not there: a
      // long text without breaks is not read back to its start for every piece.
      const last = (mark: string, within = window) => text.slice(start, start + within + mark.length).lastIndexOf(mark);
      const block = last(BLOCK_BREAK);
      let cut = block > 0 ? start + block : -1;
      if (cut < 0 && window < size) {
        const next = text.indexOf(BLOCK_BREAK, start + window);
        if (next >= 0 && next <= start + size) cut = next;
      }
      if (cut < 0) {
        const stop = last('. ', size);
        if (stop >= 0) cut = start + stop + 1;
      }
      if (cut <= start) {
        const space = last(' ', size);
        if (space > 0) cut = start + space;
      }
      end = cut > start ? cut : Math.min(text.length, start + size);
    }
    yield { start, end };
    start = end;
    window = Math.min(size, window * 2);
  }
}

/**
 * Where a piece from `start` (before `end`) ends when at most about `window` characters of it are
 * to be matched at once: at the last block break inside the window, else at the next one, else at
 * `end`. It cuts only where a name never runs on (chunksOf), so that matching in such pieces finds
 * what matching all of `start`–`end` at once finds.
 */
export function blockCut(text: string, start: number, end: number, window: number): number {
  if (start + window >= end) return end;
  const last = text.lastIndexOf(BLOCK_BREAK, start + window);
  if (last > start) return last;
  const next = text.indexOf(BLOCK_BREAK, start + window);
  return next >= 0 && next < end ? next : end;
}

/**
 * Scans `root`, pausing (yielding) whenever `shouldYield` says so, and once for the full index if
 * the page has a piece that passes the gate and the index is not at hand; returns the marks to add.
 */
export function* scanPart(root: Node, matcher: PageMatcher, options: ScanOptions): Generator<ScanStep, PartScan> {
  const { exclude, budget = DEFAULT_BUDGET, shouldYield = () => false, named = new Set<string>(), ignore, claims = false } = options;
  const extraction = startExtraction(root, exclude, budget);
  while (!extraction.step(shouldYield)) yield;
  const page = extraction.result();
  if (!page) return { status: 'too-large' };
  const marks: Mark[] = [];
  let full: FullMatcher | undefined;
  // The matcher's first runs in a page are its slowest (in Firefox a page's scripts start in the
  // interpreter again, and a first piece of 2,000 characters took 17–25 ms of exact matching):
  // wherever the first piece that passes the gate comes, it is matched a few blocks at a time, as
  // many as the calls before say fit in CALL_MS.
  let window = FIRST_CHUNK_CHARS;
  for (const piece of chunksOf(page.text)) {
    if (!mayName(matcher.gate.exact, matcher.gate.nearMiss, page.text, named, piece.start, piece.end)) {
      if (shouldYield()) yield;
      continue;
    }
    if (!full) {
      const asked = matcher.full();
      if (asked instanceof Promise) yield asked.then((loaded) => void (full = loaded));
      else full = asked;
    }
    for (let start = piece.start; start < piece.end; ) {
      const end = blockCut(page.text, start, piece.end, window);
      const began = performance.now();
      const mentions = full!.mentions(page.text.slice(start, end), { named, claims, ignore }).map((m) => ({ ...m, start: m.start + start, end: m.end + start }));
      window = nextWindow(window, end - start, performance.now() - began);
      marks.push(...marksFor(page, mentions));
      start = end;
      if (shouldYield()) yield;
    }
  }
  return { status: 'marked', marks, shadowRoots: extraction.shadowRoots(), frames: extraction.frames() };
}

/** Runs a scan generator to its end without pausing: its matcher must have the full index at hand. */
export function runAtOnce<T>(steps: Generator<ScanStep, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value) throw new Error('Backgrounder: a scan run at once has to wait for its index');
  }
}

/** What a whole-page scan did: the marks it made, or why it made none. */
export type ScanResult =
  | { status: 'marked'; marks: Marks; counts: Array<{ id: string; count: number }> }
  /** Over the text budget: skipped, so as not to stall the reader's tab. */
  | { status: 'too-large' }
  /** No CSS Custom Highlight API: marking would mean changing the page's DOM, which we never do. */
  | { status: 'unsupported' };

/** Scans and marks the whole of `root` in one go (tests and simple callers; the content script slices). */
export function scanPage(root: Node, index: MatcherIndex, exclude: ExcludeElement, budget: TextBudget = DEFAULT_BUDGET): ScanResult {
  if (!canHighlight()) return { status: 'unsupported' };
  const part = runAtOnce(scanPart(root, matcherOf(index), { exclude, budget }));
  if (part.status === 'too-large') return part;
  const marks = createMarks(root.ownerDocument ?? (root as Document));
  marks.add(part.marks);
  return { status: 'marked', marks, counts: countByItem(marks.list.map((m) => m.mention)) };
}
