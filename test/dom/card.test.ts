import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { type Card, attachCard } from '../../lib/page/card/controller';
import { CARD_HOST_TAG, createCardHost, isCardHost } from '../../lib/page/card/host';
import { anchorRect, cardPosition } from '../../lib/page/card/placement';
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
  at: (x) => (x < 50 ? peskov : x < 100 ? mh17 : undefined),
};

/** Moves the pointer, from `target` (the page by default), and lets the next frame pass so that the move is seen. */
function move({ x, y }: { x: number; y: number }, target: EventTarget = document.body): void {
  target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true }));
  vi.advanceTimersToNextFrame();
}

/** Line boxes, as `getClientRects` returns them: the code under test only spreads and searches the list. */
const rectList = (...rects: DOMRect[]) => rects as unknown as DOMRectList;

const hosts = () => document.querySelectorAll(CARD_HOST_TAG);
const host = () => document.querySelector<HTMLElement>(CARD_HOST_TAG)!;
const container = () => host().shadowRoot!.querySelector<HTMLElement>('.host')!;
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
  render = vi.fn();
  card = attachCard({ marks: () => fakeMarks, render, css: CSS_TEXT, signal: controller.signal, showDelay: SHOW, hideDelay: HIDE });
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

  it('opens the card once the pointer has rested on a name for the show delay, not before', () => {
    move(ON_PESKOV);
    vi.advanceTimersByTime(SHOW - 1);
    expect(card.open).toBeUndefined();
    expect(render).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(card.open).toBe(peskov);
    expect(render).toHaveBeenCalledTimes(1);
    expect(render).toHaveBeenCalledWith(container(), peskov);
  });

  it('renders into one host with an open shadow root that holds only the card’s style and container', () => {
    openPeskov();
    expect(hosts()).toHaveLength(1);
    const shadow = host().shadowRoot!;
    expect(shadow.mode).toBe('open');
    expect(shadow.querySelector('style')!.textContent).toBe(CSS_TEXT);
    expect([...shadow.children].map((el) => el.localName)).toEqual(['style', 'div']);
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

  it('places the open card just below its name', () => {
    // happy-dom has no layout, so the name's box and the viewport are what a browser would report.
    vi.spyOn(peskov.range, 'getClientRects').mockReturnValue(rectList(new DOMRect(40, 100, 90, 16)));
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024);
    vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(768);
    openPeskov();
    expect(container().style.transform).toBe('translate(40px, 122px)');
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

  it.each([
    { case: 'the document', target: () => document },
    // Scroll events do not bubble: the document hears an inner scroller's only by capturing.
    { case: 'a scrolling element', target: () => document.querySelector('p')! },
  ])('closes at once when $case scrolls', ({ target }) => {
    openPeskov();
    target().dispatchEvent(new Event('scroll'));
    expect(card.open).toBeUndefined();
    expect(lastRender()).toEqual([container(), undefined]);
  });

  it('after a scroll, opens again for the name that is now under the resting pointer, after the dwell', () => {
    openPeskov();
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersToNextFrame();
    expect(card.open).toBeUndefined();
    vi.advanceTimersByTime(SHOW);
    expect(card.open).toBe(peskov);
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

describe('cardPosition', () => {
  const card = { width: 300, height: 200 };
  const viewport = { width: 1000, height: 800 };
  it.each([
    { case: 'below the name when it fits', anchor: { top: 100, bottom: 120, left: 50 }, viewport, expected: { left: 50, top: 126 } },
    { case: 'above the name when there is no room below', anchor: { top: 700, bottom: 720, left: 50 }, viewport, expected: { left: 50, top: 494 } },
    {
      case: 'below anyway when it fits neither below nor above',
      anchor: { top: 100, bottom: 120, left: 50 },
      viewport: { width: 1000, height: 300 },
      expected: { left: 50, top: 126 },
    },
    { case: 'clamped to the left margin', anchor: { top: 100, bottom: 120, left: -40 }, viewport, expected: { left: 8, top: 126 } },
    { case: 'clamped to the right edge', anchor: { top: 100, bottom: 120, left: 900 }, viewport, expected: { left: 692, top: 126 } },
    {
      case: 'at the left margin when wider than the viewport',
      anchor: { top: 100, bottom: 120, left: 50 },
      viewport: { width: 200, height: 800 },
      expected: { left: 8, top: 126 },
    },
    { case: 'on whole pixels', anchor: { top: 100.2, bottom: 120.6, left: 50.4 }, viewport, expected: { left: 50, top: 127 } },
  ])('puts the card $case', ({ anchor, viewport, expected }) => {
    expect(cardPosition(anchor, card, viewport)).toEqual(expected);
  });
});

describe('anchorRect', () => {
  it('anchors to the first line box of a name that wraps, skipping empty boxes', () => {
    const range = document.createRange();
    const first = new DOMRect(400, 100, 80, 16);
    vi.spyOn(range, 'getClientRects').mockReturnValue(rectList(new DOMRect(390, 100, 0, 16), first, new DOMRect(0, 120, 40, 16)));
    expect(anchorRect(range)).toBe(first);
  });

  it('falls back to the bounding box when the range has no line box', () => {
    const range = document.createRange();
    const box = new DOMRect(5, 6, 7, 8);
    vi.spyOn(range, 'getBoundingClientRect').mockReturnValue(box);
    expect(anchorRect(range)).toBe(box);
  });
});
