/**
 * The card's host: the one element Backgrounder adds to a page, with a shadow root so that
 * page styles and card styles never mix. The root is closed and held only here, so that the
 * page's scripts can neither read the card nor rewrite its facts and links. Created on first use, put back if the page
 * removes it (some sites rebuild their whole document), removed on destroy.
 */
import { yieldToMain } from '../slicer';

/** The host element's tag; the page sees this name only. */
export const CARD_HOST_TAG = 'backgrounder-card';

/** Whether `el` is our host, which the scan must skip; `tag`, its localName, where the caller has read it. */
export function isCardHost(el: Element, tag = el.localName): boolean {
  return tag === CARD_HOST_TAG;
}

export interface CardHost {
  /** The element to render the card into; creates the host, or puts it back, as needed. */
  container(): HTMLElement;
  /** The container if the host exists, without creating it. */
  existing(): HTMLElement | undefined;
  /** Says `text` to screen readers through a polite live region in the host (the card's own content is re-rendered, this is not). */
  announce(text: string): void;
  /** Whether the host is in the page now (a page may remove it, or rebuild its document). */
  isAttached(): boolean;
  /** Whether an event passed through the card. */
  isInCard(event: Event): boolean;
  /**
   * Draws a card once where the reader never sees it: `draw` fills an element beside the container,
   * in the same shadow root, hidden, which is laid out and then emptied by `clear` and removed. The
   * card's styles, fonts and layout are then ready for the first card the reader asks for. The host
   * with its stylesheet, the drawing and the layout come each in a task of their own: in a browser
   * just started the three in one task took 56–65 ms (traced, bench:browser).
   */
  warm(draw: (scratch: HTMLElement) => void, clear: (scratch: HTMLElement) => void): Promise<void>;
  /** Removes the host from the page. */
  destroy(): void;
}

/** Whether `el` can still scroll by `delta` along the axis (`vertical` or not). */
function canScroll(el: Element, delta: number, vertical: boolean): boolean {
  const [at, size, view] = vertical ? [el.scrollTop, el.scrollHeight, el.clientHeight] : [el.scrollLeft, el.scrollWidth, el.clientWidth];
  if (size <= view + 1) return false;
  return delta > 0 ? at + view < size - 1 : at > 0;
}

/**
 * Keeps the wheel in the card: a wheel over it that nothing in the card can take any more is
 * cancelled, so that it never scrolls the page behind. The card's `overscroll-behavior: contain`
 * says the same, but Firefox, when busy, has handed the page one wheel step of several sent over
 * a card that reached its end.
 */
function keepWheelInCard(event: WheelEvent): void {
  const vertical = Math.abs(event.deltaY) >= Math.abs(event.deltaX);
  const delta = vertical ? event.deltaY : event.deltaX;
  if (delta === 0) return;
  for (const target of event.composedPath()) {
    if (target === event.currentTarget) break;
    if (target instanceof Element && canScroll(target, delta, vertical)) return;
  }
  event.preventDefault();
}

/** A host for `doc`, whose shadow root gets `css` as its only stylesheet. */
export function createCardHost(doc: Document, css: string): CardHost {
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;
  let status: HTMLElement | undefined;

  function create(): HTMLElement {
    host = doc.createElement(CARD_HOST_TAG);
    // The page's styles must not reach the card, nor the card's the page.
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647;';
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = css;
    container = doc.createElement('div');
    container.className = 'host';
    container.addEventListener('wheel', keepWheelInCard, { passive: false });
    status = doc.createElement('div');
    status.setAttribute('role', 'status');
    status.className = 'announce';
    shadow.append(style, container, status);
    return container;
  }

  return {
    container() {
      const el = container ?? create();
      if (!host!.isConnected) doc.documentElement.append(host!);
      return el;
    },
    existing: () => container,
    announce(text) {
      if (!container) this.container();
      status!.textContent = text;
    },
    isAttached: () => host?.isConnected === true,
    async warm(draw, clear) {
      const beside = this.container();
      await yieldToMain(doc.defaultView ?? globalThis);
      // The host gone meanwhile (the script ended): nothing to warm.
      if (!beside.isConnected) return;
      const scratch = doc.createElement('div');
      scratch.className = 'host';
      // Hidden: a frame may draw it, but shows nothing, and no pointer or screen reader meets it.
      scratch.style.visibility = 'hidden';
      beside.after(scratch);
      try {
        draw(scratch);
        await yieldToMain(doc.defaultView ?? globalThis);
        scratch.getBoundingClientRect();
        clear(scratch);
      } finally {
        scratch.remove();
      }
    },
    isInCard: (event) => host !== undefined && event.composedPath().includes(host),
    destroy() {
      host?.remove();
      host = container = status = undefined;
    },
  };
}
