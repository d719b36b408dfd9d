/**
 * Which marks are drawn: with the default density, the first mention of each name in each
 * section of the page; the rest stay hit-testable (hovering them opens the card) but are
 * drawn quietly, so that a name in every paragraph does not become wallpaper.
 */
import type { Density } from '../ext/settings';

/** The elements that make a section of a page: a name's first mention in each is drawn. */
const SECTION = 'section, article, [role="article"], main, [role="main"]';

/** Anything marked by a range, with the item it names. */
interface Marked {
  range: Range;
  mention: { entityId: string };
}

/** The section a range is in: the nearest sectioning element, else its shadow root or document. */
function sectionOf(range: Range): Node {
  const el = range.startContainer.parentElement;
  return el?.closest(SECTION) ?? range.startContainer.getRootNode();
}

/** The marks to draw fully, of `marks` in page order. */
export function drawnMarks<M extends Marked>(marks: readonly M[], density: Density): Set<M> {
  if (density === 'every') return new Set(marks);
  const seen = new Set<string>();
  const sections = new Map<Node, number>();
  const drawn = new Set<M>();
  for (const mark of marks) {
    let key = mark.mention.entityId;
    if (density === 'first-in-section') {
      const section = sectionOf(mark.range);
      if (!sections.has(section)) sections.set(section, sections.size);
      key = `${sections.get(section)}:${key}`;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    drawn.add(mark);
  }
  return drawn;
}
