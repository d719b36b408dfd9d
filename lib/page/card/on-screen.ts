/** Whether a name is on screen: a question the page asks without placing anything (no floating-ui here). */
import { frameOffset, inTopDocument } from '../frames';

/** Whether a rectangle overlaps a viewport of `view`'s size, its origin moved by (`x`, `y`). */
function overlaps(rect: DOMRect, view: Window, x = 0, y = 0): boolean {
  return rect.bottom + y > 0 && rect.top + y < view.innerHeight && rect.right + x > 0 && rect.left + x < view.innerWidth;
}

/** Whether a range is at least partly on screen: inside its window's viewport and, in a frame, inside the top one's too. */
export function isOnScreen(range: Range): boolean {
  const doc = range.startContainer.ownerDocument;
  const view = doc?.defaultView;
  const top = inTopDocument(range.startContainer).ownerDocument?.defaultView;
  if (!doc || !view || !top) return false;
  const rect = range.getBoundingClientRect();
  if (top === view) return overlaps(rect, view);
  const { x, y } = frameOffset(doc);
  return overlaps(rect, view) && overlaps(rect, top, x, y);
}
