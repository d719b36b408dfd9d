/**
 * The marks' look on this page: a light or a dark style, chosen by the computed background
 * behind the article's text, so that the underline keeps at least 3:1 against it, shared
 * with the document and with every shadow root that holds a mark (the document's stylesheets
 * do not reach into shadow trees). Adopted style sheets change no element of the page.
 */
import { windowOf } from './frames';

/** The two looks, as CSS text (entrypoints/content/marks-*.css), and the rule that takes the tint away for the underline-only style. */
export interface MarkStyles {
  light: string;
  dark: string;
  /** Added after either look when the reader chose underlines only. */
  underlineOnly?: string;
}

export type Theme = 'light' | 'dark';

/** Below this relative luminance a background is dark (the point where black and white text have equal contrast). */
const DARK_BELOW = 0.18;

/** Relative luminance of an sRGB colour (WCAG 2.x). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** The contrast ratio of two colours (WCAG 2.x), from 1 to 21. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `rgb(…)` / `rgba(…)` as numbers, or undefined for anything else (transparent, keywords). */
function parseRgb(value: string): number[] | undefined {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return alpha < 0.5 ? undefined : [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The theme for text in `el`: the first opaque background behind it decides; none means the browser's white. */
export function themeAt(el: Element | null): Theme {
  const view = el?.ownerDocument.defaultView;
  for (let at = el; at && view; at = at.parentElement) {
    const rgb = parseRgb(view.getComputedStyle(at).backgroundColor);
    if (rgb) return luminance(rgb) < DARK_BELOW ? 'dark' : 'light';
  }
  return 'light';
}

/** Style sheets adopted into documents and shadow roots, kept so that they can all be taken back. */
export interface AdoptedStyles {
  /** Gives `root` the style of `theme`, replacing the other one if it had it. */
  apply(root: Document | ShadowRoot, theme: Theme): void;
  /** Takes every adopted sheet back. */
  removeAll(): void;
}

export function createAdoptedStyles(styles: MarkStyles | undefined, underlineOnly = false): AdoptedStyles {
  const adopted = new Map<Document | ShadowRoot, { sheet: CSSStyleSheet; theme: Theme }>();
  const drop = (root: Document | ShadowRoot, sheet: CSSStyleSheet) => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  return {
    apply(root, theme) {
      const had = adopted.get(root);
      if (!styles || had?.theme === theme) return;
      // A sheet can be adopted only by the document it was made for: a frame's needs its own window's constructor.
      const owner = root.ownerDocument ?? (root as Document);
      const sheet = owner === globalThis.document ? new CSSStyleSheet() : new (windowOf(owner) ?? globalThis).CSSStyleSheet();
      sheet.replaceSync(underlineOnly && styles.underlineOnly ? `${styles[theme]}\n${styles.underlineOnly}` : styles[theme]);
      if (had) drop(root, had.sheet);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      adopted.set(root, { sheet, theme });
    },
    removeAll() {
      for (const [root, { sheet }] of adopted) drop(root, sheet);
      adopted.clear();
    },
  };
}
