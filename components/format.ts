/** Dates as the reader's language writes them, shared by the card, popup and options. */
import { i18n } from './i18n';

/** `2021-04-17` → `17 Apr 2021` (en-GB), `17. 4. 2021` (cs), or with `month: 'long'` `1 December 2026`; `2021-04` → `Apr 2021`; `2018` → `2018`. */
export function formatDate(date: string, locale: string = i18n().locale, month: 'short' | 'long' = 'short'): string {
  const [y, m, d] = date.split('-').map(Number);
  const parts: Intl.DateTimeFormatOptions = { year: 'numeric', month: m ? month : undefined, day: d ? 'numeric' : undefined };
  // UTC on both sides, so that the day does not move with the reader's time zone.
  return new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

/** A date range as one label: `16 Oct 2014 – 3 Dec 2014`. */
export function formatDateRange(range: { from: string; to?: string }, locale: string = i18n().locale): string {
  return range.to && range.to !== range.from ? `${formatDate(range.from, locale)} – ${formatDate(range.to, locale)}` : formatDate(range.from, locale);
}
