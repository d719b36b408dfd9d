/**
 * The formats a page writes dates and counts with in place of Intl (lib/text/formats.ts): what they
 * write must be what Intl writes, for every date of the dataset in every language the extension
 * speaks, and a page that has them must never make Intl's number or date formatter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type Formats, formatsFor, writeCount, writeDate } from '../../lib/text/formats';
import { catalogMessages, createI18n } from '../../lib/text/messages';

const LANGUAGES = readdirSync('public/_locales').map((tag) => tag.replace('_', '-'));

/** Every date of the dataset (fact, incident, note, the dataset's own), and each month's first and last day. */
const DATES = [
  ...new Set([
    ...readdirSync('data')
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => [...readFileSync(`data/${file}`, 'utf8').matchAll(/"(\d{4}(?:-\d{2}(?:-\d{2})?)?)"/g)].map((m) => m[1]!)),
    ...Array.from({ length: 12 }, (_, i) => [`2020-${String(i + 1).padStart(2, '0')}-01`, `2020-${String(i + 1).padStart(2, '0')}-${new Date(Date.UTC(2020, i + 1, 0)).getUTCDate()}`]).flat(),
  ]),
];

/** Intl's number and date formatters, made to fail: a page with the formats must not make one. */
const real = { DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat };
function forbidIntlFormatters(): void {
  const refuse = (what: string) =>
    function refused(): never {
      throw new Error(`made an Intl.${what}`);
    };
  Object.assign(Intl, { DateTimeFormat: refuse('DateTimeFormat'), NumberFormat: refuse('NumberFormat') });
}
afterEach(() => void Object.assign(Intl, real));

describe('formatsFor', () => {
  it('has the dataset in view', () => {
    expect(DATES.length).toBeGreaterThan(100);
    expect(LANGUAGES).toEqual(expect.arrayContaining(['cs', 'de', 'en', 'pl', 'ru', 'sk', 'uk']));
  });

  it.each([...LANGUAGES, 'en-GB', 'en-US', 'de-AT'])('writes every date and count in %s as Intl does, and holds all of them', (locale) => {
    const formats = formatsFor(locale);
    expect(formats.plainCounts).toBe(true);
    expect(Object.keys(formats.dates ?? {}).sort()).toEqual(['long-ym', 'long-ymd', 'short-ym', 'short-ymd', 'y']);
    for (const date of DATES)
      for (const month of ['short', 'long'] as const) expect(writeDate(date, locale, month, formats), `${date} ${month}`).toBe(writeDate(date, locale, month));
    const intl = new Intl.NumberFormat(locale);
    for (const n of [0, 1, 2, 5, 21, 999, 1000, 12345]) expect(writeCount(n, locale, formats, () => intl)).toBe(intl.format(n));
  });

  it.each(['th', 'fa', 'ar-EG', 'ja', 'he'])('leaves to Intl what %s writes otherwise (another calendar, other digits), and still writes as Intl does', (locale) => {
    const formats = formatsFor(locale);
    for (const date of ['2021-04-17', '2021-04', '1999', '2014-12-03']) expect(writeDate(date, locale, 'short', formats)).toBe(writeDate(date, locale, 'short'));
    const intl = new Intl.NumberFormat(locale);
    expect(writeCount(42, locale, formats, () => intl)).toBe(intl.format(42));
  });

  it('keeps no dates for a calendar whose years are not ours', () => {
    // Thai writes the Buddhist era: 2021 is 2564.
    expect(formatsFor('th').dates).toBeUndefined();
  });

  it('writes with no Intl formatter where the formats hold the language, and with Intl where they are of another', () => {
    const formats = formatsFor('cs');
    forbidIntlFormatters();
    expect(writeDate('2021-04-17', 'cs', 'long', formats)).toBe('17. dubna 2021');
    expect(writeCount(12, 'cs', formats, () => new Intl.NumberFormat('cs'))).toBe('12');
    expect(() => writeDate('2021-04-17', 'fr', 'long', formats)).toThrow('made an Intl.DateTimeFormat');
  });
});

describe('an I18n with formats', () => {
  const catalog = catalogMessages({
    card_mentions_one: { message: 'named $COUNT$ time', placeholders: { count: { content: '$1' } } },
    card_mentions_other: { message: 'named $COUNT$ times', placeholders: { count: { content: '$1' } } },
    '@@ui_locale': { message: 'cs' },
  });

  it('asks for them first when preparing, then makes no Intl number or date formatter', async () => {
    const asked: string[] = [];
    const words = createI18n(catalog, 'cs-CZ', (locale) => (asked.push(locale), Promise.resolve(formatsFor(locale))));
    await words.preparing[0]!();
    expect(asked).toEqual(['cs-CZ']);
    forbidIntlFormatters();
    for (const step of words.preparing.slice(1)) step();
    expect(words.plural('card_mentions', 3)).toBe('named 3 times');
    expect(words.date('2021-04-17')).toBe('17. 4. 2021');
  });

  it('writes with Intl when there are none', async () => {
    const none: Formats | undefined = undefined;
    const words = createI18n(catalog, 'cs', () => Promise.resolve(none));
    for (const step of words.preparing) await step();
    expect(words.date('2021-04-17', 'long')).toBe('17. dubna 2021');
    expect(words.plural('card_mentions', 1234)).toBe('named 1\u00a0234 times');
  });
});
