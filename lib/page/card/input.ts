/**
 * The reader's input that concerns the card, as three callbacks: where the pointer rests
 * (at most once a frame, however fast it moves), a scroll, and Escape.
 */

/** Where the pointer is, in viewport pixels, and whether it is over the card itself. */
export interface PointerAt {
  x: number;
  y: number;
  overCard: boolean;
}

export interface CardInput {
  /** The pointer moved, or the page scrolled under a resting pointer (browsers send no pointer event then). */
  onPointer(point: PointerAt): void;
  /** The page scrolled: a fixed card would drift away from its name. */
  onScroll(): void;
  /** The reader pressed Escape. */
  onEscape(): void;
}

/** Listens on `doc` until `signal` aborts; `isInCard` tells whether an event passed through the card. */
export function listenForCardInput(doc: Document, input: CardInput, isInCard: (event: Event) => boolean, signal: AbortSignal): void {
  const view = doc.defaultView ?? window;
  let last: PointerAt | undefined;
  let frame = 0;
  const flush = () => {
    frame = 0;
    if (last) input.onPointer(last);
  };
  const request = () => {
    if (!frame) frame = view.requestAnimationFrame(flush);
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      last = { x: event.clientX, y: event.clientY, overCard: isInCard(event) };
      request();
    },
    { passive: true, signal },
  );
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && input.onEscape(), { signal });
  doc.addEventListener(
    'scroll',
    () => {
      input.onScroll();
      // What is under the resting pointer has changed, and it is no longer over the closed card.
      if (last) {
        last = { ...last, overCard: false };
        request();
      }
    },
    { passive: true, capture: true, signal },
  );
  signal.addEventListener('abort', () => view.cancelAnimationFrame(frame), { once: true });
}
