/**
 * Where the card goes, through @floating-ui/dom: below its name, or above it when there is
 * more room there (flip), slid sideways to stay on screen (shift), and never taller or wider
 * than the space left (size), so that it is always entirely inside the viewport at any zoom.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { frameElementOf, frameOffset } from '../frames';

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

/**
 * Places `card` next to `range` now and keeps it there while the page scrolls or resizes, until
 * `stop` is called; `placed` settles once the first placement is done. (autoUpdate places the card
 * as it starts: that first placement is the one waited for, not a second one.)
 */
export function followRange(card: HTMLElement, range: Range): Following {
  let first: Promise<void> | undefined;
  const stop = autoUpdate(watchedOf(range), card, () => {
    const placing = placeCard(card, range);
    first ??= placing;
  });
  return { placed: first ?? placeCard(card, range), stop };
}

/** A card that follows its name: its first placement, and the way to stop following. */
export interface Following {
  placed: Promise<void>;
  stop(): void;
}

/**
 * How the controller places the card. The content script takes it from the card kit (it runs only
 * once a card is drawn, when the kit is there), so that floating-ui stays out of every page's script.
 */
export interface CardPlacement {
  followRange(card: HTMLElement, range: Range): Following;
}

export const cardPlacement: CardPlacement = { followRange };
