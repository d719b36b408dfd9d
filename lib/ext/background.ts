/**
 * The background's work: per-tab findings in `storage.session` and the toolbar badge. The
 * badge counts the names found (people, organisations, places, documents), not incidents.
 */
import { browser } from 'wxt/browser';
import { i18nOf } from './i18n';
import { formatsFor } from '../text/formats';
import { onFormatsRequest, onPageReport } from './messages';
import { scanOpenTabs, sitesIn, syncRegistrations } from './registration';
import { loadSettings, startSettingsWriter, watchSettings } from './settings';
import { sendTabCommand } from './tab-commands';
import { clearTabState, setTabState, type TabState } from './tab-state';

/** The badge's colour: the extension's dark amber, legible under white digits. */
const BADGE_COLOR = '#7a5b00';

/** The keyboard command's name in the manifest (wxt.config.ts). */
export const OPEN_CARD_COMMAND = 'open-card';

/** The context menu item's id. */
const LOOK_UP_MENU = 'look-up';
/** The script the background injects where no content script of ours runs (entrypoints/lookup.tsx). */
const LOOKUP_SCRIPT = '/lookup.js';

/** The badge text for a tab's state: the number of distinct names found, or nothing. */
export function badgeText(state: TabState): string {
  return state.status === 'marked' && state.entities.length > 0 ? String(state.entities.length) : '';
}

/** The page that greets a new reader (entrypoints/welcome); tabs.create resolves it against the extension's own origin. */
const WELCOME_PAGE = '/welcome.html';

/** Brings the added sites' content scripts in line with the settings and the permissions; a failure is logged, and the next change tries again. */
function resync(): void {
  void loadSettings()
    .then(({ settings }) => syncRegistrations(settings))
    .catch((error: unknown) => console.error('Backgrounder: could not update the added sites’ scripts', error));
}

export function startBackground(): void {
  const change = startSettingsWriter(browser.runtime);
  // Written here, where Intl's first use costs the reader nothing, for the pages to fill in (lib/text/formats.ts).
  onFormatsRequest(browser.runtime, formatsFor);
  // Added sites: at every start, after every settings change, and when the reader grants or takes back a site in the browser's own settings.
  resync();
  watchSettings(resync, new AbortController().signal);
  // The reader's grant is the decision to add the site, wherever it was given (the popup, the options, the
  // browser's own settings): the background adds it and runs on its open tabs even if the page that asked
  // has closed meanwhile (a popup closes when the browser's prompt takes the focus).
  browser.permissions.onAdded.addListener(({ origins }) => {
    for (const site of sitesIn(origins))
      void change({ type: 'add-site', site })
        .then(() => scanOpenTabs(site))
        .catch((error: unknown) => console.error(`Backgrounder: could not add ${site}`, error));
    resync();
  });
  // Taken back: the site goes from the list with its permission.
  browser.permissions.onRemoved.addListener(({ origins }) => {
    for (const site of sitesIn(origins)) void change({ type: 'remove-site', site }).catch((error: unknown) => console.error(`Backgrounder: could not remove ${site}`, error));
    resync();
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: WELCOME_PAGE }).catch((error: unknown) => console.error('Backgrounder: could not open the welcome page', error));
  });

  // Firefox's MV2 build has browserAction where Chrome's MV3 build has action.
  const action = browser.action ?? browser.browserAction;
  const setBadge = (tabId: number, text: string) =>
    // A tab may close between its report and the badge update: nothing to show then.
    action.setBadgeText({ tabId, text }).catch(() => undefined);

  onPageReport(browser.runtime, async (tabId, state) => {
    // A report that arrives after its tab closed would stay in storage for ever.
    if (!(await browser.tabs.get(tabId).then(() => true, () => false))) return;
    await setTabState(tabId, state);
    await setBadge(tabId, badgeText(state));
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => undefined);
  });

  // A new page in the tab: what the old one had is no longer on screen.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void clearTabState(tabId);
    void setBadge(tabId, '');
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));

  // The context menu, on any page: look the selected text up. Recreated at every start, as a
  // Firefox background page does not keep its items and Chrome refuses a duplicate id.
  const menus = browser.contextMenus;
  void menus
    ?.removeAll()
    .then(() => menus.create({ id: LOOK_UP_MENU, title: i18nOf(browser.i18n).t('menu_lookUp'), contexts: ['selection'] }))
    .catch((error: unknown) => console.error('Backgrounder: could not add the context menu', error));
  menus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOK_UP_MENU || tab?.id === undefined || !info.selectionText) return;
    void lookUpInTab(tab.id, info.selectionText, info.frameId);
  });

  // The keyboard command: the card of the name at the reader's cursor, in the tab in front.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== OPEN_CARD_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
    if (tab?.id !== undefined) await sendTabCommand(browser.tabs, tab.id, { type: 'open-card-at-cursor' });
  });
}

/**
 * Asks the tab's content script to look `text` up; where none runs (a site that is not on the
 * list), injects the look-up script first, which the context menu's click allows for this tab
 * through `activeTab`, without a host permission.
 */
export async function lookUpInTab(tabId: number, text: string, frameId = 0): Promise<void> {
  const command = { type: 'look-up', text } as const;
  if (await sendTabCommand(browser.tabs, tabId, command)) return;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [LOOKUP_SCRIPT] });
    await sendTabCommand(browser.tabs, tabId, command);
  } catch (error) {
    // A page the browser forbids (its own pages, the web stores): nothing can be shown there.
    console.warn('Backgrounder: cannot look up on this page', error);
  }
}
