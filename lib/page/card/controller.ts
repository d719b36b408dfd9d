/**
 * The card controller: it composes the host, the placement and the input, and decides when
 * the card opens and closes. A card opens in one of two ways: under a resting pointer (it
 * closes when the pointer has left name and card), or for the keyboard, the popup or a tap
 * (it takes focus, stays until Escape, a click elsewhere or focus leaving it, then gives focus
 * back). What the card says is drawn by the `render` callback (a Preact component in the
 * content script), so this module stays framework-free.
 */
import { yieldToMain } from '../slicer';
import type { Mark, Marks } from '../marks';
import { frameOffset } from '../frames';
import { createCardHost } from './host';
import { listenForCardInput, type PointerAt } from './input';
import { isOnScreen } from './on-screen';
import type { CardPlacement } from './placement';

export interface CardOptions {
  /** The current marks (they change when the page is rescanned or the site turned off); only their hit test is used. */
  marks: () => Pick<Marks, 'at'> | undefined;
  /** Draws the card for a mark into `container`, or clears it when `mark` is undefined; a promise when drawing waits for something (the card kit's first load). */
  render: (container: HTMLElement, mark: Mark | undefined) => void | Promise<void>;
  /** The card's stylesheet, applied inside the shadow root only. */
  css: string;
  signal: AbortSignal;
  /** Milliseconds the pointer rests on a name before the card opens (read at each dwell: the reader may change it). */
  showDelay?: () => number;
  /** Milliseconds before the card closes once the pointer has left name and card. */
  hideDelay?: number;
  /** Where the card goes (lib/page/card/placement.ts; the content script's comes with the card kit). */
  placement: CardPlacement;
  /** The document to work in (tests pass their own). */
  doc?: Document;
}

/** A deliberate dwell, as Wikipedia's Page Previews wait: a pointer crossing the text on its way elsewhere opens nothing. */
const SHOW_DELAY = 500;
/** Milliseconds of rest on a name before its card is drafted, unseen: a pointer crossing the text rests on no name this long. */
const DRAFT_AFTER = 100;
/** Long enough to move from the name to the card across the gap between them. */
const HIDE_DELAY = 300;

/**
 * User Timing: from the moment a card is asked for (a dwell's end, a key, a tap) to the frame that
 * shows it placed, with `{mode}`: DevTools shows it, the browser tests print it.
 */
export const CARD_MEASURE = 'backgrounder:card';

/** How the open card was opened: by a resting pointer, for the keyboard (with focus inside), or by a tap (a bottom sheet, focus inside). */
export type CardMode = 'pointer' | 'focus' | 'sheet';

/** The open card, and ways to open and close it. */
export interface Card {
  /** The mark whose card is open, if any. */
  readonly open: Mark | undefined;
  /** Opens the card for `mark` now with focus inside it (keyboard, popup, a tap, stepping between mentions). */
  focusOn(mark: Mark): void;
  /** Closes the card now. */
  hide(): void;
  /** Says `text` to screen readers (the card that opened for the keyboard). */
  announce(text: string): void;
  /** Follows the reader's input in a same-origin frame's document too, whose marks open this card. */
  listenIn(frameDoc: Document): void;
  /** Draws `mark`'s card once, unseen, so that the first card the reader asks for is quick (`render` must draw it at once); settles once done. */
  warm(mark: Mark): Promise<void>;
}

/** Scrolls the page so that `range` is on screen, if it is not. */
function bringIntoView(range: Range): void {
  if (!isOnScreen(range)) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}

export function attachCard(options: CardOptions): Card {
  const { marks, render, css, signal, showDelay = () => SHOW_DELAY, hideDelay = HIDE_DELAY, doc = document } = options;
  const host = createCardHost(doc, css);
  let open: Mark | undefined;
  let mode: CardMode = 'pointer';
  /** The card drawn and placed, hidden until shown: a resting pointer's card is drafted during the dwell. */
  let drafted: { mark: Mark; sheet: boolean; placed: Promise<void> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unfollow: (() => void) | undefined;
  /** Where focus was before a focus-mode card took it, to give it back. */
  let returnFocus: HTMLElement | undefined;
  /**
   * The card being drawn to take focus, until it has it. Drawing hides the container, and the
   * browser then moves focus that was in the card (the button that asked for this card) to the
   * page: that is the card's own doing, not the reader leaving it.
   */
  let focusing: Mark | undefined;

  const later = (action: () => void, delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(action, delay);
  };

  const takesFocus = (how: CardMode) => how !== 'pointer';

  /**
   * Draws `mark`'s card into the container, hidden, and places it next to its name (a bottom sheet
   * sits at the bottom of the screen by its own style); the promise settles once it is placed. A
   * card already drafted for the mark is kept as it is. A card drafted `ahead` of its showing (under a
   * resting pointer) is placed in a task after its drawing: the page's first card, code and layout
   * both new, took up to 46 ms for the two in one task in a browser just started (traced,
   * bench:browser). A card asked for (the keyboard, the popup, a tap) is placed at once: the reader
   * waits for it, and focus moves into it then, before anything else can run.
   */
  function draft(mark: Mark, sheet: boolean, ahead = false): Promise<void> {
    if (drafted?.mark === mark && drafted.sheet === sheet && host.isAttached()) return drafted.placed;
    const container = host.container();
    unfollow?.();
    unfollow = undefined;
    container.classList.toggle('sheet', sheet);
    // Hidden until shown, so that the card never flashes at its last place.
    container.style.visibility = 'hidden';
    const drawn = render(container, mark);
    const place = (): Promise<void> => {
      if (sheet) {
        container.style.removeProperty('transform');
        return Promise.resolve();
      }
      const following = options.placement.followRange(container, mark.range);
      unfollow = following.stop;
      return following.placed;
    };
    const current = { mark, sheet, placed: Promise.resolve() };
    const placing = () => (drafted === current ? place() : undefined);
    current.placed = drawn ? drawn.then(placing) : ahead ? yieldToMain(doc.defaultView ?? globalThis).then(placing) : place();
    drafted = current;
    return current.placed;
  }

  /** Clears a card that was drafted or shown. */
  function clear(): void {
    unfollow?.();
    unfollow = undefined;
    const container = host.existing();
    if (drafted && container) void render(container, undefined);
    drafted = undefined;
  }

  function show(mark: Mark, how: CardMode): void {
    const asked = performance.now();
    clearTimeout(timer);
    if (takesFocus(how) && !takesFocus(mode)) returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : undefined;
    open = mark;
    mode = how;
    focusing = takesFocus(how) ? mark : undefined;
    // A card opened from elsewhere (the popup, the keyboard, a look-up) brings its name on screen first.
    if (how === 'focus') bringIntoView(mark.range);
    void draft(mark, how === 'sheet').then(() => {
      if (open !== mark) return;
      const container = host.container();
      container.style.visibility = '';
      // The next frame is the one that paints the card: its start is when the reader sees it.
      requestAnimationFrame(() => performance.measure(CARD_MEASURE, { start: asked, end: performance.now(), detail: { mode: how } }));
      if (takesFocus(how)) (container.querySelector<HTMLElement>('[role="dialog"]') ?? container).focus({ preventScroll: true });
      if (focusing === mark) focusing = undefined;
    });
  }

  function hide(): void {
    clearTimeout(timer);
    const wasOpen = open;
    open = undefined;
    focusing = undefined;
    clear();
    if (!wasOpen) return;
    if (takesFocus(mode) && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = undefined;
    mode = 'pointer';
  }

  /**
   * A pointer resting on a name: once it has rested a moment, its card is drafted unseen, and at the
   * dwell's end only shown, so that the card is on screen in the frame after the dwell. A pointer
   * crossing names on its way elsewhere drafts nothing.
   */
  function dwell(mark: Mark): void {
    const delay = showDelay();
    const early = Math.min(DRAFT_AFTER, delay);
    later(() => {
      void draft(mark, false, true);
      later(() => show(mark, 'pointer'), delay - early);
    }, early);
  }

  function onPointer({ x, y, overCard }: PointerAt): void {
    if (overCard) return clearTimeout(timer);
    const mark = marks()?.at(x, y);
    if (mark && mark === open) {
      clearTimeout(timer);
      // The page removed our host while the card was open: put the card back where it was.
      if (!host.isAttached()) show(mark, mode);
    }
    // Moving from one name to the next swaps the card at once; the first one waits for a dwell.
    else if (mark && open) later(() => show(mark, 'pointer'), 0);
    else if (mark) dwell(mark);
    // A card opened for the keyboard or by a tap is not the pointer's to close.
    else if (open && mode === 'pointer') later(hide, hideDelay);
    else if (!open) hide();
  }

  const input = {
    onPointer,
    onTap({ x, y }: { x: number; y: number }) {
      const mark = marks()?.at(x, y);
      if (mark) show(mark, 'sheet');
    },
    onSwipeDown: () => mode === 'sheet' && hide(),
    onEscape: hide,
    onOutside: () => open && takesFocus(mode) && hide(),
    onFocusLeft: () => open && takesFocus(mode) && open !== focusing && later(hide, 0),
  };
  listenForCardInput(doc, input, host.isInCard, signal);
  const frames = new WeakSet<Document>();
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      open = undefined;
      clear();
      host.destroy();
    },
    { once: true },
  );
  return {
    get open() {
      return open;
    },
    focusOn: (mark) => show(mark, 'focus'),
    hide,
    warm: (mark) =>
      host.warm(
        (scratch) => void render(scratch, mark),
        (scratch) => void render(scratch, undefined),
      ),
    announce: (text) => host.announce(text),
    listenIn(frameDoc) {
      if (frames.has(frameDoc)) return;
      frames.add(frameDoc);
      // The card is never inside a frame: every event there is outside it.
      listenForCardInput(frameDoc, input, () => false, signal, () => frameOffset(frameDoc));
    },
  };
}
