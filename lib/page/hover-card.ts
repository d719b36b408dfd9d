/**
 * The hover card's host: one shadow root per page, created on first use, that shows the
 * card for the mark under the pointer. It owns placement and timing; what the card says is
 * drawn by the `render` callback (a Preact component), so this module stays framework-free.
 */
import type { Mark, Marks } from './highlights';

/** The host element's tag; the page sees this name only. */
export const CARD_HOST_TAG = 'backgrounder-card';

export interface HoverCardOptions {
  /** The current marks (they change when the page is rescanned or the site turned off). */
  marks: () => Marks | undefined;
  /** Draws the card for a mark into `container`, or clears it when `mark` is undefined. */
  render: (container: HTMLElement, mark: Mark | undefined) => void;
  /** The card's stylesheet, applied inside the shadow root only. */
  css: string;
  signal: AbortSignal;
  /** Milliseconds the pointer rests on a name before the card opens. */
  showDelay?: number;
  /** Milliseconds before the card closes once the pointer has left name and card. */
  hideDelay?: number;
}

/** The controller: `hide()` closes the card now. */
export interface HoverCard {
  hide(): void;
}

const GAP = 6;
const MARGIN = 8;

export function attachHoverCard(options: HoverCardOptions): HoverCard {
  const { marks, render, css, signal, showDelay = 120, hideDelay = 300 } = options;
  const doc = document;
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;
  let current: Mark | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let lastPoint = { x: 0, y: 0, overCard: false };
  let havePoint = false;

  function ensureHost(): HTMLElement {
    if (container) return container;
    host = doc.createElement(CARD_HOST_TAG);
    // The page's styles must not reach the card, nor the card's the page.
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    container = doc.createElement('div');
    container.className = 'host';
    shadow.append(style, container);
    doc.documentElement.append(host);
    return container;
  }

  function place(mark: Mark): void {
    if (!container) return;
    const rects = [...mark.range.getClientRects()];
    const anchor = rects.find((r) => r.width > 0) ?? mark.range.getBoundingClientRect();
    const card = container.getBoundingClientRect();
    const vw = doc.documentElement.clientWidth;
    const vh = doc.documentElement.clientHeight;
    const below = anchor.bottom + GAP;
    const top = below + card.height <= vh - MARGIN || anchor.top - GAP - card.height < MARGIN ? below : anchor.top - GAP - card.height;
    const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, vw - card.width - MARGIN));
    container.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  function show(mark: Mark): void {
    current = mark;
    const el = ensureHost();
    render(el, mark);
    place(mark);
  }

  function hide(): void {
    clearTimeout(timer);
    if (!current || !container) return;
    current = undefined;
    render(container, undefined);
  }

  function schedule(action: () => void, delay: number): void {
    clearTimeout(timer);
    timer = setTimeout(action, delay);
  }

  function update(): void {
    frame = 0;
    const { x, y, overCard } = lastPoint;
    if (overCard) {
      clearTimeout(timer);
      return;
    }
    const mark = marks()?.at(x, y);
    if (mark && mark === current) clearTimeout(timer);
    else if (mark) schedule(() => show(mark), current ? 0 : showDelay);
    else if (current) schedule(hide, hideDelay);
    else clearTimeout(timer);
  }

  doc.addEventListener(
    'pointermove',
    (event) => {
      lastPoint = { x: event.clientX, y: event.clientY, overCard: host !== undefined && event.composedPath().includes(host) };
      havePoint = true;
      // One hit test per frame, however fast the pointer moves.
      if (!frame) frame = requestAnimationFrame(update);
    },
    { passive: true, signal },
  );
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && hide(), { signal });
  // A fixed card would drift away from its name on scroll: close it, then look again at
  // what the resting pointer is over now (browsers send no pointer event for a scroll).
  doc.addEventListener(
    'scroll',
    () => {
      if (current) hide();
      lastPoint = { ...lastPoint, overCard: false };
      if (!frame && havePoint) frame = requestAnimationFrame(update);
    },
    { passive: true, capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    if (container) render(container, undefined);
    host?.remove();
  });
  return { hide };
}
