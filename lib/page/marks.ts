/**
 * Marks mentions through the CSS Custom Highlight API: the page's DOM is left exactly as
 * it was (no wrapper elements, which frameworks such as React crash on or silently undo:
 * facebook/react#11538), and removing every mark is one call.
 */
import type { Mention } from '../match/mention';
import { markUnderPoint } from './hit-test';
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
  /** The marks on the page now: empty once cleared. */
  readonly list: readonly Mark[];
  /** The mark under a viewport point, if any. */
  at(x: number, y: number): Mark | undefined;
  /** Removes every mark from the page; `list` is empty afterwards. */
  clear(): void;
}

/** Whether this browser can mark text without touching the DOM. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Registers one highlight for all mentions; replaces any earlier marks. */
export function markMentions(page: PageText, mentions: readonly Mention[]): Marks {
  const marks: readonly Mark[] = mentions.flatMap((mention) => {
    const range = rangeFor(page, mention.start, mention.end);
    return range ? [{ mention, range }] : [];
  });
  const highlight = new Highlight(...marks.map((m) => m.range));
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  const doc = page.nodes[0]?.node.ownerDocument ?? document;
  let cleared = false;
  return {
    get list() {
      return cleared ? [] : marks;
    },
    at: (x, y) => (cleared || marks.length === 0 ? undefined : markUnderPoint(doc, highlight, marks, x, y)),
    clear() {
      cleared = true;
      // A later scan may have registered its own highlight under the name: leave that one.
      if (CSS.highlights.get(HIGHLIGHT_NAME) === highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    },
  };
}
