/**
 * Marks mentions through the CSS Custom Highlight API: the page's DOM is left exactly as
 * it was (no wrapper elements, which frameworks such as React crash on or silently undo:
 * facebook/react#11538), and removing every mark is one call. A live page adds and drops
 * marks as it changes; `list` is a snapshot that never changes under its reader.
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

/** The marks on a page, and how to find, add and remove them. */
export interface Marks {
  /** The marks on the page now, as a snapshot: empty once cleared. */
  readonly list: readonly Mark[];
  /** The mark under a viewport point, if any. */
  at(x: number, y: number): Mark | undefined;
  /** Adds marks to the page. */
  add(marks: readonly Mark[]): void;
  /** Takes the marks that `drop` accepts off the page. */
  remove(drop: (mark: Mark) => boolean): void;
  /** Removes every mark from the page; `list` is empty afterwards. */
  clear(): void;
}

/** The highlight that flashes a mention the reader stepped to, so that the eye finds it after the scroll. */
export const FLASH_NAME = 'backgrounder-flash';
/** How long the flash stays: long enough to be seen after a smooth scroll. */
const FLASH_MS = 1200;

/** Flashes `range` for a moment. */
export function flash(range: Range): void {
  const highlight = new Highlight(range);
  CSS.highlights.set(FLASH_NAME, highlight);
  setTimeout(() => CSS.highlights.get(FLASH_NAME) === highlight && CSS.highlights.delete(FLASH_NAME), FLASH_MS);
}

/** The marks in document order (a live page adds marks in the order its changes came). */
export function inPageOrder(marks: readonly Mark[]): Mark[] {
  return [...marks].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
}

/** Whether this browser can mark text without touching the DOM. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The marks for `mentions` of `page.text`: ranges only, not yet on the page. */
export function marksFor(page: PageText, mentions: readonly Mention[]): Mark[] {
  return mentions.flatMap((mention) => {
    const range = rangeFor(page, mention.start, mention.end);
    return range ? [{ mention, range }] : [];
  });
}

/**
 * Registers one (empty) highlight for `doc`, replacing any earlier one. `shadowCss` styles
 * marks inside the page's open shadow roots, which the document's stylesheets do not reach.
 */
export function createMarks(doc: Document, shadowCss = ''): Marks {
  const highlight = new Highlight();
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  const styled = new Map<ShadowRoot, CSSStyleSheet>();
  let current: readonly Mark[] = [];
  let cleared = false;

  /** Shares our mark style with a shadow root that holds a mark, once. */
  function style(range: Range): void {
    const root = range.startContainer.getRootNode();
    if (!shadowCss || !('host' in root) || styled.has(root as ShadowRoot)) return;
    const shadow = root as ShadowRoot;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(shadowCss);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    styled.set(shadow, sheet);
  }

  return {
    get list() {
      return current;
    },
    at: (x, y) => (current.length === 0 ? undefined : markUnderPoint(doc, highlight, current, x, y)),
    add(marks) {
      if (cleared || marks.length === 0) return;
      for (const mark of marks) {
        highlight.add(mark.range);
        style(mark.range);
      }
      current = [...current, ...marks];
    },
    remove(drop) {
      const dropped = new Set(current.filter(drop));
      if (dropped.size === 0) return;
      for (const mark of dropped) highlight.delete(mark.range);
      current = current.filter((m) => !dropped.has(m));
    },
    clear() {
      cleared = true;
      current = [];
      highlight.clear();
      // A later scan may have registered its own highlight under the name: leave that one.
      if (CSS.highlights.get(HIGHLIGHT_NAME) === highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
      for (const [root, sheet] of styled) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      styled.clear();
    },
  };
}

/** Registers one highlight for all mentions of one extracted page; replaces any earlier marks. */
export function markMentions(page: PageText, mentions: readonly Mention[]): Marks {
  const marks = createMarks(page.nodes[0]?.node.ownerDocument ?? document);
  marks.add(marksFor(page, mentions));
  return marks;
}
