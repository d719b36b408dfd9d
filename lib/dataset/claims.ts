/**
 * What a note on a corrected claim says: the record, in the words that fit the article's date. A
 * claim that was the record when the article was written (before the correction, or while an
 * acting title was held) is not "corrected" there but overtaken: the note says what came later.
 */
import type { Catalog } from './catalog';
import { DateString } from './dates';
import type { Claim, Source, TextLanguage } from './schema';
import * as v from 'valibot';

/** How a note speaks of the claim: the record corrects it, or later events overtook it. */
export type ClaimTense = 'corrected' | 'later';

/** One claim's note, its texts in the note's language. */
export interface Note {
  id: string;
  /** What the article says, in a few words. */
  says: string;
  /** The record, in the words for the article's date. */
  text: string;
  tense: ClaimTense;
  /** When the record changed, if it did on a day. */
  date?: string | undefined;
  /** When the claim held (an acting title's terms). */
  held?: ReadonlyArray<{ from: string; to: string }> | undefined;
  sources: readonly Source[];
  /** The item the claim is about, whose card the note leads to. */
  item: { id: string; name: string };
}

/** `value`'s calendar date (YYYY, YYYY-MM or YYYY-MM-DD) from an ISO date or date-time, if it has a real one. */
export function isoDateOf(value: string | null | undefined): string | undefined {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value ?? '');
  if (!m) return undefined;
  const date = [m[1], m[2], m[3]].filter(Boolean).join('-');
  return v.is(DateString, date) ? date : undefined;
}

/** The first and last day a date of any precision covers. */
function daysOf(date: string): { first: string; last: string } {
  const [y, m, d] = date.split('-');
  if (d) return { first: date, last: date };
  if (m) return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()).padStart(2, '0')}` };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/**
 * The tense for an article published on `published` (any precision; undefined when the page
 * gives none): "later" if it may have been written before the record changed or while the claim
 * held, else "corrected".
 */
export function tenseOf(claim: Pick<Claim, 'date' | 'held'>, published: string | undefined): ClaimTense {
  if (!published) return 'corrected';
  const article = daysOf(published);
  if (claim.held?.some((p) => article.first <= p.to && article.last >= p.from)) return 'later';
  if (claim.date && article.first < daysOf(claim.date).last) return 'later';
  return 'corrected';
}

/** The notes for a sentence that states claims `ids`, on a page published on `published`, in `lang` where written. */
export function notesFor(catalog: Catalog, ids: readonly string[], published: string | undefined, lang: TextLanguage = 'en'): Note[] {
  const texts = lang === 'en' ? undefined : catalog.dataset.translations?.[lang]?.claims;
  return ids.flatMap((id) => {
    const claim = catalog.dataset.claims?.find((c) => c.id === id);
    if (!claim) return [];
    const own = texts?.[id];
    const tense = tenseOf(claim, published);
    const since = own?.since ?? claim.since;
    return [
      {
        id,
        says: own?.says ?? claim.says,
        text: tense === 'later' && since ? since : (own?.record ?? claim.record),
        tense,
        date: claim.date,
        held: claim.held,
        sources: claim.sources,
        item: { id: claim.about[0]!, name: catalog.nameOf(claim.about[0]!) },
      },
    ];
  });
}

/** What claim `id` says, in `lang` where written (for the popup's list); undefined for an id the dataset does not know. */
export function claimSays(catalog: Catalog, id: string, lang: TextLanguage = 'en'): { says: string; lang: TextLanguage } | undefined {
  const claim = catalog.dataset.claims?.find((c) => c.id === id);
  if (!claim) return undefined;
  const own = lang === 'en' ? undefined : catalog.dataset.translations?.[lang]?.claims?.[id];
  return own ? { says: own.says, lang } : { says: claim.says, lang: 'en' };
}
