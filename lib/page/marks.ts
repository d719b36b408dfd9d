/**
 * Marks mentions through the CSS Custom Highlight API: the page's DOM is left exactly as
 * it was (no wrapper elements, which frameworks such as React crash on or silently undo:
 * facebook/react#11538), and removing every mark is one call. A live page adds and drops
 * marks as it changes; `list` is a snapshot that never changes under its reader.
 */
import type { Density, MarkStyle } from '../ext/settings';
import { isClaim, type Mention } from '../match/mention';
import { drawnMarks } from './density';
import { markUnderPoint } from './hit-test';
import { frameDocument, frameElementOf, frameOffset, inTopDocument, windowOf } from './frames';
import { type AdoptedStyles, createAdoptedStyles, type MarkStyles, themeAt } from './mark-style';
import { type PageText, rangeFor } from './page-text';

/** The drawn marks' highlight, styled by `::highlight(backgrounder-mention)`. */
export const HIGHLIGHT_NAME = 'backgrounder-mention';
/** Mentions not drawn fully (repeats): still under the hit test, drawn quietly. */
export const QUIET_NAME = 'backgrounder-mention-repeat';
/** Sentences that state a corrected claim: a quieter style of their own, under the names in them. */
export const CLAIM_NAME = 'backgrounder-claim';

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

/**
 * The highlight API of the document that holds `node`: the script's own where that is its
 * document, else the frame's (each document has a registry of its own, and a highlight there
 * must be made by that frame's constructor).
 */
function highlightApiOf(doc: Document): { registry: HighlightRegistry; make: () => Highlight } {
  const view = doc === globalThis.document ? undefined : windowOf(doc);
  if (!view) return { registry: CSS.highlights, make: () => new Highlight() };
  return { registry: view.CSS.highlights, make: () => new view.Highlight() };
}

/** Flashes `range` for a moment. */
export function flash(range: Range): void {
  const { registry, make } = highlightApiOf(range.startContainer.ownerDocument!);
  const highlight = make();
  highlight.add(range);
  registry.set(FLASH_NAME, highlight);
  setTimeout(() => registry.get(FLASH_NAME) === highlight && registry.delete(FLASH_NAME), FLASH_MS);
}

/** Page order of two ranges, also when one is in a shadow root or a frame (ranges of different trees cannot be compared directly). */
function compareInPage(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) return a.compareBoundaryPoints(Range.START_TO_START, b);
  const [x, y] = [inTopDocument(a.startContainer), inTopDocument(b.startContainer)];
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
  /** A tinted background with its underline (the default), or the underline alone. */
  variant?: MarkStyle;
}

/** The drawn and quiet highlights of one document. */
interface Layer {
  doc: Document;
  registry: HighlightRegistry;
  drawn: Highlight;
  quiet: Highlight;
  claims: Highlight;
  /** The marks in this document: names in page order, then claims' sentences (so that a name inside one wins the hit test). */
  marks: Mark[];
}

/**
 * The marks of `doc`: its highlights (drawn marks, and quiet ones for repeats) are registered,
 * replacing any earlier ones, when the first mark comes (a page that names nobody gets none), and
 * styled for the page's background wherever a mark is. Marks in a same-origin frame go to the frame
 * document's own highlights, registered when the first comes there.
 */
export function createMarks(doc: Document, look: MarkLook = {}): Marks {
  return new PageMarks(doc, look);
}

/** A class, not closures: every page load makes one, and it costs nothing until its first mark. */
class PageMarks implements Marks {
  readonly #doc: Document;
  readonly #layers = new Map<Document, Layer>();
  readonly #look: MarkLook;
  /** The style sheets given to the roots that hold marks, once one does. */
  #adopted: AdoptedStyles | undefined;
  #density: Density;
  #current: readonly Mark[] = [];
  #cleared = false;
  #themeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(doc: Document, look: MarkLook) {
    this.#doc = doc;
    this.#look = look;
    this.#density = look.density ?? 'every';
  }

  get list(): readonly Mark[] {
    return this.#current;
  }

  at(x: number, y: number): Mark | undefined {
    return this.#current.length === 0 ? undefined : this.#markAt(x, y);
  }

  add(marks: readonly Mark[]): void {
    if (this.#cleared || marks.length === 0) return;
    this.#current = [...this.#current, ...marks];
    this.#restyle();
  }

  remove(drop: (mark: Mark) => boolean): void {
    const dropped = new Set(this.#current.filter(drop));
    if (dropped.size === 0) return;
    this.#current = this.#current.filter((m) => !dropped.has(m));
    this.#restyle();
  }

  setDensity(next: Density): void {
    this.#density = next;
    if (!this.#cleared) this.#restyle();
  }

  clear(): void {
    this.#cleared = true;
    clearTimeout(this.#themeTimer);
    this.#current = [];
    for (const layer of [...this.#layers.values()]) this.#forget(layer);
    this.#adopted?.removeAll();
  }

  #layerOf(at: Document): Layer {
    let layer = this.#layers.get(at);
    if (!layer) {
      const { registry, make } = highlightApiOf(at);
      layer = { doc: at, registry, drawn: make(), quiet: make(), claims: make(), marks: [] };
      // Painted under the names, whose line then shows over the sentence's (the hit test goes by our order, hit-test.ts).
      layer.claims.priority = -1;
      registry.set(HIGHLIGHT_NAME, layer.drawn);
      registry.set(QUIET_NAME, layer.quiet);
      registry.set(CLAIM_NAME, layer.claims);
      this.#layers.set(at, layer);
    }
    return layer;
  }

  /** Takes a layer's highlights off its document, unless a later scan registered its own under the names. */
  #forget({ doc: at, registry, drawn, quiet, claims }: Layer): void {
    this.#layers.delete(at);
    try {
      for (const [name, highlight] of [[HIGHLIGHT_NAME, drawn], [QUIET_NAME, quiet], [CLAIM_NAME, claims]] as const) {
        highlight.clear();
        if (registry.get(name) === highlight) registry.delete(name);
      }
    } catch {
      // A frame's discarded document (Firefox throws on reading one): its highlights went with it.
    }
  }

  /** Sorts the marks into drawn and quiet, and gives every root that holds one the style for its background. */
  #restyle(): void {
    const ordered = inPageOrder(this.#current);
    const names = ordered.filter((m) => !isClaim(m.mention));
    const drawn = drawnMarks(names, this.#density);
    for (const layer of this.#layers.values()) {
      layer.drawn.clear();
      layer.quiet.clear();
      layer.claims.clear();
      layer.marks = [];
    }
    const firstInRoot = new Map<Document | ShadowRoot, Mark>();
    for (const mark of [...names, ...ordered.filter((m) => isClaim(m.mention))]) {
      const layer = this.#layerOf(mark.range.startContainer.ownerDocument!);
      (isClaim(mark.mention) ? layer.claims : drawn.has(mark) ? layer.drawn : layer.quiet).add(mark.range);
      layer.marks.push(mark);
      const root = mark.range.startContainer.getRootNode() as Document | ShadowRoot;
      if (!firstInRoot.has(root)) firstInRoot.set(root, mark);
    }
    // A frame whose marks are all gone (it navigated, or left the page) gives its highlights back.
    for (const layer of this.#layers.values()) if (layer.doc !== this.#doc && layer.marks.length === 0) this.#forget(layer);
    this.#themeLater(firstInRoot);
  }

  /** The mark under a point of the top viewport: in the frame whose box holds the point, if one does, else in the document itself. */
  #markAt(x: number, y: number): Mark | undefined {
    for (const layer of this.#layers.values()) {
      if (layer.doc === this.#doc || layer.marks.length === 0) continue;
      const frame = frameElementOf(layer.doc);
      if (!frame || frameDocument(frame) !== layer.doc) continue;
      const box = frame.getBoundingClientRect();
      if (x < box.left || x > box.right || y < box.top || y > box.bottom) continue;
      const origin = frameOffset(layer.doc);
      return markUnderPoint(layer.doc, layer.registry, [layer.drawn, layer.quiet, layer.claims], layer.marks, x - origin.x, y - origin.y);
    }
    const top = this.#layers.get(this.#doc);
    return top && markUnderPoint(this.#doc, top.registry, [top.drawn, top.quiet, top.claims], top.marks, x, y);
  }

  /**
   * Chooses each root's style after the next frame: reading a computed background forces the
   * browser to compute the page's styles, which right after load can take tens of milliseconds,
   * and after a frame they are computed already.
   */
  #themeLater(firstInRoot: ReadonlyMap<Document | ShadowRoot, Mark>): void {
    clearTimeout(this.#themeTimer);
    (this.#doc.defaultView ?? globalThis).requestAnimationFrame(() => {
      clearTimeout(this.#themeTimer);
      this.#themeTimer = setTimeout(() => {
        if (this.#cleared) return;
        this.#adopted ??= createAdoptedStyles(this.#look.styles, this.#look.variant === 'underline');
        for (const [root, mark] of firstInRoot) if (mark.range.startContainer.isConnected) this.#adopted.apply(root, themeAt(mark.range.startContainer.parentElement));
      });
    });
  }
}
