/**
 * Marks that follow a live page. After the first full pass, a MutationObserver only queues
 * what changed (STYLE.md, convention 4); a batch then rescans just the blocks that changed,
 * drops the marks of removed or rewritten text, and a huge rewrite triggers one full pass
 * instead (Dark Reader does the same). Every pass runs in slices that yield to the reader,
 * nothing runs while the tab is hidden, and each pass is recorded as a User Timing measure.
 */
import { isClaim } from '../match/mention';
import { createMarks, type Mark, type MarkLook, type Marks } from './marks';
import { frameDocument, holds, inTopDocument } from './frames';
import { blockOf, DEFAULT_BUDGET, type ExcludeElement, type TextBudget } from './page-text';
import { BLOCKS, isSkipped } from './prose';
import { type PageMatcher, type PartScan, type ScanStep, scanPart } from './scan';
import { createSlicer, type Slicer } from './slicer';

/** The measure's name on the page's performance timeline (DevTools' Performance panel shows it). */
export const SCAN_MEASURE = 'backgrounder:scan';
/** Milliseconds a batch of mutations waits for more: a framework renders in bursts, and names must still show within a second. */
const BATCH_DELAY_MS = 100;
/** Changed blocks beyond which one full pass is cheaper than many small ones. */
const HUGE_BATCH = 500;

/** What a pass leaves on the page. */
export type PassResult = { status: 'marked'; marks: Marks } | { status: 'too-large' };

/** What each recorded measure says. */
export interface ScanMeasureDetail {
  /** Marks on the page after the pass. */
  marks: number;
  /** Main-thread milliseconds the pass used. */
  ms: number;
  /** Its longest uninterrupted slice. */
  longestSliceMs: number;
}

export interface LiveScanOptions {
  doc: Document;
  /** The gate's index, and the full one when a piece passes the gate. */
  matcher: PageMatcher;
  /** Elements of our own to leave out (the card's host). */
  exclude: ExcludeElement;
  /** How the marks look, and how many are drawn. */
  look?: MarkLook;
  budget?: TextBudget;
  /** Items never marked on this page (the outlet on its own site). */
  ignore?: ReadonlySet<string>;
  /** Also mark the sentences that state a corrected claim. */
  claims?: boolean;
  signal: AbortSignal;
  /** Called after every pass. */
  onPass(result: PassResult): void;
  /** Called when a pass throws; the live scan stops at the caller's abort. */
  onError(error: unknown): void;
  /** Called for each same-origin frame document the scan reads, as it starts to watch it. */
  onFrame?(frameDoc: Document): void;
}

export interface LiveScan {
  /** The marks on the page now. */
  readonly marks: Marks;
  /** Asks for a full pass (a single-page navigation, a site turned back on). */
  rescanAll(): void;
}

const ELEMENT_NODE = 1;

/** The block a changed node's text belongs to: itself if it is one, else the nearest block around it, else its shadow root or the body. */
function blockFor(node: Node): Node {
  if (node.nodeType === ELEMENT_NODE && BLOCKS.has((node as Element).localName)) return node;
  const root = node.getRootNode();
  // At the top of a web component's shadow tree, the tree itself is the block.
  return blockOf(node) ?? ('host' in root ? root : node.ownerDocument!.body);
}

/**
 * The blocks whose words one mutation may have changed: those it added text to, and, where it
 * removed or rewrote something, the block around it (its remaining words may now read otherwise).
 */
function changedBlocks(record: MutationRecord): Node[] {
  if (record.type === 'characterData' || record.removedNodes.length > 0) return [blockFor(record.target), ...[...record.addedNodes].map(blockFor)];
  return [...record.addedNodes].map(blockFor);
}

/** Whether `node` sits in a part of the page the scan leaves out (chrome, a form field, our own card). */
function isInSkipped(node: Node, exclude: ExcludeElement): boolean {
  for (let el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) if (isSkipped(el) || exclude(el)) return true;
  return false;
}

export function startLiveScan(options: LiveScanOptions): LiveScan {
  const { doc, matcher, exclude, budget = DEFAULT_BUDGET, ignore, claims, signal, onPass, onError } = options;
  const marks = createMarks(doc, options.look);
  /**
   * Whether `node` is still on the page: connected, and not in the discarded document of a frame
   * that navigated or went away (which Firefox cuts off entirely: reading it throws).
   */
  const isOnPage = (node: () => Node) => {
    try {
      const at = node();
      return at.isConnected && inTopDocument(at).ownerDocument === doc;
    } catch {
      return false;
    }
  };
  const pending = new Set<Node>();
  let full = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  async function drive(steps: Generator<ScanStep, PartScan>, slicer: Slicer): Promise<PartScan> {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await slicer.yield(step.value);
      if (signal.aborted) return { status: 'marked', marks: [], shadowRoots: [], frames: [] };
    }
  }

  async function pass(): Promise<void> {
    const start = performance.now();
    const slicer = createSlicer();
    const scan = (root: Node, named?: Set<string>) => drive(scanPart(root, matcher, { exclude, budget, shouldYield: slicer.shouldYield, named, ignore, claims }), slicer);
    let result: PassResult = { status: 'marked', marks };
    if (full) {
      full = false;
      pending.clear();
      const part = await scan(doc.body);
      marks.remove(() => true);
      if (part.status === 'too-large') result = part;
      else {
        marks.add(part.marks);
        watch(part);
      }
    } else {
      const roots = [...pending].filter((n) => isOnPage(() => n) && !isInSkipped(n, exclude));
      pending.clear();
      const inChanged = (mark: Mark) => !isOnPage(() => mark.range.startContainer) || roots.some((r) => holds(r, mark.range.startContainer));
      marks.remove(inChanged);
      // The page's other marks tell which items are already named in full there.
      const named = new Set(marks.list.filter((m) => !isClaim(m.mention)).map((m) => m.mention.entityId));
      // A root inside another changed root is scanned with it.
      for (const root of roots.filter((r) => !roots.some((o) => o !== r && holds(o, r)))) {
        const part = await scan(root, named);
        if (part.status !== 'marked') continue;
        marks.add(part.marks);
        watch(part);
      }
    }
    slicer.finish();
    if (signal.aborted) return;
    const detail: ScanMeasureDetail = { marks: marks.list.length, ms: slicer.busyMs, longestSliceMs: slicer.longestSliceMs };
    performance.measure(SCAN_MEASURE, { start, end: performance.now(), detail });
    onPass(result);
  }

  async function run(): Promise<void> {
    timer = undefined;
    if (running || signal.aborted) return;
    if (doc.hidden) return; // visibilitychange schedules the batch again.
    running = true;
    try {
      await pass();
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
    if (full || pending.size > 0) schedule();
  }

  function schedule(delay = BATCH_DELAY_MS): void {
    if (timer === undefined && !signal.aborted) timer = setTimeout(() => void run(), delay);
  }

  const observer = new MutationObserver((records) => {
    // The callback only queues: the work happens in the batch.
    for (const record of records) for (const block of changedBlocks(record)) pending.add(block);
    if (pending.size > HUGE_BATCH || pending.has(doc.body)) full = true;
    schedule();
  });
  const OBSERVED = { childList: true, subtree: true, characterData: true };
  observer.observe(doc.body, OBSERVED);
  /**
   * Web components change their own shadow trees and frames their own documents, which the
   * body's observer does not see; a frame that loads a new document brings a new body.
   */
  const watched = new WeakSet<Node>();
  function observe(root: Node): void {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, OBSERVED);
  }
  function watchFrameBody(body: HTMLElement): void {
    if (watched.has(body)) return;
    observe(body);
    const frameDoc = body.ownerDocument;
    // A frame's page that goes (the frame navigates or leaves the page) takes its marks with it,
    // while they can still be read: Firefox cuts a script off from a discarded document's objects.
    frameDoc.defaultView?.addEventListener('pagehide', () => marks.remove((m) => m.range.startContainer.ownerDocument === frameDoc), { signal, once: true });
    options.onFrame?.(frameDoc);
  }
  const framesWatched = new WeakSet<Element>();
  function watch({ shadowRoots, frames }: { shadowRoots: readonly ShadowRoot[]; frames: readonly Element[] }): void {
    for (const root of shadowRoots) observe(root);
    for (const frame of frames) {
      const body = frameDocument(frame)?.body;
      if (body) watchFrameBody(body);
      if (framesWatched.has(frame)) continue;
      framesWatched.add(frame);
      frame.addEventListener(
        'load',
        () => {
          // The frame's old document and its marks are gone; its new one is scanned like any changed block.
          const loaded = frameDocument(frame)?.body;
          if (!loaded) return;
          watchFrameBody(loaded);
          pending.add(loaded);
          schedule();
        },
        { signal },
      );
    }
  }
  doc.addEventListener('visibilitychange', () => !doc.hidden && (full || pending.size > 0) && schedule(), { signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      marks.clear();
    },
    { once: true },
  );
  schedule(0);
  return {
    marks,
    rescanAll() {
      full = true;
      schedule(0);
    },
  };
}
