/**
 * The words the components use. Each entry point installs the browser's catalogue once before it
 * renders (`setI18n`); the presentational components read it through `i18n()`, so that they stay
 * free of `browser` and render the same under tests, which install the English catalogue.
 */
import { createI18n, type I18n } from '../lib/text/messages';

let current: I18n = createI18n(() => '', 'en');

/** Installs the words the components use. */
export function setI18n(next: I18n): void {
  current = next;
}

/** The words in use. */
export function i18n(): I18n {
  return current;
}
