/**
 * The reader's input that concerns the card, as callbacks: where a mouse or pen rests (at
 * most once a frame, however fast it moves, and again after a scroll, for which browsers send
 * no pointer event), a tap of a finger, Escape, a press outside the card, focus leaving it.
 */

/** Where the pointer is, in viewport pixels, and whether it is over the card itself. */
export interface PointerAt {
  x: number;
  y: number;
  overCard: boolean;
}

export interface CardInput {
  /** A mouse or pen moved, or the page scrolled under it. */
  onPointer(point: PointerAt): void;
  /** A finger tapped the page outside the card (a tap inside is the card's own: its links work). */
  onTap?(point: { x: number; y: number }): void;
  /** A finger swiped down on the card: the bottom sheet's way to close. */
  onSwipeDown?(): void;
  /** The reader pressed Escape. */
  onEscape(): void;
  /** A press (mouse, pen or finger) outside the card. */
  onOutside(): void;
  /** Focus moved from inside the card to somewhere else. */
  onFocusLeft(): void;
}

/** Pixels a finger may move and still tap. */
const TAP_SLOP = 10;
/** Pixels down a finger must travel on the card to close the bottom sheet. */
const SWIPE_DOWN = 60;

/**
 * Listens on `doc` until `signal` aborts; `isInCard` tells whether an event passed through the
 * card. For a frame's document, `origin` gives where its viewport starts in the top one, so
 * that every point reaches the callbacks in the top viewport's pixels.
 */
export function listenForCardInput(
  doc: Document,
  input: CardInput,
  isInCard: (event: Event) => boolean,
  signal: AbortSignal,
  origin: () => { x: number; y: number } = () => ({ x: 0, y: 0 }),
): void {
  const view = doc.defaultView ?? window;
  /** An event's point in the top viewport. */
  const pointOf = (event: PointerEvent) => {
    const { x, y } = origin();
    return { x: event.clientX + x, y: event.clientY + y };
  };
  const on = <K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void, capture = false) =>
    doc.addEventListener(type, listener, { passive: true, capture, signal });
  let last: PointerAt | undefined;
  let frame = 0;
  let touchStart: { x: number; y: number; inCard: boolean } | undefined;
  const request = () => {
    if (!frame)
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        if (last) input.onPointer(last);
      });
  };

  on('pointermove', (event) => {
    // A finger has no hover: its moves are drags and scrolls, and its taps are handled below.
    if (event.pointerType === 'touch') return;
    last = { ...pointOf(event), overCard: isInCard(event) };
    request();
  });
  on('pointerdown', (event) => {
    const inCard = isInCard(event);
    if (!inCard) input.onOutside();
    if (event.pointerType === 'touch') touchStart = { ...pointOf(event), inCard };
  });
  on('pointerup', (event) => {
    const start = touchStart;
    touchStart = undefined;
    if (event.pointerType !== 'touch' || !start) return;
    const end = pointOf(event);
    const dx = end.x - start.x;
    const dy = end.y - start.y;
    if (start.inCard && dy > SWIPE_DOWN && Math.abs(dx) < dy) input.onSwipeDown?.();
    else if (!start.inCard && Math.hypot(dx, dy) <= TAP_SLOP) input.onTap?.(end);
  });
  on('keydown', (event) => event.key === 'Escape' && input.onEscape());
  // Focus moving within the card's shadow tree never reaches the document (the retargeted
  // target and related target are both our host), so a focusout seen here left the card.
  on('focusout', (event) => isInCard(event) && input.onFocusLeft());
  // What is under the resting pointer changes with a scroll, and the card has moved with its name.
  on('scroll', () => last && request(), true);
  signal.addEventListener('abort', () => view.cancelAnimationFrame(frame), { once: true });
}
