/**
 * The content script itself (entrypoints/content): with the gate's index loaded as its modules were
 * evaluated (lib/page/gate-load.ts), it records `backgrounder:ready`, then in a task of its own
 * imports the page kit and starts it. It carries only this and the gate's part of the index, so
 * that its first task on a page is short (lib/page/page-kit.ts): the extension's services
 * (storage, valibot, messages) are the kit's.
 */
import { extensionUrl } from '../ext/resources';
import type { LoadedGate } from './gate-load';
import type { KitSlot } from './kits';
import type { Boot, ContentContext, PageKit } from './page-kit';
import { yieldToMain } from './slicer';

/**
 * User Timing: the content script's start, the span from it to an index ready to match, and the
 * span from it to WXT's call of our main (the index, then the polyfill's and WXT's context's first
 * touch of the extension's API).
 */
export const START_MARK = 'backgrounder:start';
export const READY_MEASURE = 'backgrounder:ready';
export const SETUP_MEASURE = 'backgrounder:setup';

/** The kit of `slot`, importing its script into this realm first if it has not run yet (kits.ts). */
export async function importKit<T>(slot: KitSlot<T>): Promise<T> {
  if (!slot.installed()) await import(/* @vite-ignore */ extensionUrl(slot.script));
  const kit = slot.installed();
  if (!kit) throw new Error(`Backgrounder: ${slot.script} ran but did not install itself`);
  return kit;
}

/** What the entrypoint supplies. */
export interface BootOptions extends Omit<Boot, 'gate'> {
  /** The gate's part of the matcher's index, compiled at build time (lib/match/compiled.ts `gateOf`) and loaded. */
  gate: LoadedGate;
  /** The page kit (lib/page/page-kit.ts), as `importKit` loads it. */
  pageKit(): Promise<PageKit>;
  /** When the script began to run (lib/page/script-start.ts); by default, when the gate was ready (a test that loaded it beforehand). */
  scriptStart?: number;
}

/** Starts Backgrounder on the current page; settles once the kit has set it up (the first pass follows in slices). */
export async function bootContentScript(ctx: ContentContext, { gate: { compiled, index, readyAt }, pageKit, scriptStart, ...boot }: BootOptions): Promise<void> {
  const called = performance.now();
  const started = performance.mark(START_MARK, { startTime: scriptStart ?? readyAt }).startTime;
  performance.measure(READY_MEASURE, { start: started, end: readyAt });
  performance.measure(SETUP_MEASURE, { start: started, end: called });
  // Asking for a script costs the main thread milliseconds of its own (8 ms in a browser just
  // started): it is asked in a task after this one, and fetched and compiled off the main thread.
  await yieldToMain();
  return (await pageKit()).start(ctx, { ...boot, gate: { compiled, index } });
}
