/**
 * Which mark is under a viewport point: the browser's own highlight hit test where it has one
 * (`CSS.highlights.highlightsFromPoint`), else the caret position checked against the mark's
 * rectangles.
 */
const TEXT_NODE = 3;

/** Anything marked by a range: the marks of marks.ts. */
interface Marked {
  range: Range;
}

interface HitResult {
  highlight?: Highlight;
  ranges?: AbstractRange[];
}

type RegistryWithHitTest = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => HitResult[] };

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The mark under the point by the browser's hit test: null for none, undefined where the browser
 * has no such test. Where several of our highlights are under the point (a name inside a claim's
 * sentence), the first of `highlights` wins, whatever order the browser lists them in.
 */
function byHitTest<M extends Marked>(registry: RegistryWithHitTest, highlights: readonly Highlight[], marks: readonly M[], x: number, y: number): M | null | undefined {
  if (typeof registry.highlightsFromPoint !== 'function') return undefined;
  const hits = registry.highlightsFromPoint(x, y);
  for (const highlight of highlights) {
    for (const hit of hits) {
      if (hit.highlight !== highlight || !hit.ranges) continue;
      for (const r of hit.ranges) {
        const mark = marks.find((m) => m.range === r || (m.range.startContainer === r.startContainer && m.range.startOffset === r.startOffset && m.range.endOffset === r.endOffset));
        if (mark) return mark;
      }
    }
  }
  return null;
}

/** The text position under the point, through whichever caret API the browser has. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const position = typeof d.caretPositionFromPoint === 'function' ? d.caretPositionFromPoint(x, y) : null;
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function byCaret<M extends Marked>(doc: Document, marks: readonly M[], x: number, y: number): M | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== TEXT_NODE) return undefined;
  // The caret snaps to the nearest character, so check that the point is on the text itself.
  return marks.find(
    (m) => m.range.comparePoint(caret.node, caret.offset) === 0 && [...m.range.getClientRects()].some((r) => contains(r, x, y)),
  );
}

/** The mark of our `highlights` (registered in `doc`'s `registry`, first wins) under the point (x, y) of `doc`'s viewport, if any; `marks` in the same order of precedence. */
export function markUnderPoint<M extends Marked>(doc: Document, registry: HighlightRegistry, highlights: readonly Highlight[], marks: readonly M[], x: number, y: number): M | undefined {
  const hit = byHitTest(registry, highlights, marks, x, y);
  return hit === undefined ? byCaret(doc, marks, x, y) : (hit ?? undefined);
}
