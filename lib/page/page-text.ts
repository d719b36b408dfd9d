/**
 * Page text extraction: the prose of a page as one string, with a map from each offset
 * back to its text node, so that matcher offsets become DOM ranges.
 */

/** The page's text and where each piece of it lives. */
export interface PageText {
  text: string;
  /** Text nodes in document order, with the offset at which each starts in `text`. */
  nodes: Array<{ node: Text; start: number }>;
}

/** Elements whose text is not prose, or not the reader's to have us touch. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE',
]);

/** Elements that end a run of text: a name never continues across them. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'BODY', 'HTML',
]);

// DOM constants by value, so that extraction works in any realm: a content script, the
// page, or a happy-dom document in Node (the scan command), where these globals do not exist.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const TEXT_NODE = 3;

/** Separator put between text of different blocks; the matcher never joins words across it. */
export const BLOCK_BREAK = '\n\n';

/** Limits that keep a huge or hostile page from stalling the reader's tab. */
export interface TextBudget {
  maxChars: number;
  maxNodes: number;
}

export const DEFAULT_BUDGET: TextBudget = { maxChars: 2_000_000, maxNodes: 50_000 };

function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && !BLOCKS.has(el.tagName)) el = el.parentElement;
  return el;
}

/**
 * Collects the prose under `root`, skipping scripts, form fields, code, editable regions
 * and the elements `exclude` accepts (our own UI). Returns undefined when the page is
 * over budget, so that the caller skips it instead of stalling it.
 */
export function extractText(
  root: Node,
  exclude: (el: Element) => boolean = () => false,
  budget: TextBudget = DEFAULT_BUDGET,
): PageText | undefined {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      const el = node as Element;
      if (SKIPPED.has(el.tagName.toUpperCase()) || exclude(el)) return FILTER_REJECT;
      if ((el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('aria-hidden') === 'true')
        return FILTER_REJECT;
      return FILTER_SKIP;
    },
  });
  const parts: string[] = [];
  const nodes: PageText['nodes'] = [];
  let length = 0;
  let lastBlock: Element | null | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = (node as Text).data;
    const block = blockOf(node);
    // Blank text between blocks is layout, but between inline elements it is the space
    // that keeps "<a>Dmitry</a> <b>Peskov</b>" two words: keep it only inside a block.
    if (!value.trim() && block !== lastBlock) continue;
    if (lastBlock !== undefined && block !== lastBlock) {
      parts.push(BLOCK_BREAK);
      length += BLOCK_BREAK.length;
    }
    lastBlock = block;
    nodes.push({ node: node as Text, start: length });
    parts.push(value);
    length += value.length;
    if (length > budget.maxChars || nodes.length > budget.maxNodes) return undefined;
  }
  return { text: parts.join(''), nodes };
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
