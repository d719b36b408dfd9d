/**
 * The reader's selection and caret, and looking up a selected text (the context menu's "Look up … in Backgrounder"): the card goes
 * next to the selection, for the item the matcher finds in it, or says that the dataset does
 * not know the name and offers the closest ones.
 */
import { type CardModel, lookUp } from '../dataset/card';
import type { Catalog, Findings, Items } from '../dataset/catalog';
import type { ItemSearch } from '../dataset/search';
import { findMentions, type MatcherIndex } from '../match/find-mentions';
import type { Mark } from './marks';
import type { I18n } from '../text/messages';
import type { TextLanguage } from '../dataset/schema';

/** The reader's selection as a range to anchor a card to, if there is one on the page. */
export function selectionRange(doc: Document): Range | undefined {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  return range.collapsed ? undefined : range;
}

/**
 * A card anchored to `range` that shows `card`: the models of looked-up marks live beside the
 * page's own. A name the dataset does not know has no item, so its mark names none (no page
 * mark has an empty id, so it is never counted among the page's mentions).
 */
export function lookupMark(range: Range, card: CardModel, text: string): Mark {
  const entityId = card.kind === 'entity' ? card.entity.id : card.kind === 'incident' ? card.incident.id : '';
  return { mention: { start: 0, end: 0, entityId, alias: text, how: 'exact' }, range };
}

/** What a screen reader hears when a card opens without a pointer: its item, or that a looked-up name is unknown. */
export function announcement(items: Pick<Items, 'nameOf'>, card: CardModel | undefined, id: string, words: I18n): string {
  return card?.kind === 'unknown' ? words.t('announce_unknown', card.text) : words.t('announce_card', items.nameOf(id));
}

/** The card model for a looked-up text. */
export function lookUpText(catalog: Catalog, index: MatcherIndex, search: ItemSearch, text: string, findings: Findings, lang: TextLanguage = 'en'): CardModel {
  return lookUp(catalog, (t) => findMentions(index, t, { selection: true })[0]?.entityId, search, text, findings, lang);
}

/** The mark at the reader's selection or caret, if any. */
export function markAtCursor(marks: readonly Mark[]): Mark | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const at = selection.getRangeAt(0);
  return marks.find((m) => m.range.compareBoundaryPoints(Range.END_TO_START, at) <= 0 && m.range.compareBoundaryPoints(Range.START_TO_END, at) >= 0);
}
