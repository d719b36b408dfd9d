/** Where the card goes: below its name, or above it when there is no room below, kept inside the viewport. */

/** Pixels between the name and the card. */
const GAP = 6;
/** Pixels the card keeps from the viewport's edges. */
const MARGIN = 8;

/** The rectangle to place the card against: the range's first line box, where a name wraps across lines. */
export function anchorRect(range: Range): DOMRect {
  return [...range.getClientRects()].find((r) => r.width > 0) ?? range.getBoundingClientRect();
}

/** The card's top-left corner in viewport pixels, for an anchor, the card's size and the viewport's. */
export function cardPosition(
  anchor: Pick<DOMRect, 'top' | 'bottom' | 'left'>,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - card.height;
  const top = below + card.height <= viewport.height - MARGIN || above < MARGIN ? below : above;
  const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, viewport.width - card.width - MARGIN));
  return { left: Math.round(left), top: Math.round(top) };
}

/** Moves `card` (a fixed-position element) next to `range`. */
export function placeCard(card: HTMLElement, range: Range): void {
  const root = card.ownerDocument.documentElement;
  const { left, top } = cardPosition(anchorRect(range), card.getBoundingClientRect(), { width: root.clientWidth, height: root.clientHeight });
  card.style.transform = `translate(${left}px, ${top}px)`;
}
