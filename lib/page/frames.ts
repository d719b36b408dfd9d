/**
 * Same-origin frames are part of the page the reader sees (a live blog or an embedded story in
 * an iframe): the content script of the top document reaches into them, as it reaches into
 * open shadow roots, rather than running a second script with a second card in each frame. A
 * frame's document has its own highlight registry and its own viewport, and these helpers
 * cross between the two.
 */

const DOCUMENT_NODE = 9;

/** A window with the globals the marks need (a frame's window, seen from the top document's script). */
export type FrameWindow = Window & Pick<typeof globalThis, 'CSS' | 'Highlight' | 'CSSStyleSheet'>;

/** The document inside an iframe, when it is ours to read: same-origin and loaded far enough to have a body. */
export function frameDocument(el: Element): Document | null {
  if (el.localName !== 'iframe' && el.localName !== 'frame') return null;
  try {
    // A cross-origin frame gives null here (or throws, in some browsers and sandboxes).
    const doc = (el as HTMLIFrameElement).contentDocument;
    return doc?.body ? doc : null;
  } catch {
    return null;
  }
}

/** The iframe element that holds `doc`, if `doc` is a same-origin frame's document. */
export function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** The window of `doc`, with the globals marks need. */
export function windowOf(doc: Document): FrameWindow | null {
  return doc.defaultView as FrameWindow | null;
}

/**
 * Where `doc`'s viewport starts in the top document's viewport: the sum, over the frames that
 * hold it, of each frame's content box (its border and padding are outside the inner viewport).
 */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let frame = frameElementOf(doc); frame; frame = frameElementOf(frame.ownerDocument)) {
    const rect = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += rect.left + frame.clientLeft + Number.parseFloat(style?.paddingLeft ?? '0');
    y += rect.top + frame.clientTop + Number.parseFloat(style?.paddingTop ?? '0');
  }
  return { x, y };
}

/** The node one tree out that holds `node`'s tree: a shadow root's host, a frame document's iframe; null at the top. */
function outward(node: Node): Node | null {
  const root = node.getRootNode();
  if ('host' in root) return (root as ShadowRoot).host;
  return root.nodeType === DOCUMENT_NODE ? frameElementOf(root as Document) : null;
}

/**
 * The node of the top document that holds `node`: itself, or the host of the shadow root it is
 * in, or the iframe its document is in, and so on out. Nodes of different trees compare by these;
 * a node of a frame's discarded document (the frame navigated or was removed) stops short of the top.
 */
export function inTopDocument(node: Node): Node {
  let at = node;
  for (let next = outward(at); next; next = outward(at)) at = next;
  return at;
}

/** Whether `node` is inside `root`, also through shadow roots and frames (Node.contains stops at both). */
export function holds(root: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = outward(at)) if (root.contains(at)) return true;
  return false;
}
