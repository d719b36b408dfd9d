/**
 * The extension's services that the page's work uses (settings, reports, commands), over the
 * content script's own API: the page kit (entrypoints/page-kit.ts) is handed the `browser` the
 * content script has rather than carry a second copy of the polyfill, and the content script
 * itself imports no more than this module's types, so that its first task on a page runs without
 * storage or valibot (lib/page/boot.ts).
 */
import type { WxtBrowser } from 'wxt/browser';
import type { AskFormats } from '../text/messages';
import { requestFormats, sendPageReport } from './messages';
import { changeSettings, type LoadedSettings, loadSettings, type SettingsChange, watchSettings } from './settings';
import { onTabCommand, type TabCommand } from './tab-commands';
import type { TabState } from './tab-state';

/** The User Timing measure of asking the background for the formats, recorded when usable ones came: the page then asks Intl only for what they do not hold. */
export const FORMATS_MEASURE = 'backgrounder:formats';

/** The part of the extension's API that the content script hands its page kit. */
export type ContentApi = Pick<WxtBrowser, 'runtime' | 'i18n'>;

/** The extension's services that the page's work uses. */
export interface ContentServices {
  loadSettings(): Promise<LoadedSettings>;
  watchSettings(onChange: (loaded: LoadedSettings) => void, signal: AbortSignal): void;
  changeSettings(change: SettingsChange): Promise<void>;
  sendPageReport(state: TabState): Promise<void>;
  onTabCommand(handler: (command: TabCommand) => void, signal: AbortSignal): void;
  /** The formats of the reader's language, from the background (lib/text/formats.ts). */
  askFormats: AskFormats;
}

/** Asks the background for the formats over `runtime`, recording `FORMATS_MEASURE` when usable ones came (the page kit's and the look-up script's). */
export const askFormatsOver =
  (runtime: ContentApi['runtime']): AskFormats =>
  async (locale) => {
    const start = performance.now();
    const formats = await requestFormats(runtime, locale);
    if (formats) performance.measure(FORMATS_MEASURE, { start, end: performance.now() });
    return formats;
  };

/** The services over `runtime`, the content script's. */
export const contentServices = (runtime: ContentApi['runtime']): ContentServices => ({
  loadSettings,
  watchSettings,
  changeSettings: (change) => changeSettings(runtime, change),
  sendPageReport: (state) => sendPageReport(runtime, state),
  onTabCommand: (handler, signal) => onTabCommand(runtime, handler, signal),
  askFormats: askFormatsOver(runtime),
});
