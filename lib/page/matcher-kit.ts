/**
 * The matcher kit: what only a page with a piece that passes the gate needs (the entries' texts, the
 * cue words, the given names and the claims, lib/match/compiled.ts `restOf`, and the code that
 * matches with them, lib/match/find-mentions.ts `fullMatcher`), as a script of its own
 * (entrypoints/matcher-kit.ts) that the content script imports then and that installs itself in the
 * content script's isolated world, as the card kit does (card-kit.ts). Most pages name nobody and
 * never load it.
 */
import type { CompiledIndex } from '../match/compiled';
import type { FullMatcher } from '../match/find-mentions';
import { kitSlot } from './kits';

export interface MatcherKit {
  /** The full matcher, with the index made from the gate's part (which the content script carries) and the kit's rest. */
  matcher(gate: CompiledIndex): FullMatcher;
}

/** The kit's slot: its script (entrypoints/matcher-kit.ts) installs it there. */
export const matcherKitSlot = kitSlot<MatcherKit>('/matcher-kit.js');
export const installMatcherKit = matcherKitSlot.install;
