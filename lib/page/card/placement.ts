/**
 * Where the card goes, through @floating-ui/dom: below its name, or above it when there is
 * more room there (flip), slid sideways to stay on screen (shift), and never taller or wider
 * than the space left (size), so that it is always entirely inside the viewport at any zoom.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { frameElementOf, frameOffset, inTopDocument } from '../frames';

/** Pixels between the name and the card. */
const GAP = 6;
/** Pixels the card keeps from the viewport's edges. */
const MARGIN = 8;
/** The card's own height limit: a card taller than this is a page, not a preview. */
const MAX_HEIGHT = 420;
/** The card's width where the screen allows. */
const MAX_WIDTH = 380;

/** A rectangle moved by (`x`, `y`). */
const moved = (rect: DOMRect, x: number, y: number) => new DOMRect(rect.x + x, rect.y + y, rect.width, rect.height);

/**
 * A name's range as floating-ui's reference: its line boxes, so that a name wrapped over two
 * lines anchors to the right one. A name in a frame gives its boxes in the top viewport's
 * pixels and no context element: floating-ui adds a frame's offset itself for an element, but
 * its inline() middleware drops the context element and with it that offset.
 */
function referenceOf(range: Range) {
  const doc = range.startContainer.ownerDocument;
  const contextElement = range.startContainer.parentElement ?? undefined;
  if (!doc || frameElementOf(doc) === null)
    return { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: () => range.getClientRects(), contextElement };
  const at = () => frameOffset(doc);
  return {
    getBoundingClientRect: () => {
      const { x, y } = at();
      return moved(range.getBoundingClientRect(), x, y);
    },
    getClientRects: () => {
      const { x, y } = at();
      return [...range.getClientRects()].map((r) => moved(r, x, y));
    },
  };
}

/** What autoUpdate watches for `range`: its element, whose scrolling ancestors (through frames too) move the name. */
function watchedOf(range: Range) {
  return { getBoundingClientRect: () => referenceOf(range).getBoundingClientRect(), contextElement: range.startContainer.parentElement ?? undefined };
}

/** Moves `card` (a fixed-position element) next to `range`, and sizes it to the space there. */
export async function placeCard(card: HTMLElement, range: Range): Promise<void> {
  const { x, y } = await computePosition(referenceOf(range), card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      inline(),
      offset(GAP),
      flip({ padding: MARGIN }),
      shift({ padding: MARGIN }),
      size({
        padding: MARGIN,
        apply({ availableWidth, availableHeight, elements }) {
          // The card's own scroll area takes the height left; the width never passes the viewport.
          elements.floating.style.setProperty('--backgrounder-max-height', `${Math.max(0, Math.min(MAX_HEIGHT, availableHeight))}px`);
          elements.floating.style.setProperty('--backgrounder-max-width', `${Math.max(0, Math.min(MAX_WIDTH, availableWidth))}px`);
        },
      }),
    ],
  });
  card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
}

/** Keeps `card` next to `range` while the page scrolls or resizes, until the returned function is called. */
export function followRange(card: HTMLElement, range: Range): () => void {
  return autoUpdate(watchedOf(range), card, () => void placeCard(card, range));
}

/** Whether a rectangle overlaps a viewport of `view`'s size, its origin moved by (`x`, `y`). */
function overlaps(rect: DOMRect, view: Window, x = 0, y = 0): boolean {
  return rect.bottom + y > 0 && rect.top + y < view.innerHeight && rect.right + x > 0 && rect.left + x < view.innerWidth;
}

/** Whether a range is at least partly on screen: inside its window's viewport and, in a frame, inside the top one's too. */
export function isOnScreen(range: Range): boolean {
  const doc = range.startContainer.ownerDocument;
  const view = doc?.defaultView;
  const top = inTopDocument(range.startContainer).ownerDocument?.defaultView;
  if (!doc || !view || !top) return false;
  const rect = range.getBoundingClientRect();
  if (top === view) return overlaps(rect, view);
  const { x, y } = frameOffset(doc);
  return overlaps(rect, view) && overlaps(rect, top, x, y);
}
