/**
 * The CSS Custom Highlight API for tests, where happy-dom lacks it. It mirrors the spec's
 * setlike `Highlight` and maplike `HighlightRegistry` (https://drafts.csswg.org/css-highlight-api-1/),
 * and nothing more: no painting, and no `highlightsFromPoint`, so that code under test falls
 * back to its caret hit test unless a test adds one.
 */

/** A set of ranges styled together, as `new Highlight(...ranges)` makes it. */
export class Highlight extends Set<AbstractRange> {
  priority = 0;
  type: HighlightType = 'highlight';

  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

/** The registry behind `CSS.highlights`: highlight names to highlights. */
export class HighlightRegistry extends Map<string, Highlight> {
  override set(name: string, highlight: Highlight): this {
    // WebIDL converts the value to a Highlight: a browser throws on anything else, so this does too.
    if (!(highlight instanceof Highlight)) throw new TypeError("Failed to execute 'set' on 'HighlightRegistry': parameter 2 is not of type 'Highlight'.");
    return super.set(name, highlight);
  }
}

type Globals = { Highlight?: unknown; CSS?: object };

/**
 * Installs `Highlight` and a fresh, empty `CSS.highlights` on the global object, adding
 * `CSS` itself if there is none. Returns a function that puts back exactly what was there.
 */
export function installHighlightApi(): () => void {
  const g = globalThis as Globals;
  const cssBefore = Object.getOwnPropertyDescriptor(g, 'CSS');
  const highlightBefore = Object.getOwnPropertyDescriptor(g, 'Highlight');
  // happy-dom's `CSS` is a getter that makes a new object on every read, which would lose
  // `highlights` at once: pin one object for as long as the API is installed.
  const css: object = typeof g.CSS === 'object' && g.CSS !== null ? g.CSS : {};
  const highlightsBefore = Object.getOwnPropertyDescriptor(css, 'highlights');

  Object.defineProperty(g, 'CSS', { value: css, configurable: true, writable: true });
  Object.defineProperty(g, 'Highlight', { value: Highlight, configurable: true, writable: true });
  Object.defineProperty(css, 'highlights', { value: new HighlightRegistry(), configurable: true, enumerable: true });

  return () => {
    if (highlightsBefore) Object.defineProperty(css, 'highlights', highlightsBefore);
    else delete (css as { highlights?: unknown }).highlights;
    if (highlightBefore) Object.defineProperty(g, 'Highlight', highlightBefore);
    else delete g.Highlight;
    if (cssBefore) Object.defineProperty(g, 'CSS', cssBefore);
    else delete g.CSS;
  };
}
