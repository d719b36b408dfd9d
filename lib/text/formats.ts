/**
 * Dates and counts as Intl writes them in one language, read off Intl where its first use costs the
 * reader nothing (the extension's background) and filled in on a page without it. A page's renderer
 * pays for its first Intl number or date formatter as it loads ICU's data, 16–35 ms in a tab just
 * opened (Chromium 156; the plural rules, 0.3 ms, stay Intl's): one long task in the middle of the
 * reader's page. The background writes, for each month and each shape of date the interface uses,
 * what Intl writes with the day and the year as slots. It keeps the dates only where filling the
 * slots gives what Intl writes for other days and years (a Gregorian calendar in Latin digits, as
 * in every language the extension speaks), and a page asks Intl itself for anything left out.
 */

/** How a month is written: `Apr`, or `April`. */
export type MonthStyle = 'short' | 'long';

/** The slots of a date's template, characters no language writes in a date. */
const DAY = '\u0001';
const YEAR = '\u0002';

/** What the background hands a page: its dates' templates and whether its counts are plain digits. */
export interface Formats {
  /** The language written, as the page's words have it (a canonical BCP 47 tag). */
  locale: string;
  /** Whether Intl writes every whole number below `PLAIN_BELOW` as JavaScript does (Latin digits, no grouping). */
  plainCounts: boolean;
  /** By shape (`shapeOf`): twelve templates, one a month (one alone for a year); none when the language's dates are not filled in so. */
  dates?: Partial<Record<Shape, string[]>>;
}

/** Counts under this are written as digits alone in every language that writes Latin digits (grouping starts at 1,000 or 10,000). */
const PLAIN_BELOW = 1000;

/** The shapes of date the interface writes: a year; a month and year; a day, month and year (each with short or long months). */
export const SHAPES = ['y', 'short-ym', 'short-ymd', 'long-ym', 'long-ymd'] as const;
export type Shape = (typeof SHAPES)[number];

function shapeOf(month: number | undefined, day: number | undefined, style: MonthStyle): Shape {
  return month ? (day ? `${style}-ymd` : `${style}-ym`) : 'y';
}

/** Intl's formatters by language and shape, made once: the popup writes dozens of dates a drawing. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, shape: Shape): Intl.DateTimeFormat {
  const key = `${locale} ${shape}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = newDateFormat(locale, shape)));
  return made;
}

function newDateFormat(locale: string, shape: Shape): Intl.DateTimeFormat {
  const [style, parts]: [MonthStyle, string] = shape === 'y' ? ['short', 'y'] : (shape.split('-') as [MonthStyle, string]);
  // UTC on both sides, so that the day does not move with the reader's time zone.
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: parts.includes('m') ? style : undefined,
    day: parts.includes('d') ? 'numeric' : undefined,
    timeZone: 'UTC',
  });
}

const fill = (template: string, year: number, day: number | undefined) => template.replace(YEAR, String(year)).replace(DAY, String(day ?? ''));

/**
 * `2021-04-17` → `17 Apr 2021` (en-GB), `17. 4. 2021` (cs), or with `month: 'long'` `1 December
 * 2026`; `2021-04` → `Apr 2021`; `2018` → `2018`: from `formats` where they hold the date's shape
 * and language, else from Intl.
 */
export function writeDate(date: string, locale: string, month: MonthStyle = 'short', formats?: Formats): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const shape = shapeOf(m, d, month);
  const template = formats?.locale === locale && y >= 1000 && y <= 9999 ? formats.dates?.[shape]?.[shape === 'y' ? 0 : (m ?? 1) - 1] : undefined;
  if (template !== undefined) return fill(template, y, d);
  return dateFormat(locale, shape).format(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

/** A count as `locale` writes it: from the formats where they hold it, else from `intl` (made on first need). */
export function writeCount(n: number, locale: string, formats: Formats | undefined, intl: () => Intl.NumberFormat): string {
  return formats?.locale === locale && formats.plainCounts && Number.isInteger(n) && n >= 0 && n < PLAIN_BELOW ? String(n) : intl().format(n);
}

/**
 * The formats of `locale`, read off Intl (the background's): each shape's templates from the 17th
 * (or the 1st) of each month of 2021, kept only if they fill in to what Intl writes for the 5th of 1999 and the 28th
 * of 2024, in every month and shape.
 */
export function formatsFor(locale: string): Formats {
  const numbers = new Intl.NumberFormat(locale);
  const plainCounts = [0, 7, 42, 999].every((n) => numbers.format(n) === String(n));
  const dates: Partial<Record<Shape, string[]>> = {};
  for (const shape of SHAPES) {
    const format = dateFormat(locale, shape);
    const months = shape === 'y' ? [0] : [...Array(12).keys()];
    const withDay = shape.endsWith('d');
    const write = (year: number, month: number, day: number) => format.format(Date.UTC(year, month, withDay ? day : 1));
    // From what `format` writes, not from its parts: V8 has written a space where the parts had U+202F.
    const templates = months.map((month) => {
      const template = write(2021, month, 17).replace('2021', YEAR);
      return withDay ? template.replace('17', DAY) : template;
    });
    const holds = months.every((month, i) =>
      [
        [1999, 5],
        [2024, 28],
      ].every(([year, day]) => write(year!, month, day!) === fill(templates[i]!, year!, withDay ? day : undefined)),
    );
    if (!holds) return { locale, plainCounts };
    dates[shape] = templates;
  }
  return { locale, plainCounts, dates };
}
