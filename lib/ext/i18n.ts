/** The browser's i18n catalogue, in the browser's UI language, as the interface's words. */
import { browser } from 'wxt/browser';
import { createI18n, type I18n } from '../text/messages';

/** The interface's words from `public/_locales`, in the language the browser shows its own interface in. */
export function browserI18n(): I18n {
  // WXT types getMessage by the keys it found at build time; ours are checked by the catalogue test instead.
  const api = browser.i18n as unknown as { getMessage(key: string, subs: string[]): string };
  return createI18n((key, subs) => api.getMessage(key, subs), browser.i18n.getUILanguage());
}
