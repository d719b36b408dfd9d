import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { yieldToMain } from '../../lib/page/slicer';
import { type Card, attachCard } from '../../lib/page/card/controller';
import { CARD_HOST_TAG, createCardHost, isCardHost } from '../../lib/page/card/host';
import { cardPlacement } from '../../lib/page/card/placement';
import type { Mark, Marks } from '../../lib/page/marks';

const SHOW = 120;
const HIDE = 300;
const CSS_TEXT = '.host { color: red; }';

/** Points on the page: on the first name, on the second, and on no name. */
const ON_PESKOV = { x: 30, y: 10 };
const ON_MH17 = { x: 70, y: 10 };
const OFF = { x: 500, y: 10 };

/** A mark over `text`, which must occur once in the body's text node. */
function markOver(text: string, entityId: string): Mark {
  const node = document.querySelector('p')!.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return { mention: { start, end: start + text.length, entityId, alias: text, how: 'exact' }, range };
}

let peskov: Mark;
let mh17: Mark;
let controller: AbortController;
let render: Mock<(container: HTMLElement, mark: Mark | undefined) => void>;
let card: Card;

/**
 * Stands in for the hit test (marks.test covers the real one): x below 50 is on Peskov, below
 * 100 on MH17, anything else on no name. Each name is always the same Mark, as with real marks.
 */
const fakeMarks: Pick<Marks, 'at'> = {
  at: (x) => (scrolledAway ? undefined : x < 50 ? peskov : x < 100 ? mh17 : undefined),
};
/** Set when a scroll has moved every name away from the resting pointer. */
let scrolledAway = false;

/** Moves the pointer, from `target` (the page by default), and lets the next frame pass so that the move is seen. */
function move({ x, y }: { x: number; y: number }, target: EventTarget = document.body): void {
  target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true }));
  vi.advanceTimersToNextFrame();
}

const hosts = () => document.querySelectorAll(CARD_HOST_TAG);
const host = () => document.querySelector<HTMLElement>(CARD_HOST_TAG)!;
/**
 * The card's shadow roots, as the real attachShadow makes them: the root is closed, so the
 * page (and this test) can reach it only by watching it being made.
 */
const shadowRoots = new Map<Element, ShadowRoot>();
const realAttachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = realAttachShadow.call(this, init);
  shadowRoots.set(this, root);
  return root;
};
const shadowOf = (el: Element) => shadowRoots.get(el)!;
const container = () => shadowOf(host()).querySelector<HTMLElement>('.host')!;
const lastRender = () => render.mock.calls.at(-1);

/** Rests the pointer on Peskov until his card is open. */
function openPeskov(): void {
  move(ON_PESKOV);
  vi.advanceTimersByTime(SHOW);
  expect(card.open).toBe(peskov);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  document.body.innerHTML = '<p>Dmitry Peskov spoke about MH17.</p>';
  peskov = markOver('Dmitry Peskov', 'dmitry-peskov');
  mh17 = markOver('MH17', 'mh17-2014');
  controller = new AbortController();
  scrolledAway = false;
  render = vi.fn();
  card = attachCard({ marks: () => fakeMarks, render, placement: cardPlacement, css: CSS_TEXT, signal: controller.signal, showDelay: () => SHOW, hideDelay: HIDE });
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  for (const el of hosts()) el.remove();
});

describe('opening', () => {
  it('adds nothing to the page until a card opens', () => {
    expect(hosts()).toHaveLength(0);
    expect(render).not.toHaveBeenCalled();
  });

  it('draws a card unseen ahead of the first one, in its own shadow root, and leaves nothing of it behind', async () => {
    const seen: Array<{ visibility: string; inShadow: boolean; isContainer: boolean }> = [];
    render.mockImplementation((into, mark) => {
      if (mark) seen.push({ visibility: into.style.visibility, inShadow: into.getRootNode() === shadowOf(host()), isContainer: into === container() });
    });
    const warming = card.warm(peskov);
    // The host first, in a task of its own; the drawing and the layout each in theirs.
    expect(render).not.toHaveBeenCalled();
    await warming;
    expect(seen).toEqual([{ visibility: 'hidden', inShadow: true, isContainer: false }]);
    expect(render.mock.calls.map(([, mark]) => mark)).toEqual([peskov, undefined]);
    expect([...shadowOf(host()).children].map((el) => el.localName)).toEqual(['style', 'div', 'div']);
    expect(container().childNodes).toHaveLength(0);
    expect(card.open).toBeUndefined();
    vi.advanceTimersToNextFrame();
    expect(performance.getEntriesByName('backgrounder:card')).toHaveLength(0);
    openPeskov();
    expect(lastRender()).toEqual([container(), peskov]);
  });

  it('opens the card once the pointer has rested on a name for the show delay, not before, drawing it unseen during the rest', async () => {
    move(ON_PESKOV);
    // A moment's rest draws nothing yet: a pointer crossing the text on its way elsewhere rests this long.
    vi.advanceTimersByTime(SHOW / 2);
    expect(render).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
    // Then the card is drawn, and in a task after it placed, hidden, so that the dwell's end only has to show it.
    vi.advanceTimersByTime(SHOW / 2 - 1);
    expect(render.mock.calls).toEqual([[container(), peskov]]);
    expect(container().style.visibility).toBe('hidden');
    expect(container().style.transform).toBe('');
    await placed();
    expect(container().style.transform).toMatch(/^translate\(/);
    expect(card.open).toBeUndefined();
    vi.advanceTimersByTime(1);
    await settle();
    expect(card.open).toBe(peskov);
    expect(container().style.visibility).toBe('');
    // Shown as drawn: not drawn again.
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('clears a card drawn during a rest that ends before the show delay, and shows nothing', async () => {
    move(ON_PESKOV);
    // Past the draft, and more than a frame before the dwell's end (a move is seen at the next frame).
    vi.advanceTimersByTime(SHOW - 20);
    await settle();
    expect(render.mock.calls).toEqual([[container(), peskov]]);
    move(OFF);
    expect(lastRender()).toEqual([container(), undefined]);
    vi.advanceTimersByTime(SHOW * 10);
    await settle();
    expect(card.open).toBeUndefined();
    expect(render).toHaveBeenCalledTimes(2);
    expect(container().style.visibility).toBe('hidden');
  });

  it('renders into one host with a closed shadow root, which the page cannot read, that holds only the card’s style, its container and a live region', () => {
    openPeskov();
    expect(hosts()).toHaveLength(1);
    expect(host().shadowRoot).toBeNull();
    const shadow = shadowOf(host());
    expect(shadow.mode).toBe('closed');
    expect(shadow.querySelector('style')!.textContent).toBe(CSS_TEXT);
    expect([...shadow.children].map((el) => `${el.localName}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''}`)).toEqual(['style', 'div', 'div[status]']);
    expect(lastRender()![0]).toBe(shadow.querySelector('.host'));
    expect(isCardHost(host())).toBe(true);
  });

  it('opens nothing for a pointer that crosses a name on its way elsewhere', () => {
    move(ON_PESKOV);
    vi.advanceTimersByTime(SHOW / 2);
    move(OFF);
    vi.advanceTimersByTime(SHOW * 10);
    expect(card.open).toBeUndefined();
    expect(render).not.toHaveBeenCalled();
  });

  it('looks under the pointer at most once a frame, at its latest position', () => {
    const at = vi.spyOn(fakeMarks, 'at');
    for (const x of [200, 300, 400, ON_PESKOV.x]) document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 10, bubbles: true }));
    vi.advanceTimersToNextFrame();
    expect(at.mock.calls).toEqual([[ON_PESKOV.x, 10]]);
  });
});

describe('closing', () => {
  it('keeps the card for the hide delay after the pointer leaves the name, then clears it', () => {
    openPeskov();
    move(OFF);
    vi.advanceTimersByTime(HIDE - 1);
    expect(card.open).toBe(peskov);
    vi.advanceTimersByTime(1);
    expect(card.open).toBeUndefined();
    expect(lastRender()).toEqual([container(), undefined]);
  });

  it('keeps the card open when the pointer comes back to the name within the hide delay', () => {
    openPeskov();
    move(OFF);
    vi.advanceTimersByTime(HIDE / 2);
    move(ON_PESKOV);
    vi.advanceTimersByTime(HIDE * 10);
    expect(card.open).toBe(peskov);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it.each([
    { case: 'its container', target: () => container() },
    { case: 'the host element', target: () => host() },
  ])('keeps the card open while the pointer is over the card itself ($case)', ({ target }) => {
    openPeskov();
    move(OFF);
    vi.advanceTimersByTime(HIDE / 2);
    move(OFF, target());
    vi.advanceTimersByTime(HIDE * 10);
    expect(card.open).toBe(peskov);
  });

  it('closes once the pointer leaves the card for the page', () => {
    openPeskov();
    move(OFF, container());
    move(OFF);
    vi.advanceTimersByTime(HIDE);
    expect(card.open).toBeUndefined();
  });

  it('swaps the card at once when the pointer moves from one name to another', () => {
    openPeskov();
    move(ON_MH17);
    // A zero delay set inside a fake frame is due 1 ms on (fake-timers' rule for timers set during a tick).
    vi.advanceTimersByTime(1);
    expect(card.open).toBe(mh17);
    expect(lastRender()).toEqual([container(), mh17]);
    expect(hosts()).toHaveLength(1);
  });

  it('closes at once on Escape, and not on other keys', () => {
    openPeskov();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(card.open).toBe(peskov);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.open).toBeUndefined();
    expect(lastRender()).toEqual([container(), undefined]);
  });

  it('follows its name through a scroll, and closes after the hide delay once the name has left the resting pointer', () => {
    openPeskov();
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(HIDE);
    expect(card.open).toBe(peskov);
    scrolledAway = true;
    // Scroll events do not bubble: the document hears an inner scroller's only by capturing.
    document.querySelector('p')!.dispatchEvent(new Event('scroll'));
    vi.advanceTimersToNextFrame();
    expect(card.open).toBe(peskov);
    vi.advanceTimersByTime(HIDE);
    expect(card.open).toBeUndefined();
  });

  it('hide() closes the card now and cancels a pending open', () => {
    openPeskov();
    card.hide();
    expect(card.open).toBeUndefined();
    move(ON_MH17);
    card.hide();
    vi.advanceTimersByTime(SHOW * 10);
    expect(card.open).toBeUndefined();
  });
});

describe('the host', () => {
  it('is put back when the page removes it, and there is still only one', () => {
    openPeskov();
    host().remove();
    expect(hosts()).toHaveLength(0);
    card.hide();
    move(ON_MH17);
    vi.advanceTimersByTime(SHOW);
    expect(card.open).toBe(mh17);
    expect(hosts()).toHaveLength(1);
    expect(lastRender()).toEqual([container(), mh17]);
  });

  it('comes back under a pointer that rests on the open name when the page removes it', () => {
    openPeskov();
    host().remove();
    move(ON_PESKOV);
    expect(hosts()).toHaveLength(1);
    expect(card.open).toBe(peskov);
    expect(lastRender()).toEqual([container(), peskov]);
  });

  it('tells events that passed through it from events on the page', () => {
    const own = createCardHost(document, '');
    const inside = own.container();
    const seen: boolean[] = [];
    document.addEventListener('pointermove', (event) => seen.push(own.isInCard(event)), { signal: controller.signal });
    inside.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    document.body.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    expect(seen).toEqual([true, false]);
    expect(own.existing()).toBe(inside);
    own.destroy();
    expect(own.existing()).toBeUndefined();
  });

  it('lets the wheel scroll the card, and cancels it once the card can scroll no further that way, so the page stays put', () => {
    const own = createCardHost(document, '');
    const scroller = document.createElement('div');
    const fact = document.createElement('p');
    scroller.append(fact);
    own.container().append(scroller);
    // happy-dom lays nothing out: the card's box and scroll as a browser would report them.
    Object.defineProperties(scroller, { scrollHeight: { value: 600 }, clientHeight: { value: 200 } });
    const wheel = (deltaY: number) => {
      const event = new WheelEvent('wheel', { deltaY, bubbles: true, composed: true, cancelable: true });
      fact.dispatchEvent(event);
      return event.defaultPrevented ? 'kept from the page' : 'scrolls';
    };
    scroller.scrollTop = 0;
    expect([wheel(100), wheel(-100)]).toEqual(['scrolls', 'kept from the page']);
    scroller.scrollTop = 400;
    expect([wheel(100), wheel(-100)]).toEqual(['kept from the page', 'scrolls']);
    own.destroy();
  });
});

describe('abort', () => {
  it('clears the card, removes the host, and ignores the pointer from then on', () => {
    openPeskov();
    const shown = container();
    controller.abort();
    expect(lastRender()).toEqual([shown, undefined]);
    expect(hosts()).toHaveLength(0);
    expect(card.open).toBeUndefined();
    render.mockClear();
    move(ON_MH17);
    vi.advanceTimersByTime(SHOW * 10);
    expect(render).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
  });

  it('cancels a card that was about to open', () => {
    move(ON_PESKOV);
    controller.abort();
    vi.advanceTimersByTime(SHOW * 10);
    expect(render).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
  });
});

/** Lets the card's placement (floating-ui resolves asynchronously) finish: a real macrotask flushes every promise. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Settles once a task has passed: the card is placed in the task after its drawing (controller.ts `draft`). */
const placed = async () => {
  await yieldToMain();
  await settle();
};

describe('a card opened for the keyboard, the popup or a tap', () => {
  it('takes focus, stays when the pointer wanders, and gives focus back on Escape', async () => {
    render.mockImplementation((el, mark) => {
      el.replaceChildren();
      if (mark) el.append(Object.assign(document.createElement('section'), { tabIndex: -1, role: 'dialog' }));
    });
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    card.focusOn(peskov);
    await settle();
    expect(card.open).toBe(peskov);
    expect(shadowOf(host()).activeElement?.getAttribute('role')).toBe('dialog');
    move(OFF);
    vi.advanceTimersByTime(HIDE * 3);
    expect(card.open).toBe(peskov);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.open).toBeUndefined();
    expect(document.activeElement).toBe(button);
  });

  /** Draws a dialog with a button in it, as the real card; drawing a new card blurs a focused button first, as a browser does once the drawing hides it. */
  function drawDialogs(): void {
    render.mockImplementation((el, mark) => {
      el.querySelector('button')?.blur();
      el.replaceChildren();
      if (!mark) return;
      const dialog = el.appendChild(Object.assign(document.createElement('section'), { tabIndex: -1, role: 'dialog' }));
      dialog.append(Object.assign(document.createElement('button'), { textContent: mark.mention.entityId }));
    });
  }

  it('closes once focus leaves it for the page', async () => {
    drawDialogs();
    const button = document.body.appendChild(document.createElement('button'));
    card.focusOn(peskov);
    await settle();
    expect(shadowOf(host()).activeElement?.getAttribute('role')).toBe('dialog');
    button.focus();
    vi.advanceTimersByTime(0);
    expect(card.open).toBeUndefined();
  });

  it('keeps focus when a button inside it opens another card, although drawing that card blurs the button', async () => {
    drawDialogs();
    card.focusOn(peskov);
    await settle();
    shadowOf(host()).querySelector('button')!.focus();
    expect(shadowOf(host()).activeElement?.textContent).toBe('dmitry-peskov');
    card.focusOn(mh17);
    // The browser's focusout reaches the page before the new card has focus, and its timer may run first.
    vi.advanceTimersByTime(0);
    await settle();
    vi.advanceTimersByTime(HIDE);
    expect(card.open).toBe(mh17);
    expect(shadowOf(host()).activeElement?.getAttribute('role')).toBe('dialog');
    expect(lastRender()?.[1]).toBe(mh17);
  });

  it('records the span from asking for it to the frame that shows it, as a User Timing measure', async () => {
    performance.clearMeasures('backgrounder:card');
    card.focusOn(peskov);
    await settle();
    await vi.waitUntil(() => performance.getEntriesByName('backgrounder:card').length > 0, { timeout: 1000 });
    const [measure] = performance.getEntriesByName('backgrounder:card') as PerformanceMeasure[];
    expect(measure!.detail).toEqual({ mode: 'focus' });
    expect(measure!.duration).toBeGreaterThanOrEqual(0);
  });

  it('closes on a press outside it, and not on one inside it', async () => {
    card.focusOn(peskov);
    await settle();
    container().dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(card.open).toBe(peskov);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(card.open).toBeUndefined();
  });

  it('opens as a bottom sheet for a tap on a name, and closes on a swipe down', async () => {
    const touch = (type: string, target: EventTarget, x: number, y: number) =>
      target.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: y, bubbles: true, composed: true }));
    touch('pointerdown', document.body, ON_PESKOV.x, 10);
    touch('pointerup', document.body, ON_PESKOV.x + 2, 11);
    await settle();
    expect(card.open).toBe(peskov);
    expect(container().classList.contains('sheet')).toBe(true);
    touch('pointerdown', container(), 100, 400);
    touch('pointerup', container(), 104, 480);
    expect(card.open).toBeUndefined();
  });

  it('ignores a finger’s moves as hover, and a drag as a tap', () => {
    const touch = (type: string, x: number) =>
      document.body.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 10, bubbles: true, composed: true }));
    touch('pointermove', ON_PESKOV.x);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(SHOW);
    touch('pointerdown', ON_PESKOV.x);
    touch('pointerup', ON_PESKOV.x + 40);
    expect(card.open).toBeUndefined();
  });
});
