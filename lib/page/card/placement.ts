/**
 * Where the card goes, through @floating-ui/dom: below its name, or above it when there is
 * more room there (flip), slid sideways to stay on screen (shift), and never taller or wider
 * than the space left (size), so that it is always entirely inside the viewport at any zoom.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';

/** Pixels between the name and the card. */
const GAP = 6;
/** Pixels the card keeps from the viewport's edges. */
const MARGIN = 8;
/** The card's own height limit: a card taller than this is a page, not a preview. */
const MAX_HEIGHT = 420;
/** The card's width where the screen allows. */
const MAX_WIDTH = 380;

/** A name's range as floating-ui's reference: its line boxes, so that a name wrapped over two lines anchors to the right one. */
function referenceOf(range: Range) {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
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
  return autoUpdate(referenceOf(range), card, () => void placeCard(card, range));
}

/** Whether a range is at least partly inside its window's viewport. */
export function isOnScreen(range: Range): boolean {
  const view = range.startContainer.ownerDocument?.defaultView;
  if (!view) return false;
  const rect = range.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < view.innerHeight && rect.right > 0 && rect.left < view.innerWidth;
}
