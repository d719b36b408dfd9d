/**
 * Page text extraction: the prose of a page as one string, with a map from each offset
 * back to its text node, so that matcher offsets become DOM ranges. Extraction can run in
 * steps that stop when the caller's slice is used up, and it goes into open shadow roots.
 */
import { frameDocument } from './frames';
import { BLOCKS, isHiddenOrChrome, isSkipped } from './prose';

/** The page's text and where each piece of it lives. */
export interface PageText {
  text: string;
  /** Text nodes in document order, with the offset at which each starts in `text`. */
  nodes: Array<{ node: Text; start: number }>;
}

// DOM constants by value, so that extraction works in any realm: a content script, the
// page, or a happy-dom document in Node (the scan command), where these globals do not exist.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
/** Elements whose same-origin documents are read as part of the page. */
const FRAMES = new Set(['iframe', 'frame']);
/** Elements that may hold a shadow root besides custom elements (DOM, `attachShadow`): the walk asks no others for one. */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
/** Parents whose blocks the walk keeps at hand. */
const RECENT_PARENTS = 8;
/** Nodes walked between two looks at the clock: reading it costs more than a node. */
const NODES_PER_CHECK = 256;

/** Separator put between text of different blocks; the matcher never joins words across it. */
export const BLOCK_BREAK = '\n\n';

/** Limits that keep a huge or hostile page from stalling the reader's tab. */
export interface TextBudget {
  maxChars: number;
  maxNodes: number;
}

export const DEFAULT_BUDGET: TextBudget = { maxChars: 2_000_000, maxNodes: 50_000 };

/** The block a text node belongs to; null at the top of a shadow root. */
export const blockOf = (node: Node): Element | null => blockFrom(node.parentElement);

/** The block `el` is in, or is. */
function blockFrom(el: Element | null): Element | null {
  while (el && !BLOCKS.has(el.localName)) el = el.parentElement;
  return el;
}

/** Whether to leave out an element (our own UI); `tag`, its localName, where the caller has read it. */
export type ExcludeElement = (el: Element, tag?: string) => boolean;

/** An extraction in progress. */
export interface Extraction {
  /** Walks on until done or until `pause()` says the slice is over; true once done. */
  step(pause: () => boolean): boolean;
  /** The text so far (all of it once done); undefined once over budget. */
  result(): PageText | undefined;
  /** The open shadow roots met so far, which a live page's observer must watch too. */
  shadowRoots(): readonly ShadowRoot[];
  /** The same-origin frames met so far, whose documents a live page must watch too. */
  frames(): readonly Element[];
}

/**
 * Starts collecting the prose under `root`, the open shadow roots and the documents of the
 * same-origin frames inside it (each after the tree that holds it), skipping
 * what `prose.ts` leaves out and the elements `exclude` accepts (our own UI).
 */
export function startExtraction(root: Node, exclude: ExcludeElement = () => false, budget: TextBudget = DEFAULT_BUDGET): Extraction {
  const doc = root.ownerDocument ?? (root as Document);
  const parts: string[] = [];
  const nodes: PageText['nodes'] = [];
  const roots: Node[] = [];
  const met: ShadowRoot[] = [];
  const frames: Element[] = [];
  let length = 0;
  let lastBlock: Element | null | undefined;
  /** Set on entering a shadow root: its text is a block of its own, whatever blocks it has. */
  let newRoot = false;
  let over = false;
  /**
   * Whether the walk goes into `el`; notes the frames and shadow roots it meets on the way. The walk
   * asks this itself rather than through a NodeFilter: the browser calling a filter back for every
   * node cost more than all the rest of the walk.
   */
  const enter = (el: Element, tag: string): boolean => {
    // A same-origin frame's document is read as part of the page, after the tree that holds it:
    // here the frame is only noted, and its document looked into when the walk gets to it.
    if (FRAMES.has(tag) && !isHiddenOrChrome(el) && !exclude(el, tag)) roots.push(el);
    if (isSkipped(el, tag) || exclude(el, tag)) return false;
    // A web component's open shadow root is walked after the tree that holds it (only the elements
    // that may hold one are asked: reading shadowRoot is a call into the DOM for every element).
    if ((SHADOW_HOSTS.has(tag) || tag.includes('-')) && el.shadowRoot) {
      roots.push(el.shadowRoot);
      met.push(el.shadowRoot);
    }
    return true;
  };
  const walk = (from: Node): TreeWalker => (from.ownerDocument ?? doc).createTreeWalker(from, SHOW_ELEMENT | SHOW_TEXT);
  let walker: TreeWalker | undefined = walk(root);
  /** The next node to read, once the walker has moved to it. */
  let node: Node | null = walker.nextNode();

  /**
   * Text nodes come in runs under one parent, and a paragraph's runs alternate between it and its
   * links, a table's between its cells: the blocks of the last few parents are kept, and another
   * parent's block is looked up its parents until one of those (a Map of blocks by element cost
   * more: the engine gives each element a hash).
   */
  const recentParents: Array<Element | undefined> = new Array<Element | undefined>(RECENT_PARENTS).fill(undefined);
  const recentBlocks: Array<Element | null> = new Array<Element | null>(RECENT_PARENTS).fill(null);
  let recentAt = 0;
  let lastParent: Element | null | undefined;
  let parentBlock: Element | null = null;
  function blockOfParent(parent: Element): Element | null {
    const known = recentParents.indexOf(parent);
    if (known >= 0) return recentBlocks[known]!;
    let block: Element | null = null;
    for (let el: Element | null = parent; el !== null; ) {
      if (BLOCKS.has(el.localName)) {
        block = el;
        break;
      }
      el = el.parentElement;
      const at = el === null ? -1 : recentParents.indexOf(el);
      if (at >= 0) {
        block = recentBlocks[at]!;
        break;
      }
    }
    recentParents[recentAt] = parent;
    recentBlocks[recentAt] = block;
    recentAt = (recentAt + 1) % RECENT_PARENTS;
    return block;
  }
  function take(node: Text): void {
    const value = node.data;
    const parent = node.parentElement;
    if (parent !== lastParent) {
      lastParent = parent;
      parentBlock = parent === null ? null : blockOfParent(parent);
    }
    const block = parentBlock;
    const sameBlock = block === lastBlock && !newRoot;
    // Blank text between blocks is layout, but between inline elements it is the space
    // that keeps "<a>Dmitry</a> <b>Peskov</b>" two words: keep it only inside a block.
    if (!sameBlock && !value.trim()) return;
    newRoot = false;
    if (lastBlock !== undefined && !sameBlock) {
      parts.push(BLOCK_BREAK);
      length += BLOCK_BREAK.length;
    }
    lastBlock = block;
    nodes.push({ node, start: length });
    parts.push(value);
    length += value.length;
    if (length > budget.maxChars || nodes.length > budget.maxNodes) over = true;
  }

  return {
    step(pause) {
      let walked = 0;
      while (walker && !over) {
        if (!node) {
          const next = roots.shift();
          if (next?.nodeType === ELEMENT_NODE) {
            // The first look into a frame's document can cost the browser milliseconds (a script
            // context of ours is made there), so the clock is read after each one.
            const frame = next as Element;
            const inner = frameDocument(frame);
            if (inner) {
              frames.push(frame);
              walker = walk(inner.body);
              node = walker.nextNode();
              newRoot = true;
            }
            // A frame that cannot be read leaves the finished walker, which moves on to the next root.
            if (pause()) return false;
            continue;
          }
          walker = next ? walk(next) : undefined;
          node = walker?.nextNode() ?? null;
          newRoot = true;
          continue;
        }
        // A text node has no localName, and an element's is read here once for every check: each
        // read is a call into the DOM, as nodeType's is.
        const tag = (node as Partial<Element>).localName;
        if (tag === undefined) {
          take(node as Text);
          node = walker.nextNode();
        } else if (enter(node as Element, tag)) node = walker.nextNode();
        else node = pastSubtree(walker);
        if (++walked % NODES_PER_CHECK === 0 && pause()) return false;
      }
      return true;
    },
    result: () => (over ? undefined : { text: parts.join(''), nodes }),
    shadowRoots: () => met,
    frames: () => frames,
  };
}

/** The node after the walker's current one and all inside it, or null at the end of the walk. */
function pastSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** The prose under `root` in one go, or undefined when it is over budget (so that the caller skips it). */
export function extractText(root: Node, exclude?: ExcludeElement, budget?: TextBudget): PageText | undefined {
  const extraction = startExtraction(root, exclude, budget);
  extraction.step(() => false);
  return extraction.result();
}

/** The text node and offset inside it for a position in `page.text` (binary search). */
export function locate(page: PageText, offset: number, preferEnd = false): { node: Text; offset: number } | undefined {
  let lo = 0;
  let hi = page.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = page.nodes[mid]!.start;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const entry = page.nodes[lo];
  if (!entry) return undefined;
  const within = offset - entry.start;
  if (within < 0 || within > entry.node.data.length) return undefined;
  return { node: entry.node, offset: within };
}

/** A DOM range for `[start, end)` of `page.text`. */
export function rangeFor(page: PageText, start: number, end: number): Range | undefined {
  const from = locate(page, start);
  const to = locate(page, end, true);
  if (!from || !to) return undefined;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
