/**
 * What `npm run bench:browser` runs inside each page (bundled by esbuild into one script): the
 * floor, the floor with normalisation, mark.js in its documented use and in its best use, and
 * Backgrounder's own pass and its parts, each on the same page in the same run. Exposed as
 * `globalThis.backgrounderBench`.
 */
import Mark from 'mark.js';
import type { CompiledIndex } from '../../lib/match/compiled';
import { findMentions, loadIndex, type MatcherIndex } from '../../lib/match/find-mentions';
import { extractText } from '../../lib/page/page-text';
import { scanPage } from '../../lib/page/scan';
import { HIGHLIGHT_NAME, QUIET_NAME } from '../../lib/page/marks';

/** A sample is at least this long: the browser's clock is coarse (0.1 ms in Chromium), so fast work is repeated within one sample. */
const MIN_SAMPLE_MS = 5;
/**
 * Every method runs this long before its samples: the engine optimises a function after many calls
 * and compiles it on another thread, and a method of a few calls a sample (a large page's pass)
 * would otherwise be sampled half in unoptimised code. The first run, cold, is timed apart.
 */
const WARM_MS = 50;

/** A method to time: its work, and what must come before each call of it, timed apart and taken off. */
interface Method {
  work: () => unknown;
  setup?: () => void;
}

/**
 * Median milliseconds per call of each method over `runs` samples, once each has run for `WARM_MS`.
 * A sample times its calls in one span (the clock is too coarse for one fast call), and the time
 * of the setups alone, timed the same way, is taken off. The methods' samples take turns (one of
 * each, then the next round), so that the machine's slow moments (another process, a collection
 * of the page's) fall on all of them alike, not on whichever ran then: the ratios between them are
 * what the targets read.
 */
function timedTogether(runs: number, methods: readonly Method[]): number[] {
  const span = ({ work, setup }: Method, reps: number, withWork: boolean): number => {
    const start = performance.now();
    for (let i = 0; i < reps; i++) {
      setup?.();
      if (withWork) work();
    }
    return performance.now() - start;
  };
  const reps = methods.map((method) => {
    const warmUntil = performance.now() + WARM_MS;
    while (performance.now() < warmUntil) span(method, 1, true);
    // How many calls make a sample long enough to time.
    let n = 1;
    while (span(method, n, true) < MIN_SAMPLE_MS && n < 1024) n *= 2;
    return n;
  });
  const times = methods.map((): number[] => []);
  for (let run = 0; run < runs; run++)
    methods.forEach((method, m) => times[m]!.push(Math.max(0, span(method, reps[m]!, true) - (method.setup ? span(method, reps[m]!, false) : 0)) / reps[m]!));
  return times.map((samples) => samples.sort((a, b) => a - b)[samples.length >> 1]!);
}

/** `timedTogether` for one method. */
const timed = (runs: number, work: () => unknown, setup?: () => void): number => timedTogether(runs, [{ work, setup }])[0]!;

/** The floor: a TreeWalker reading every text node. */
function floor(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
  return chars;
}

/** The floor with what any matcher must do to each node: lowercase it and strip its diacritics. */
function floorNormalised(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (walker.nextNode()) chars += (walker.currentNode as Text).data.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').length;
  return chars;
}

const notOurs = () => false;
let index: MatcherIndex | undefined;
let aliases: string[] = [];
const kept: MatcherIndex[] = [];

/** A fresh copy of the page's body to mark (mark.js changes the DOM), kept out of the timing. */
function freshCopy(): HTMLElement {
  const copy = document.body.cloneNode(true) as HTMLElement;
  return copy;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface PageFigures {
  chars: number;
  floorMs: number;
  normalisedMs: number;
  extractMs: number;
  matchMs: number;
  passMs: number;
  marks: number;
  markRegExpMs: number;
  /** mark.js's documented use, and whether it was cut off at the cap and extrapolated. */
  markJsMs: number;
  markJsExtrapolated: boolean;
  /** The first run on the page, as a reader's page load has it: a fresh index and code the engine has not optimised yet (one call each, so to the clock's grain). */
  firstNormalisedMs: number;
  firstPassMs: number;
}

(globalThis as { backgrounderBench?: unknown }).backgrounderBench = {
  /** Loads an index (compiled JSON) and the aliases mark.js looks for; returns the milliseconds the load took. */
  load(json: string, aliasList: string[]): number {
    const start = performance.now();
    index = loadIndex(JSON.parse(json) as CompiledIndex);
    const ms = performance.now() - start;
    aliases = aliasList;
    return ms;
  },
  /** Every method on this page, `runs` times each (mark.js's documented use under `capMs`). */
  measure(runs: number, capMs: number): PageFigures {
    const root = document.body;
    // First, before anything has run here: the normalised floor and our pass, once each.
    let start = performance.now();
    floorNormalised(root);
    const firstNormalisedMs = performance.now() - start;
    start = performance.now();
    scanPage(root, index!, notOurs);
    const firstPassMs = performance.now() - start;
    CSS.highlights.delete(HIGHLIGHT_NAME);
    CSS.highlights.delete(QUIET_NAME);
    const chars = floor(root);
    const text = extractText(root, notOurs)?.text ?? '';
    let marks = 0;
    const clear = () => {
      CSS.highlights.delete(HIGHLIGHT_NAME);
      CSS.highlights.delete(QUIET_NAME);
    };
    const [floorMs, normalisedMs, extractMs, matchMs, passMs] = timedTogether(runs, [
      { work: () => floor(root) },
      { work: () => floorNormalised(root) },
      { work: () => extractText(root, notOurs) },
      { work: () => findMentions(index!, text) },
      {
        work: () => {
          const result = scanPage(root, index!, notOurs);
          if (result.status === 'marked') marks = result.marks.list.length;
        },
        setup: clear,
      },
    ]) as [number, number, number, number, number];
    clear();
    // mark.js, when given the aliases to look for.
    let markRegExpMs = NaN;
    let markJsMs = NaN;
    let done = 0;
    if (aliases.length > 0) {
      const alternation = new RegExp(aliases.map(escape).sort((a, b) => b.length - a.length).join('|'), 'gi');
      let copy = freshCopy();
      markRegExpMs = timed(
        Math.min(runs, 3),
        () => new Mark(copy).markRegExp(alternation, { acrossElements: false }),
        () => (copy = freshCopy()),
      );
      // The documented use, alias by alias, until the cap: beyond it the rest is extrapolated.
      copy = freshCopy();
      start = performance.now();
      const instance = new Mark(copy);
      for (const alias of aliases) {
        instance.mark(alias, { accuracy: 'exactly', diacritics: true, separateWordSearch: false });
        done++;
        if (performance.now() - start > capMs) break;
      }
      markJsMs = ((performance.now() - start) * aliases.length) / done;
    }
    return {
      chars,
      floorMs,
      normalisedMs,
      extractMs,
      matchMs,
      passMs,
      marks,
      markRegExpMs,
      markJsMs,
      markJsExtrapolated: done < aliases.length,
      firstNormalisedMs,
      firstPassMs,
    };
  },
  /**
   * Loads another index (compiled JSON, a larger dataset's) beside the one loaded, and times the pass
   * with each, their samples taking turns: returns the other's load in milliseconds and both passes.
   */
  against(json: string, runs: number): { loadMs: number; passMs: number; otherPassMs: number } {
    const start = performance.now();
    const other = loadIndex(JSON.parse(json) as CompiledIndex);
    const loadMs = performance.now() - start;
    const root = document.body;
    const clear = () => {
      CSS.highlights.delete(HIGHLIGHT_NAME);
      CSS.highlights.delete(QUIET_NAME);
    };
    const [passMs, otherPassMs] = timedTogether(runs, [
      { work: () => scanPage(root, index!, notOurs), setup: clear },
      { work: () => scanPage(root, other, notOurs), setup: clear },
    ]) as [number, number];
    clear();
    return { loadMs, passMs, otherPassMs };
  },
  /** Loads `copies` more copies of an index and keeps them, for the heap one index holds. */
  keep(json: string, copies: number): void {
    for (let i = 0; i < copies; i++) kept.push(loadIndex(JSON.parse(json) as CompiledIndex));
  },
  /** Drops the loaded and kept indexes. */
  unload: () => void ((index = undefined), (kept.length = 0)),
};
