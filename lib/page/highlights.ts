/**
 * Marks mentions through the CSS Custom Highlight API: the page's DOM is left exactly as
 * it was (no wrapper elements, which frameworks such as React crash on or silently undo:
 * facebook/react#11538), and removing every mark is one call.
 */
import type { Mention } from '../mention';
import { type PageText, rangeFor } from './page-text';

/** The highlight's name, styled by `::highlight(backgrounder-mention)` in the content CSS. */
export const HIGHLIGHT_NAME = 'backgrounder-mention';

/** A mention and the live range that marks it. */
export interface Mark {
  mention: Mention;
  range: Range;
}

/** The marks on a page, and how to find and remove them. */
export interface Marks {
  readonly list: readonly Mark[];
  /** The mark under a viewport point, if any. */
  at(x: number, y: number): Mark | undefined;
  /** Removes every mark from the page. */
  clear(): void;
}

/** Whether this browser can mark text without touching the DOM. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

interface HitResult {
  highlight?: Highlight;
  ranges?: AbstractRange[];
}

/** Registers one highlight for all mentions; replaces any earlier marks. */
export function markMentions(page: PageText, mentions: readonly Mention[]): Marks {
  const list: Mark[] = [];
  for (const mention of mentions) {
    const range = rangeFor(page, mention.start, mention.end);
    if (range) list.push({ mention, range });
  }
  const highlight = new Highlight(...list.map((m) => m.range));
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  const byRange = new Map<AbstractRange, Mark>(list.map((m) => [m.range, m]));
  const doc = page.nodes[0]?.node.ownerDocument ?? document;

  /** The mark under the point by the browser's own hit test; undefined where it has none. */
  function byHitTest(x: number, y: number): Mark | null | undefined {
    const registry = CSS.highlights as HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => HitResult[] };
    if (typeof registry.highlightsFromPoint !== 'function') return undefined;
    for (const hit of registry.highlightsFromPoint(x, y)) {
      if (hit.highlight !== highlight || !hit.ranges) continue;
      for (const r of hit.ranges) {
        const mark = byRange.get(r) ?? list.find((m) => m.range.startContainer === r.startContainer && m.range.startOffset === r.startOffset);
        if (mark) return mark;
      }
    }
    return null;
  }

  function byCaret(x: number, y: number): Mark | undefined {
    const d = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
    let node: Node | undefined;
    let offset = 0;
    const position = typeof d.caretPositionFromPoint === 'function' ? d.caretPositionFromPoint(x, y) : null;
    if (position) {
      node = position.offsetNode;
      offset = position.offset;
    } else {
      const range = d.caretRangeFromPoint?.(x, y);
      if (range) {
        node = range.startContainer;
        offset = range.startOffset;
      }
    }
    if (!node || node.nodeType !== Node.TEXT_NODE) return undefined;
    // The caret snaps to the nearest character, so check that the point is on the text itself.
    return list.find(
      (m) => m.range.comparePoint(node, offset) === 0 && [...m.range.getClientRects()].some((r) => contains(r, x, y)),
    );
  }

  return {
    list,
    at(x, y) {
      if (list.length === 0) return undefined;
      const hit = byHitTest(x, y);
      return hit === undefined ? byCaret(x, y) : hit ?? undefined;
    },
    clear() {
      if (CSS.highlights.get(HIGHLIGHT_NAME) === highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
      list.length = 0;
    },
  };
}
