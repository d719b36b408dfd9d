/**
 * Extract → match → mark, for a whole document: the page work of one scan.
 */
import { countByEntity } from '../mention';
import { findMentions, type MatcherIndex } from '../matcher';
import { canHighlight, markMentions, type Marks } from './highlights';
import { extractText, type TextBudget, DEFAULT_BUDGET } from './page-text';

/** What a scan did: the marks it made, or why it made none. */
export type ScanResult =
  | { status: 'marked'; marks: Marks; entities: Array<{ id: string; count: number }> }
  | { status: 'too-large' };

/**
 * Scans `root` and marks every mention. `exclude` keeps our own UI out of the scan.
 * Returns `too-large` (and marks nothing) when the page is over budget or the browser
 * cannot highlight without changing the page.
 */
export function scanPage(
  root: Node,
  index: MatcherIndex,
  exclude: (el: Element) => boolean,
  budget: TextBudget = DEFAULT_BUDGET,
): ScanResult {
  const page = canHighlight() ? extractText(root, exclude, budget) : undefined;
  if (!page) return { status: 'too-large' };
  const mentions = findMentions(index, page.text);
  const marks = markMentions(page, mentions);
  return { status: 'marked', marks, entities: countByEntity(marks.list.map((m) => m.mention)) };
}
