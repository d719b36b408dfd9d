/**
 * The gate's index, loaded as the content script's modules are evaluated: the entrypoint imports it
 * second (entrypoints/content/gate.ts), after script-start.ts and before the polyfill and WXT's
 * context, whose first touch of the extension's API (1.5–8.7 ms in a browser just started, 3–4 ms in
 * Firefox on any page) the index does not need. The work is the same; the index is ready before it.
 * This module and what it imports touch neither the DOM nor the extension's API.
 */
import type { CompiledIndex } from '../match/compiled';
import { loadGateIndex, type MatcherIndex } from '../match/find-mentions';

/** The gate's index as compiled and as loaded, and when it was ready (`performance.now()`). */
export interface LoadedGate {
  compiled: CompiledIndex;
  index: MatcherIndex;
  readyAt: number;
}

export function loadGate(compiled: CompiledIndex): LoadedGate {
  const index = loadGateIndex(compiled);
  return { compiled, index, readyAt: performance.now() };
}
