/**
 * Marks mentions through the CSS Custom Highlight API: the page's DOM is left exactly as
 * it was (no wrapper elements, which frameworks such as React crash on or silently undo:
 * facebook/react#11538), and removing every mark is one call. A live page adds and drops
 * marks as it changes; `list` is a snapshot that never changes under its reader.
 */
import type { Density } from '../ext/settings';
import type { Mention } from '../match/mention';
import { drawnMarks } from './density';
import { markUnderPoint } from './hit-test';
import { createAdoptedStyles, type MarkStyles, themeAt } from './mark-style';
import { type PageText, rangeFor } from './page-text';

/** The drawn marks' highlight, styled by `::highlight(backgrounder-mention)`. */
export const HIGHLIGHT_NAME = 'backgrounder-mention';
/** Mentions not drawn fully (repeats): still under the hit test, drawn quietly. */
export const QUIET_NAME = 'backgrounder-mention-repeat';

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
  /** Draws more or fewer of the marks (the reader's density setting). */
  setDensity(density: Density): void;
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

/** The node in the document that holds `node`: itself, or the host of the shadow root it is in (and so on out). */
function inDocument(node: Node): Node {
  let at = node;
  for (let root = at.getRootNode(); 'host' in root; root = at.getRootNode()) at = (root as ShadowRoot).host;
  return at;
}

/** Page order of two ranges, also when one is in a shadow root (ranges of different trees cannot be compared directly). */
function compareInPage(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) return a.compareBoundaryPoints(Range.START_TO_START, b);
  const [x, y] = [inDocument(a.startContainer), inDocument(b.startContainer)];
  if (x === y) return 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The marks in page order (a live page adds marks in the order its changes came). */
export function inPageOrder(marks: readonly Mark[]): Mark[] {
  return [...marks].sort((a, b) => compareInPage(a.range, b.range));
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

/** How the marks look and how many are drawn. */
export interface MarkLook {
  /** The light and dark styles; without them the manifest's stylesheet is all (tests, the scan command). */
  styles?: MarkStyles | undefined;
  density?: Density;
}

/**
 * Registers the highlights for `doc` (drawn marks, and quiet ones for repeats), replacing
 * any earlier ones, and styles them for the page's background wherever a mark is.
 */
export function createMarks(doc: Document, look: MarkLook = {}): Marks {
  const drawnHighlight = new Highlight();
  const quietHighlight = new Highlight();
  CSS.highlights.set(HIGHLIGHT_NAME, drawnHighlight);
  CSS.highlights.set(QUIET_NAME, quietHighlight);
  const adopted = createAdoptedStyles(look.styles);
  let density: Density = look.density ?? 'every';
  let current: readonly Mark[] = [];
  let cleared = false;

  /** Sorts the marks into drawn and quiet, and gives every root that holds one the style for its background. */
  function restyle(): void {
    const ordered = inPageOrder(current);
    const drawn = drawnMarks(ordered, density);
    drawnHighlight.clear();
    quietHighlight.clear();
    const firstInRoot = new Map<Document | ShadowRoot, Mark>();
    for (const mark of ordered) {
      (drawn.has(mark) ? drawnHighlight : quietHighlight).add(mark.range);
      const root = mark.range.startContainer.getRootNode() as Document | ShadowRoot;
      if (!firstInRoot.has(root)) firstInRoot.set(root, mark);
    }
    themeLater(firstInRoot);
  }

  /**
   * Chooses each root's style after the next frame: reading a computed background forces the
   * browser to compute the page's styles, which right after load can take tens of milliseconds,
   * and after a frame they are computed already.
   */
  let themeTimer: ReturnType<typeof setTimeout> | undefined;
  const view = doc.defaultView ?? globalThis;
  function themeLater(firstInRoot: ReadonlyMap<Document | ShadowRoot, Mark>): void {
    clearTimeout(themeTimer);
    view.requestAnimationFrame(() => {
      clearTimeout(themeTimer);
      themeTimer = setTimeout(() => {
        if (cleared) return;
        for (const [root, mark] of firstInRoot) if (mark.range.startContainer.isConnected) adopted.apply(root, themeAt(mark.range.startContainer.parentElement));
      });
    });
  }

  return {
    get list() {
      return current;
    },
    at: (x, y) => (current.length === 0 ? undefined : markUnderPoint(doc, [drawnHighlight, quietHighlight], current, x, y)),
    add(marks) {
      if (cleared || marks.length === 0) return;
      current = [...current, ...marks];
      restyle();
    },
    remove(drop) {
      const dropped = new Set(current.filter(drop));
      if (dropped.size === 0) return;
      current = current.filter((m) => !dropped.has(m));
      restyle();
    },
    setDensity(next) {
      density = next;
      if (!cleared) restyle();
    },
    clear() {
      cleared = true;
      clearTimeout(themeTimer);
      current = [];
      drawnHighlight.clear();
      quietHighlight.clear();
      // A later scan may have registered its own highlights under the names: leave those.
      if (CSS.highlights.get(HIGHLIGHT_NAME) === drawnHighlight) CSS.highlights.delete(HIGHLIGHT_NAME);
      if (CSS.highlights.get(QUIET_NAME) === quietHighlight) CSS.highlights.delete(QUIET_NAME);
      adopted.removeAll();
    },
  };
}
