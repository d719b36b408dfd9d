/**
 * The interface's words in the reader's language, over a message source: the browser's i18n
 * catalogue (`public/_locales/<lang>/messages.json`, which follows the browser's UI language) in
 * the extension, the English file itself under tests. Plurals go by the language's own rules
 * (`Intl.PluralRules`): a message `mentions` has a variant per category its language uses,
 * `mentions_one`, `mentions_few`, `mentions_many`, `mentions_other`.
 */

import { type Formats, type MonthStyle, writeCount, writeDate } from './formats';

/** The interface's words, as the components use them. */
export interface I18n {
  /** The language the words are in (a BCP 47 tag), for `lang`, numbers and dates. */
  readonly locale: string;
  /** The message `key` with its `$1`… filled in; the key itself if the catalogue lacks it (never an empty label). */
  t(key: string, ...subs: Array<string | number>): string;
  /** The form of message `key` for the count `n` in this language, with `n` as its first substitution. */
  plural(key: string, n: number, ...subs: Array<string | number>): string;
  /** A date (`2021-04-17`, `2021-04`, `2021`) as this language writes it (lib/text/formats.ts, `writeDate`). */
  date(date: string, month?: MonthStyle): string;
  /**
   * Loads the messages and the language's number, plural and date data now rather than in the first
   * drawing that needs them: one step for each, for the caller to run each in a task of its own (in
   * a tab just opened the first message asked for took 21 ms, the first use of Intl 23–36 ms, the
   * next 2–13 ms, Chromium 156). The first step waits for the formats (lib/text/formats.ts); a step
   * for Intl's numbers or dates then does nothing where they hold them, as they do in every language
   * the extension speaks.
   */
  readonly preparing: ReadonlyArray<() => unknown>;
}

/** Asks for the formats of a language (the background's, lib/ext/messages.ts `requestFormats`); undefined when there are none. */
export type AskFormats = (locale: string) => Promise<Formats | undefined>;

/** Looks a message up with its substitutions, as `browser.i18n.getMessage` does: empty when there is none. */
export type GetMessage = (key: string, subs: string[]) => string;

/** The language tag as Intl takes it; English where a browser hands over a malformed one. */
function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * An I18n over a message source in `language`. Its Intl objects are made when first needed: a
 * renderer's first use of Intl loads its locale data, 35–140 ms in a tab just opened (Chromium 156,
 * measured on the content script's start), which a page that never shows a word should not pay.
 * Counts and dates come from the formats that `askFormats` answers with where they hold them (a
 * page's, from the background), asked for in the first step of `preparing`, so that a page need
 * never make Intl's number and date formatters at all.
 */
export function createI18n(getMessage: GetMessage, language: string, askFormats?: AskFormats): I18n {
  let locale: string | undefined;
  let rules: Intl.PluralRules | undefined;
  let number: Intl.NumberFormat | undefined;
  let formats: Formats | undefined;
  const localeOf = () => (locale ??= canonical(language));
  const numbers = () => (number ??= new Intl.NumberFormat(localeOf()));
  const plurals = () => (rules ??= new Intl.PluralRules(localeOf()));
  const t = (key: string, ...subs: Array<string | number>) => getMessage(key, subs.map((s) => (typeof s === 'number' ? writeCount(s, localeOf(), formats, numbers) : s))) || key;
  return {
    get locale() {
      return localeOf();
    },
    t,
    plural: (key, n, ...subs) => {
      const form = `${key}_${plurals().select(n)}`;
      const found = t(form, n, ...subs);
      return found === form ? t(`${key}_other`, n, ...subs) : found;
    },
    date: (date, month) => writeDate(date, localeOf(), month, formats),
    preparing: [
      async () => {
        formats = await askFormats?.(localeOf());
      },
      // A predefined message, which every catalogue has: the browser hands a renderer its
      // extension's messages when the first is asked for.
      () => getMessage('@@ui_locale', []),
      () => writeCount(1, localeOf(), formats, numbers),
      () => plurals().select(1),
      // One date loads the calendar's data for all shapes.
      () => writeDate('2021-04-17', localeOf(), 'short', formats),
    ],
  };
}

/** One entry of a messages.json file. */
export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/**
 * `getMessage` over a parsed messages.json, with the browser's rules: `$NAME$` is the named
 * placeholder, whose content `$1`… is a substitution; `$$` is a dollar sign.
 */
export function catalogMessages(catalog: Readonly<Record<string, CatalogEntry>>): GetMessage {
  return (key, subs) => {
    const entry = catalog[key];
    if (!entry) return '';
    const fill = (text: string) => text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$\$/g, (whole, name: string | undefined) => {
      if (!name) return '$';
      const placeholder = Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
      return placeholder ? fill(placeholder.content) : whole;
    });
  };
}
