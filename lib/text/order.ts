/**
 * Strings ordered by code unit, for ids (ASCII slugs) and ISO dates, whose order that is: the first
 * `localeCompare` in a page sets up a collator, which loads ICU's data (milliseconds, Chromium 156).
 */
export const byUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
