/** The browser's i18n catalogue, in the browser's UI language, as the interface's words. */
import type { WxtBrowser } from 'wxt/browser';
import { type AskFormats, createI18n, type I18n } from '../text/messages';

/**
 * The interface's words from `public/_locales`, in the language the browser shows its own interface
 * in, through `api` (the caller's `browser.i18n`: the page kit's is the content script's, so that it
 * carries no second copy of the polyfill). A page's words also ask the background for the
 * language's formats (`askFormats`), so that the page makes no Intl number or date formatter.
 */
export function i18nOf(api: WxtBrowser['i18n'], askFormats?: AskFormats): I18n {
  // WXT types getMessage by the keys it found at build time; ours are checked by the catalogue test instead.
  const catalogue = api as unknown as { getMessage(key: string, subs: string[]): string };
  return createI18n((key, subs) => catalogue.getMessage(key, subs), api.getUILanguage(), askFormats);
}
