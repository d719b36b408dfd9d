/** Extract → match → mark, for a whole document: the page work of one scan. */
import { findMentions, type MatcherIndex } from '../match/find-mentions';
import { countByItem } from '../match/mention';
import { canHighlight, markMentions, type Marks } from './marks';
import { DEFAULT_BUDGET, extractText, type TextBudget } from './page-text';

/** What a scan did: the marks it made, or why it made none. */
export type ScanResult =
  | { status: 'marked'; marks: Marks; counts: Array<{ id: string; count: number }> }
  /** Over the text budget: skipped, so as not to stall the reader's tab. */
  | { status: 'too-large' }
  /** No CSS Custom Highlight API: marking would mean changing the page's DOM, which we never do. */
  | { status: 'unsupported' };

/** Scans `root` and marks every mention. `exclude` keeps our own UI out of the scan. */
export function scanPage(root: Node, index: MatcherIndex, exclude: (el: Element) => boolean, budget: TextBudget = DEFAULT_BUDGET): ScanResult {
  if (!canHighlight()) return { status: 'unsupported' };
  const page = extractText(root, exclude, budget);
  if (!page) return { status: 'too-large' };
  const marks = markMentions(page, findMentions(index, page.text));
  return { status: 'marked', marks, counts: countByItem(marks.list.map((m) => m.mention)) };
}
