/**
 * Setup of the unit and DOM projects: the components speak English from the catalogue, and WXT's
 * fake browser, which has no i18n, answers from the same file in an English browser.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setI18n } from '../../components/i18n';
import { catalogMessages } from '../../lib/text/messages';
import { english, readCatalog } from './english';

setI18n(english);
const messages = catalogMessages(readCatalog('en'));
Object.assign(fakeBrowser.i18n as object, {
  getMessage: (key: string, subs?: string | string[]) => messages(key, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]),
  getUILanguage: () => 'en-GB',
});
