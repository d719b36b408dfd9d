/** Display formatting shared by the card, popup and options. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2021-04-17` → `17 Apr 2021`; `2021-04` → `Apr 2021`; `2018` → `2018`. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : undefined, month, y].filter(Boolean).join(' ');
}

/** A date range as one label: `16 Oct 2014 – 3 Dec 2014`. */
export function formatDateRange(range: { from: string; to?: string }): string {
  return range.to && range.to !== range.from ? `${formatDate(range.from)} – ${formatDate(range.to)}` : formatDate(range.from);
}
