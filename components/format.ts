/** Dates as the reader's language writes them, shared by the card, popup and options (lib/text/formats.ts). */
import type { MonthStyle } from '../lib/text/formats';
import { i18n } from './i18n';

/** `2021-04-17` → `17 Apr 2021` (en-GB), `17. 4. 2021` (cs), or with `month: 'long'` `1 December 2026`; `2021-04` → `Apr 2021`; `2018` → `2018`. */
export function formatDate(date: string, month: MonthStyle = 'short'): string {
  return i18n().date(date, month);
}

/** A date range as one label: `16 Oct 2014 – 3 Dec 2014`. */
export function formatDateRange(range: { from: string; to?: string }): string {
  return range.to && range.to !== range.from ? `${formatDate(range.from)} – ${formatDate(range.to)}` : formatDate(range.from);
}
