/**
 * The dataset's calendar dates, in a module of their own: a page that reads an article's date needs
 * this schema and not the dataset's (schema.ts), which the content script then does not carry.
 */
import * as v from 'valibot';

/** A calendar date at year, month or day precision: `2021`, `2021-04`, `2021-04-17`. */
export const DateString = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isRealDate, 'is not a real calendar date'),
);

function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
