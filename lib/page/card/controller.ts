/**
 * The card controller: it composes the host, the placement and the input, and decides when
 * the card opens and closes. What the card says is drawn by the `render` callback (a Preact
 * component in the content script), so this module stays framework-free.
 */
import type { Mark, Marks } from '../marks';
import { createCardHost } from './host';
import { listenForCardInput, type PointerAt } from './input';
import { placeCard } from './placement';

export interface CardOptions {
  /** The current marks (they change when the page is rescanned or the site turned off); only their hit test is used. */
  marks: () => Pick<Marks, 'at'> | undefined;
  /** Draws the card for a mark into `container`, or clears it when `mark` is undefined. */
  render: (container: HTMLElement, mark: Mark | undefined) => void;
  /** The card's stylesheet, applied inside the shadow root only. */
  css: string;
  signal: AbortSignal;
  /** Milliseconds the pointer rests on a name before the card opens. */
  showDelay?: number;
  /** Milliseconds before the card closes once the pointer has left name and card. */
  hideDelay?: number;
  /** The document to work in (tests pass their own). */
  doc?: Document;
}

/** Long enough that a pointer crossing the text on its way elsewhere opens nothing. */
const SHOW_DELAY = 120;
/** Long enough to move from the name to the card across the gap between them. */
const HIDE_DELAY = 300;

/** The open card, and a way to close it. */
export interface Card {
  /** The mark whose card is open, if any. */
  readonly open: Mark | undefined;
  /** Closes the card now. */
  hide(): void;
}

export function attachCard(options: CardOptions): Card {
  const { marks, render, css, signal, showDelay = SHOW_DELAY, hideDelay = HIDE_DELAY, doc = document } = options;
  const host = createCardHost(doc, css);
  let open: Mark | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const later = (action: () => void, delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(action, delay);
  };

  function show(mark: Mark): void {
    open = mark;
    const container = host.container();
    render(container, mark);
    placeCard(container, mark.range);
  }

  function hide(): void {
    clearTimeout(timer);
    const container = host.existing();
    if (!open || !container) return;
    open = undefined;
    render(container, undefined);
  }

  function onPointer({ x, y, overCard }: PointerAt): void {
    if (overCard) return clearTimeout(timer);
    const mark = marks()?.at(x, y);
    if (mark && mark === open) {
      clearTimeout(timer);
      // The page removed our host while the card was open: put the card back where it was.
      if (!host.isAttached()) show(mark);
    }
    // Moving from one name to the next swaps the card at once; the first one waits for a dwell.
    else if (mark) later(() => show(mark), open ? 0 : showDelay);
    else if (open) later(hide, hideDelay);
    else clearTimeout(timer);
  }

  listenForCardInput(doc, { onPointer, onScroll: () => open && hide(), onEscape: hide }, host.isInCard, signal);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      open = undefined;
      const container = host.existing();
      if (container) render(container, undefined);
      host.destroy();
    },
    { once: true },
  );
  return {
    get open() {
      return open;
    },
    hide,
  };
}
