import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '../../data';
import { buildIndex, findMentions } from '../../lib/match/find-mentions';
import { isCardHost } from '../../lib/page/card/host';
import { canHighlight, createMarks, HIGHLIGHT_NAME, inPageOrder, type Mark, type Marks, marksFor, QUIET_NAME, CLAIM_NAME } from '../../lib/page/marks';
import { extractText } from '../../lib/page/page-text';
import { scanPage } from '../../lib/page/scan';
import { installHighlightApi } from '../support/highlight-registry';

const index = buildIndex(dataset);

/** Builds a test page from trusted fixture markup. */
function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Extracts, matches and marks `html`, as a scan does. */
function mark(html: string): Marks {
  const extracted = extractText(page(html))!;
  const marks = createMarks(document);
  marks.add(marksFor(extracted, findMentions(index, extracted.text)));
  return marks;
}

const registered = () => CSS.highlights.get(HIGHLIGHT_NAME);
const textsOf = (ranges: Iterable<AbstractRange>) => [...ranges].map((r) => (r as Range).toString());

afterEach(() => {
  document.body.innerHTML = '';
});

describe('canHighlight', () => {
  it('is false where the browser has no CSS Custom Highlight API (happy-dom as it is)', () => {
    expect(canHighlight()).toBe(false);
  });

  it('is true once the API is there, and false again once it is gone', () => {
    const uninstall = installHighlightApi();
    expect(canHighlight()).toBe(true);
    uninstall();
    expect(canHighlight()).toBe(false);
  });
});

describe('scanPage without the API', () => {
  it('marks nothing and says the browser is unsupported, rather than touching the DOM', () => {
    const root = page('<p>Dmitry Peskov spoke.</p>');
    const before = root.innerHTML;
    expect(scanPage(root, index, isCardHost)).toEqual({ status: 'unsupported' });
    expect(root.innerHTML).toBe(before);
    expect(typeof CSS === 'undefined' || !('highlights' in CSS)).toBe(true);
  });
});

describe('with the API', () => {
  let uninstall: () => void;
  beforeEach(() => {
    uninstall = installHighlightApi();
  });
  afterEach(() => uninstall());

  describe('scanPage', () => {
    it('skips a page over the text budget and registers nothing', () => {
      const root = page(`<p>Dmitry Peskov ${'said '.repeat(100)}</p>`);
      expect(scanPage(root, index, isCardHost, { maxChars: 50, maxNodes: 10 })).toEqual({ status: 'too-large' });
      expect(CSS.highlights.size).toBe(0);
    });

    it('marks every mention and counts them by item, leaving out our own card', () => {
      const root = page(
        `<p>Dmitry Peskov spoke about MH17.</p><p>Later, Dmitry Peskov declined to comment.</p>
        <backgrounder-card>Dmitry Peskov</backgrounder-card>`,
      );
      const before = root.innerHTML;
      const result = scanPage(root, index, isCardHost);
      if (result.status !== 'marked') throw new Error(`expected marks, got ${result.status}`);
      expect(result.counts).toEqual([
        { id: 'dmitry-peskov', count: 2 },
        { id: 'mh17-2014', count: 1 },
      ]);
      expect(textsOf(registered()!)).toEqual(['Dmitry Peskov', 'MH17', 'Dmitry Peskov']);
      expect(result.marks.list).toHaveLength(3);
      // Marking is paint only: the page's markup is exactly as it was.
      expect(root.innerHTML).toBe(before);
    });
  });

  describe('createMarks', () => {
    it('registers its highlights under their own names, holding one range per mention (every mention drawn by default here)', () => {
      const marks = mark('<p>The Czech minister <em>Jan Hamáček</em> and PM Babiš met.</p><p>Babiš left.</p>');
      expect([...CSS.highlights.keys()]).toEqual([HIGHLIGHT_NAME, QUIET_NAME, CLAIM_NAME]);
      expect(CSS.highlights.get(QUIET_NAME)?.size).toBe(0);
      expect(registered()).toBeInstanceOf(Highlight);
      expect(textsOf(registered()!)).toEqual(['Jan Hamáček', 'Babiš', 'Babiš']);
      expect(marks.list.map((m) => [m.mention.entityId, m.range.toString()])).toEqual([
        ['jan-hamacek', 'Jan Hamáček'],
        ['andrej-babis', 'Babiš'],
        ['andrej-babis', 'Babiš'],
      ]);
    });

    it.each([
      ['first-in-section', ['Jan Hamáček', 'Babiš', 'Babiš'], ['Babiš']],
      ['first-only', ['Jan Hamáček', 'Babiš'], ['Babiš', 'Babiš']],
      ['every', ['Jan Hamáček', 'Babiš', 'Babiš', 'Babiš'], []],
    ] as const)('with density %s, draws %j and keeps %j quiet but hit-testable', (density, drawn, quiet) => {
      const root = page('<article><p>Jan Hamáček and Babiš met.</p><p>Babiš left.</p></article><article><p>Babiš again.</p></article>');
      const extracted = extractText(root)!;
      const marks = createMarks(document, { density });
      marks.add(marksFor(extracted, findMentions(index, extracted.text)));
      expect(textsOf(registered()!)).toEqual(drawn);
      expect(textsOf(CSS.highlights.get(QUIET_NAME)!)).toEqual(quiet);
      expect(marks.list).toHaveLength(4);
    });

    it('orders marks in and out of shadow roots by where they stand on the page', () => {
      const root = page('<p>Babiš first</p><x-box></x-box><p>Hamáček last</p>');
      const shadow = root.querySelector('x-box')!.attachShadow({ mode: 'open' });
      shadow.append(Object.assign(document.createElement('p'), { textContent: 'Peskov inside' }));
      const extracted = extractText(root)!;
      const marks = createMarks(document);
      marks.add(marksFor(extracted, findMentions(index, extracted.text)).reverse());
      expect(inPageOrder(marks.list).map((m) => m.range.toString())).toEqual(['Babiš', 'Peskov', 'Hamáček']);
    });

    it('draws more or fewer marks when the reader changes the density, without a rescan', () => {
      const root = page('<p>Babiš met Babiš.</p>');
      const extracted = extractText(root)!;
      const marks = createMarks(document, { density: 'first-in-section' });
      marks.add(marksFor(extracted, findMentions(index, extracted.text)));
      expect(registered()!.size).toBe(1);
      marks.setDensity('every');
      expect(registered()!.size).toBe(2);
      expect(CSS.highlights.get(QUIET_NAME)!.size).toBe(0);
    });

    it('registers no highlight and no marks for a page that names nobody', () => {
      const marks = mark('<p>Nothing to see here.</p>');
      expect(registered()).toBeUndefined();
      expect(marks.list).toEqual([]);
      expect(marks.at(0, 0)).toBeUndefined();
    });

    it('clear() removes the highlight; the marks are gone and no point finds one', () => {
      const marks = mark('<p>Dmitry Peskov spoke.</p>');
      expect(marks.list).toHaveLength(1);
      marks.clear();
      expect(CSS.highlights.has(HIGHLIGHT_NAME)).toBe(false);
      expect(marks.list).toEqual([]);
      expect(marks.at(0, 0)).toBeUndefined();
    });

    it('clear() of older marks leaves the highlight a later scan registered', () => {
      const older = mark('<p>Dmitry Peskov spoke.</p>');
      const newer = mark('<p>Babiš spoke.</p>');
      older.clear();
      expect(textsOf(registered()!)).toEqual(['Babiš']);
      expect(newer.list).toHaveLength(1);
    });
  });

  describe('Marks.at', () => {
    // happy-dom has no layout: every rectangle is zero-sized and it has no caret API, so the
    // caret and the mark's rectangles are stubbed, as a browser would report them.
    const RECT = new DOMRect(10, 20, 100, 16);
    let marks: Marks;
    let peskov: Mark;

    beforeEach(() => {
      marks = mark('<p>Spokesman Dmitry Peskov said</p>');
      peskov = marks.list[0]!;
      // A DOMRectList is array-like and iterable; the hit test only spreads it.
      vi.spyOn(peskov.range, 'getClientRects').mockReturnValue([RECT] as unknown as DOMRectList);
    });

    afterEach(() => {
      vi.restoreAllMocks();
      delete (document as Partial<Document>).caretPositionFromPoint;
      delete (document as { caretRangeFromPoint?: unknown }).caretRangeFromPoint;
    });

    /** The caret the browser reports: `offset` into the text node that holds the page's text. */
    function caretAt(offset: number): void {
      const node = peskov.range.startContainer;
      const position = { offsetNode: node, offset, getClientRect: () => null };
      Object.defineProperty(document, 'caretPositionFromPoint', { value: () => position, configurable: true });
    }

    const inside = { x: 40, y: 28 };
    it.each([
      { case: 'on the name', offset: 12, point: inside, found: true },
      { case: 'on the name’s first character', offset: 10, point: inside, found: true },
      { case: 'past the line’s end, where the caret snaps back to the name', offset: 12, point: { x: 300, y: 28 }, found: false },
      { case: 'below the line', offset: 12, point: { x: 40, y: 60 }, found: false },
      { case: 'on unmarked text', offset: 3, point: inside, found: false },
    ])('finds the mark only with the caret in it and the point on its text: $case', ({ offset, point, found }) => {
      caretAt(offset);
      expect(marks.at(point.x, point.y)).toBe(found ? peskov : undefined);
    });

    it('uses caretRangeFromPoint where the browser has no caretPositionFromPoint', () => {
      const caret = document.createRange();
      caret.setStart(peskov.range.startContainer, 12);
      Object.defineProperty(document, 'caretRangeFromPoint', { value: () => caret, configurable: true });
      expect(marks.at(inside.x, inside.y)).toBe(peskov);
    });

    it('finds nothing where the browser has no caret API at all', () => {
      expect(marks.at(inside.x, inside.y)).toBeUndefined();
    });

    it('trusts the browser’s own highlight hit test where it has one', () => {
      const hits = vi.fn((): Array<{ highlight?: Highlight; ranges?: AbstractRange[] }> => [{ highlight: registered(), ranges: [peskov.range] }]);
      Object.defineProperty(CSS.highlights, 'highlightsFromPoint', { value: hits, configurable: true });
      expect(marks.at(500, 500)).toBe(peskov);
      expect(hits).toHaveBeenCalledWith(500, 500);

      // Someone else's highlight under the point is not ours, and the caret is not asked.
      caretAt(12);
      hits.mockReturnValue([{ highlight: new Highlight(peskov.range), ranges: [peskov.range] }]);
      expect(marks.at(inside.x, inside.y)).toBeUndefined();
    });
  });
});
