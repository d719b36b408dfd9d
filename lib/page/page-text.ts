/**
 * Page text extraction: the prose of a page as one string, with a map from each offset
 * back to its text node, so that matcher offsets become DOM ranges. Extraction can run in
 * steps that stop when the caller's slice is used up, and it goes into open shadow roots.
 */
import { frameDocument } from './frames';
import { BLOCKS, isHiddenOrChrome, isLeftOutByAttributes, isSkippedByTag } from './prose';

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
   * The path from the walk's root to the node the walk is at: the elements it is inside, each with
   * its block (itself, or its parent's). A text's block is its parent's entry, with no look-up. An
   * element's attributes are asked only once a text inside it is to be taken (or a frame or shadow
   * root inside it is met): a third of a page's elements hold none (images, icons, empty wrappers),
   * and asking every element for its attributes was a quarter of the pass.
   */
  const path: Node[] = [];
  const blocks: Array<Element | null> = [];
  let depth = 0;
  /** The path's entries below this have been asked and are in the scan. */
  let asked = 0;
  const push = (el: Element, tag: string) => {
    path[depth] = el;
    blocks[depth] = BLOCKS.has(tag) ? el : blocks[depth - 1]!;
    depth++;
  };
  /**
   * Leaves the path's entries below `parent`, the parent of the node the walk is at; false if that node
   * is no longer inside the walk's root. The path is made again from the node's parents if the page
   * moved it while the walk waited between slices.
   */
  function backTo(parent: Node | null): boolean {
    while (depth > 1 && path[depth - 1] !== parent) depth--;
    if (asked > depth) asked = depth;
    if (path[depth - 1] === parent) return true;
    const above: Element[] = [];
    for (let at = parent; at !== path[0]; at = at.parentNode) {
      if (at === null || at.nodeType !== ELEMENT_NODE) return false;
      const el = at as Element;
      if (isSkippedByTag(el, el.localName) || exclude(el)) return false;
      above.push(el);
    }
    for (let i = above.length - 1; i >= 0; i--) push(above[i]!, above[i]!.localName);
    return true;
  }
  /** Asks the path's elements not asked yet; the depth of the first one whose attributes leave it out, or -1. */
  function leftOutOnPath(): number {
    for (; asked < depth; asked++) if (isLeftOutByAttributes(path[asked] as Element)) return asked;
    return -1;
  }

  /** The next node to read, once the walker has moved to it. */
  let node: Node | null = null;
  /** Starts walking the tree under `from` (the root, a shadow root, a frame's body): its path begins there. */
  const begin = (from: Node): TreeWalker => {
    const made = (from.ownerDocument ?? doc).createTreeWalker(from, SHOW_ELEMENT | SHOW_TEXT);
    path[0] = from;
    blocks[0] = from.nodeType === ELEMENT_NODE ? blockFrom(from as Element) : null;
    depth = asked = 1;
    node = made.nextNode();
    return made;
  };
  let walker: TreeWalker | undefined = begin(root);
  /** Moves the walk past the path's element at `at` and all inside it. */
  const leave = (at: number): Node | null => {
    walker!.currentNode = path[at]!;
    depth = asked = at;
    return pastSubtree(walker!);
  };

  /** Takes `text` if it is prose to keep; returns the node to read next. */
  function take(text: Text): Node | null {
    const value = text.data;
    const block = blocks[depth - 1]!;
    const sameBlock = block === lastBlock && !newRoot;
    // Blank text between blocks is layout, but between inline elements it is the space
    // that keeps "<a>Dmitry</a> <b>Peskov</b>" two words: keep it only inside a block.
    if (!sameBlock && !value.trim()) return walker!.nextNode();
    const out = leftOutOnPath();
    if (out >= 0) return leave(out);
    newRoot = false;
    if (lastBlock !== undefined && !sameBlock) {
      parts.push(BLOCK_BREAK);
      length += BLOCK_BREAK.length;
    }
    lastBlock = block;
    nodes.push({ node: text, start: length });
    parts.push(value);
    length += value.length;
    if (length > budget.maxChars || nodes.length > budget.maxNodes) over = true;
    return walker!.nextNode();
  }

  /** Goes into `el` or past it, noting the frames and shadow roots it meets; returns the node to read next. */
  function enter(el: Element, tag: string): Node | null {
    // A same-origin frame's document is read as part of the page, after the tree that holds it:
    // here the frame is only noted, and its document looked into when the walk gets to it. (The
    // walk asks this itself rather than through a NodeFilter: the browser calling a filter back
    // for every node cost more than all the rest of the walk.)
    if (FRAMES.has(tag)) {
      const out = leftOutOnPath();
      if (out >= 0) return leave(out);
      if (!isHiddenOrChrome(el) && !exclude(el, tag)) roots.push(el);
    }
    if (isSkippedByTag(el, tag) || exclude(el, tag)) return pastSubtree(walker!);
    push(el, tag);
    // A web component's open shadow root is walked after the tree that holds it (only the elements
    // that may hold one are asked: reading shadowRoot is a call into the DOM for every element).
    if ((SHADOW_HOSTS.has(tag) || tag.includes('-')) && el.shadowRoot) {
      const out = leftOutOnPath();
      if (out >= 0) return leave(out);
      roots.push(el.shadowRoot);
      met.push(el.shadowRoot);
    }
    return walker!.nextNode();
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
              walker = begin(inner.body);
              newRoot = true;
            }
            // A frame that cannot be read leaves the finished walker, which moves on to the next root.
            if (pause()) return false;
            continue;
          }
          walker = next && begin(next);
          newRoot = true;
          continue;
        }
        // A text node has no localName, and an element's is read here once for every check: each
        // read is a call into the DOM, as nodeType's is.
        const tag = (node as Partial<Element>).localName;
        if (!backTo(node.parentNode)) node = tag === undefined ? walker.nextNode() : pastSubtree(walker);
        else node = tag === undefined ? take(node as Text) : enter(node as Element, tag);
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
