/**
 * The matcher kit: what only a page with a piece that passes the gate needs (the entries' texts, the
 * cue words, the given names and the claims, lib/match/compiled.ts `restOf`), as a script of its own
 * (entrypoints/matcher-kit.ts) that the content script imports then and that installs itself in the
 * content script's isolated world, as the card kit does (card-kit.ts). Most pages name nobody and
 * never load it.
 */
import type { MatcherIndex } from '../match/find-mentions';
import { extensionUrl } from '../ext/resources';

export interface MatcherKit {
  /** The full index, from the gate's part (a CompiledIndex as JSON, which the content script carries) and the kit's rest. */
  index(gate: string): MatcherIndex;
}

const KIT = Symbol.for('backgrounder.matcher-kit');

/** Called by the kit's script: makes the kit available to the content script of this realm. */
export function installMatcherKit(kit: MatcherKit): void {
  (globalThis as { [KIT]?: MatcherKit })[KIT] = kit;
}

/** The kit's script: web-accessible for import(), like the card kit's. */
const KIT_SCRIPT = '/matcher-kit.js';

/** The kit, importing its script into this realm first if it has not run yet. */
export async function loadMatcherKit(): Promise<MatcherKit> {
  if (!(globalThis as { [KIT]?: MatcherKit })[KIT]) await import(/* @vite-ignore */ extensionUrl(KIT_SCRIPT));
  const kit = (globalThis as { [KIT]?: MatcherKit })[KIT];
  if (!kit) throw new Error('Backgrounder: the matcher kit ran but did not install itself');
  return kit;
}
