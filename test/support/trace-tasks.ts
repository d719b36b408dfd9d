/**
 * The long tasks of a tab in a Chromium trace (`--trace-startup`, JSON), each with how much of it
 * was ours: a page's long tasks in a browser just started are mostly not (its first style and
 * layout, the navigation's commit, the test driver's own injected script), and the
 * PerformanceObserver that a page can run does not say whose a task was.
 *
 * The tab is the renderer thread that ran the content script. A task is the scheduler's
 * `RunTask`, the outermost where one runs inside another (`ThreadControllerImpl::RunTask` wraps
 * only some tasks: not the continuation of a `scheduler.yield()`, where a scan's slices run, and
 * reading it alone missed those). Ours in it: the compiling of our scripts (the content script's
 * `v8.compile`, the kits' `v8.compileModule`), and the CPU profile's samples (category
 * `disabled-by-default-v8.cpu_profiler`) with an extension's script on the stack, which take in
 * what our calls make the browser do (a layout they force, a style they change).
 */

/** The trace events this reads. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown> & { url?: string }; fileName?: string };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url: string };
}

/** A long task, from the content script's start (milliseconds), and our milliseconds in it. */
export interface TracedTask {
  atMs: number;
  ms: number;
  ourMs: number;
  /** The longest thing the task did, as the trace names it. */
  what: string;
  /** Our sampled milliseconds in it by script (the innermost of ours on the stack). */
  byScript: Record<string, number>;
}

const TASK = 'RunTask';
/** The trace's names for a task as a whole: never what a task did. */
const TASK_NAMES = new Set([TASK, 'ThreadControllerImpl::RunTask']);
const isOurs = (url: unknown): boolean => typeof url === 'string' && url.startsWith('chrome-extension://');
const urlOf = (e: TraceEvent): unknown => e.args?.data?.url ?? e.args?.fileName;

/** The tasks of at least `overMs` on the content script's thread from its start, with our share of each. */
export function longTasksIn(trace: { traceEvents: TraceEvent[] } | TraceEvent[], overMs = 50): TracedTask[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const start = events.find((e) => e.name === 'EvaluateScript' && String(urlOf(e)).endsWith('/content-scripts/content.js'));
  if (!start) throw new Error('the trace holds no run of the content script');
  const onThread = events.filter((e) => e.pid === start.pid && e.tid === start.tid);
  const spans = onThread.filter((e) => e.ph === 'X' && e.dur !== undefined);

  // Samples with our code on the stack, as [time, span] (µs, script), from the thread's CPU profile.
  const ourSamples: Array<[number, number, string]> = [];
  for (const profile of onThread.filter((e) => e.name === 'Profile')) {
    const nodes = new Map<number, ProfileNode>();
    const ours = new Map<number, string | null>();
    /** The script of ours innermost on the stack of node `id`, or null. */
    const ourScript = (id: number): string | null => {
      const known = ours.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const answer = node === undefined ? null : isOurs(node.callFrame.url) ? node.callFrame.url.split('/').pop()! : node.parent !== undefined ? ourScript(node.parent) : null;
      ours.set(id, answer);
      return answer;
    };
    let at = Number(profile.args?.data?.startTime ?? profile.ts);
    // A profile's chunks are events of the same id, in order, possibly logged on another thread.
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === profile.pid)) {
      const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      samples.forEach((id, i) => {
        at += deltas[i] ?? 0;
        // A sample stands for the span to the next one.
        const script = ourScript(id);
        if (script) ourSamples.push([at, deltas[i + 1] ?? 0, script]);
      });
    }
  }

  const long = spans.filter((e) => e.name === TASK && e.dur! >= overMs * 1000 && e.ts + e.dur! >= start.ts);
  const within = (inner: TraceEvent, outer: TraceEvent) => inner !== outer && inner.ts >= outer.ts && inner.ts + inner.dur! <= outer.ts + outer.dur!;
  return long
    .filter((task) => !long.some((outer) => within(task, outer)))
    .map((task) => {
      const end = task.ts + task.dur!;
      const inside = spans.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
      const compiled = inside.filter((e) => (e.name === 'v8.compile' || e.name === 'v8.compileModule') && isOurs(urlOf(e))).reduce((sum, e) => sum + e.dur!, 0);
      const byScript: Record<string, number> = {};
      for (const [at, span, script] of ourSamples) if (at >= task.ts && at < end) byScript[script] = (byScript[script] ?? 0) + span / 1000;
      const sampled = Object.values(byScript).reduce((sum, ms) => sum + ms * 1000, 0);
      const longest = inside.reduce<TraceEvent | undefined>((a, e) => (!TASK_NAMES.has(e.name) && (!a || e.dur! > a.dur!) ? e : a), undefined);
      const url = longest && urlOf(longest);
      return {
        atMs: (task.ts - start.ts) / 1000,
        ms: task.dur! / 1000,
        ourMs: Math.min(task.dur!, compiled + sampled) / 1000,
        what: longest ? `${longest.name}${typeof url === 'string' && url ? ` ${url.split('/').pop()}` : ''}` : 'unknown',
        byScript,
      };
    });
}
