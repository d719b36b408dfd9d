/**
 * Main-thread time in slices: work checks `shouldYield()` often and, when its slice is used up,
 * awaits `yield()` so that the browser can paint and handle input before it goes on
 * (uBlock Origin and Dark Reader work the same way). It also keeps the figures that the scan
 * records: main-thread time used and the longest uninterrupted slice.
 */

/** A slice short enough that a reader never feels it, long enough that yielding costs little (uBlock: 4–8 ms). */
export const SLICE_MS = 8;

export interface Slicer {
  /** Whether the current slice is used up. */
  shouldYield(): boolean;
  /** Gives the main thread back (until `until` settles, if given, and then once more), then starts a new slice. */
  yield(until?: Promise<unknown>): Promise<void>;
  /** Ends the last slice; the figures are final afterwards. */
  finish(): void;
  /** Main-thread milliseconds used so far, over all slices. */
  readonly busyMs: number;
  /** The longest slice so far, in milliseconds. */
  readonly longestSliceMs: number;
}

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Yields to the event loop: `scheduler.yield()` where the browser has it (it keeps our place in the queue), else a macrotask. */
export function yieldToMain(view: typeof globalThis = globalThis): Promise<void> {
  const scheduler = (view as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message is a macrotask that, unlike setTimeout, is not clamped to 4 ms when nested.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

export function createSlicer(sliceMs: number = SLICE_MS, now: () => number = () => performance.now()): Slicer {
  let sliceStart = now();
  let busy = 0;
  let longest = 0;
  let open = true;
  const end = () => {
    if (!open) return;
    const length = now() - sliceStart;
    busy += length;
    longest = Math.max(longest, length);
    open = false;
  };
  return {
    shouldYield: () => now() - sliceStart >= sliceMs,
    async yield(until) {
      end();
      // What settles `until` (a kit's script run, the full index made) may have used the task it
      // settled in: the slice starts in a task of its own.
      if (until) await until;
      await yieldToMain();
      sliceStart = now();
      open = true;
    },
    finish: end,
    get busyMs() {
      return busy;
    },
    get longestSliceMs() {
      return longest;
    },
  };
}
